"""Widgets, dialogs and Qt item models of the desktop window; no storage imports needed to paint the first window."""
