"""Records: the records workbook (layout, export, read, import, a new database from it), one record from JSON, the
officer's own sheets through a mapping, the figures sheets and the plausibility check."""
