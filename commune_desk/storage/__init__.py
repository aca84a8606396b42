"""Storage layer: the one database factory, ORM tables, repositories returning domain objects, migrations."""
