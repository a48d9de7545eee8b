import uuid

import pytest
from sqlalchemy import create_engine, text

from storage.db import open_database
from tests.conftest import postgres_or_skip


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """An empty database: a SQLite file, or a fresh schema on the local PostgreSQL."""
    if request.param == "sqlite":
        yield open_database(f"sqlite:///{tmp_path}/store.db")
        return
    url = postgres_or_skip()
    schema = f"cw_test_{uuid.uuid4().hex[:8]}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f"create schema {schema}"))
    yield open_database(f"{url}?options=-csearch_path%3D{schema}")
    with create_engine(url).begin() as conn:
        conn.execute(text(f"drop schema {schema} cascade"))
