"""Use cases built on storage, grouped by capability (see docs/architecture.md); no widgets.

records/ the records workbook and the officer's own sheets; targets/ the plan's targets and the home figures;
reports/ the periodic report; documents/ Word and Excel in the official layout; plans/ the superior office's plan;
packages/ signed report packages and the period lifecycle; office/ the receiving office; loop/ receipts back to
the commune; protection/ backups, restore and removable drives; demo_data/ the demo commune; safe_input/ the one
guard every incoming file passes. The old flat module names are gone (services.MOVED was
retired): import from the subpackages (tests/foundation/test_layering.py checks it).
"""
