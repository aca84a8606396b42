"""The superior office's yearly plan: its workbook format, import and checks, catalogues (the shipped ones until a plan
replaces them), signature and the plan in force (one module each)."""
