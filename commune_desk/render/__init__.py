"""Drawing with QtGui (no widgets, no window) for documents and screens: the one layer below ui/ allowed Qt's GUI."""
