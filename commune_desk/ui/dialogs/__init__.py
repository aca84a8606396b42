"""Qt dialogs of the desktop window."""
