"""Keeping data safe and moving it: rotating backups, restore, and the removable drives files come and go on."""
