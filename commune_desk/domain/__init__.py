"""Pure-Python domain model: periods, records, catalogues, rules; imports neither Qt nor SQLAlchemy."""
