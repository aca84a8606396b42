"""Use cases built on storage: catalogues, demo data, imports, reports, packages, aggregation; no widgets."""
