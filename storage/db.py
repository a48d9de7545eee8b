"""Opening the database: SQLite (WAL, foreign keys) or any SQLAlchemy URL, tables created."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.pool import QueuePool
from sqlalchemy.engine import Engine, make_url
from sqlmodel import create_engine

from storage import models, schema


MAX_CONNECTIONS = 16        # each thread holds one for a few ms: plenty, far below servers' limits


def open_database(url: str, connections: int = 8, create: bool = True) -> Engine:
    """An engine on a database whose schema is current: created when empty, an error
    (storage.schema.SchemaOutdated) when older than the code; unless not `create`, for
    reading only. SQLite files get their folder and WAL mode.

    SQLite takes one writer at a time and its busy handler sleeps in growing steps, so
    threads share a single connection and queue for it in Python instead. Other servers get
    a pool of `connections` (at most MAX_CONNECTIONS), and as many again at peaks."""
    connections = min(connections, MAX_CONNECTIONS)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=120)
        _prepare_sqlite(engine, url, create)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=connections, max_overflow=connections)
    if create:
        schema.prepare(engine)
    return engine


def has_tables(bind, table: str = models.Alert.__tablename__) -> bool:
    """Whether the table is in the database (by default: claimwatch's tables, a daemon has run
    on it); `bind`: an engine, or the connection a session holds."""
    return inspect(bind).has_table(table)


def database_exists(url: str) -> bool:
    """False only for a SQLite file that is not there yet (other servers: assume it is)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True
    return Path(parsed.database).is_file()


def _prepare_sqlite(engine: Engine, url: str, create: bool) -> None:
    database = make_url(url).database
    if create and database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
