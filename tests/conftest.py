import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.servers import MailBox, Site

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("CLAIMWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def site():
    server = Site()
    yield server
    server.close()


@pytest.fixture
def mailbox():
    box = MailBox()
    yield box
    box.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh database: a SQLite file, or a new schema on the PostgreSQL server here."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/cw.db"
        return
    yield from postgres_schema()


def postgres_schema():
    """A new schema on the PostgreSQL server here, as a database URL, dropped afterwards."""
    url = postgres_or_skip()
    schema = f"cw_e2e_{uuid.uuid4().hex[:8]}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f"create schema {schema}"))
    yield f"{url}?options=-csearch_path%3D{schema}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f"drop schema {schema} cascade"))


def postgres_or_skip() -> str:
    """The PostgreSQL test URL; skip when the server is absent, except in CI where it runs."""
    try:
        from sqlalchemy import create_engine, text
        with create_engine(PG_URL).connect() as conn:
            conn.execute(text("select 1"))
        return PG_URL
    except Exception as exc:  # any failure to connect means: no server here
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {PG_URL} is required in CI: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {type(exc).__name__}")


def run_cli(*args, env_extra=None, timeout=120, cwd=None) -> subprocess.CompletedProcess:
    """Run the real command in a subprocess, as a user would."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "daemon", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd or ROOT)


def write_config(path: Path, *, db: str, feeds=(), notify=(), extra: str = "", fetch: str = "") -> Path:
    """A config.toml for a test: local feeds, private addresses allowed, short timeouts;
    `fetch` adds lines to the [fetch] table, `extra` adds tables at the end."""
    lines = [f'[database]\nurl = "{db}"\n',
             f"[fetch]\nallow_private_addresses = true\ntimeout = 3.0\ndeadline = 6.0\n{fetch}",
             "[notify]\nurls = [" + ", ".join(f'"{u}"' for u in notify) + "]\n"]
    for name, url in feeds:
        lines.append(f'[[feeds]]\nname = "{name}"\nurl = "{url}"\ninterval = "1m"\n')
    path.write_text("\n".join(lines) + extra)
    return path
