"""The database schema's version, kept by Alembic (storage/migrations), and the lock that lets
one process at a time create or migrate it (and build the baseline): a PostgreSQL advisory
lock, or a lock file beside a SQLite database. Replicas that start together thus create
the schema once; a database older than the code is migrated only by `claimwatch db upgrade`.
"""
from __future__ import annotations

import fcntl
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlmodel import SQLModel

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY = "0001"                 # a database made before migrations: its tables are those of 0001
_LOCK_KEY = 0x636C61696D        # "claim": the advisory lock every claimwatch process takes to change the schema


class SchemaOutdated(Exception):
    """The database's schema is older than the code: `claimwatch db upgrade` migrates it."""


@lru_cache(maxsize=1)
def head() -> str:
    """The latest revision of the migrations shipped with this code."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def revision_of(connection: Connection) -> str | None:
    """The schema's revision; LEGACY for tables made before migrations; None for no tables."""
    current = MigrationContext.configure(connection).get_current_revision()
    if current is None and inspect(connection).has_table("alert"):
        return LEGACY
    return current


def prepare(engine: Engine) -> None:
    """Create the schema in an empty database (all tables, marked as the latest revision);
    accept one at the latest revision; refuse an older one, naming the command that
    migrates it."""
    with engine.connect() as connection:
        if revision_of(connection) == head():
            return
    with schema_lock(engine) as connection:
        current = revision_of(connection)
        if current is None:
            _create(connection)
        elif current != head():
            raise _outdated(current)


def upgrade(engine: Engine) -> tuple[str | None, str]:
    """Migrate the database to the latest revision (creating it if empty): (from, to)."""
    with schema_lock(engine) as connection:
        current = revision_of(connection)
        if current is None:
            _create(connection)
        elif current != head():
            if MigrationContext.configure(connection).get_current_revision() is None:   # made before migrations
                command.stamp(_config(connection), LEGACY)
            command.upgrade(_config(connection), "head")
            connection.commit()
        return current, head()


def check_current(engine: Engine) -> None:
    """For commands that only read: an error when the stored schema is older than the code."""
    with engine.connect() as connection:
        current = revision_of(connection)
    if current is not None and current != head():
        raise _outdated(current)


def _create(connection: Connection) -> None:
    """All tables, as the models define them, marked as the latest revision."""
    SQLModel.metadata.create_all(connection)
    command.stamp(_config(connection), "head")
    connection.commit()


def _outdated(current: str) -> SchemaOutdated:
    return SchemaOutdated(f"the database's schema is at revision {current}, this claimwatch needs "
                          f"{head()}: run `claimwatch db upgrade` (once, with any one process)")


@contextmanager
def schema_lock(engine: Engine):
    """A connection to change the schema with, while no other claimwatch process does."""
    with exclusive(engine), engine.connect() as connection:
        yield connection


@contextmanager
def exclusive(engine: Engine):
    """Hold the lock no other claimwatch process holds meanwhile (on its own connection, so
    that the caller's session may use the database's other connections)."""
    if engine.dialect.name != "postgresql":
        with _lock_file(engine):
            yield
        return
    with engine.connect() as connection:
        connection.execute(text("select pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("select pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})
            connection.commit()


@contextmanager
def _lock_file(engine: Engine):
    database = make_url(str(engine.url)).database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    with open(f"{database}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _config(connection: Connection | None = None) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config
