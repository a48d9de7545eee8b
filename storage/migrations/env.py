"""Alembic's environment: run on the connection storage.schema hands over (under its lock)."""
from alembic import context
from sqlmodel import SQLModel

from storage import models  # noqa: F401  (registers the tables)

context.configure(connection=context.config.attributes["connection"], target_metadata=SQLModel.metadata,
                  render_as_batch=True)       # SQLite alters tables by copying them
with context.begin_transaction():
    context.run_migrations()
