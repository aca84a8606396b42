"""Qt views of the desktop window."""
