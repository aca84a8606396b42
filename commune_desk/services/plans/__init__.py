"""The superior office's yearly plan: its workbook format, import and checks, catalogues, signature and the
plan in force (one module each)."""
