"""Qt models of the desktop window."""
