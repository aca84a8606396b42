"""The demo commune: a deterministic fictional commune with its plan, people, records, penalties and previous year."""
