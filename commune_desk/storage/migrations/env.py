"""Alembic environment: always runs on a connection handed over by the storage factory, never its own URL."""

from alembic import context

from commune_desk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
