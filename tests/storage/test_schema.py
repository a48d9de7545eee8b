"""The schema under Alembic, on SQLite and PostgreSQL: the migrations make what the code
expects, an older database is migrated only by `claimwatch db upgrade` and kept whole, the
daemon refuses it, and processes that start together on an empty database create the
schema and the baseline once."""
import subprocess
import sys

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, text
from sqlmodel import Session, SQLModel, select

import pytest

from storage import schema
from storage.db import open_database
from storage.models import Alert, BaselineFact
from tests.conftest import ROOT, run_cli, write_config


def migrate(url: str, revision: str) -> None:
    """Run the migrations themselves (not create_all) up to a revision."""
    engine = create_engine(url)
    with engine.connect() as connection:
        command.upgrade(schema._config(connection), revision)
        connection.commit()


def test_the_migrations_make_the_schema_the_code_expects(database_url):
    migrate(database_url, "head")
    with create_engine(database_url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
        assert differences == []
        assert schema.revision_of(connection) == schema.head()


def test_an_empty_database_is_created_at_the_latest_revision(database_url):
    engine = open_database(database_url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == schema.head()
        assert set(SQLModel.metadata.tables) <= set(inspect(connection).get_table_names())


def legacy_database(url: str) -> None:
    """A database as the daemon made it before migrations: the first revision's tables, no
    alembic_version, and an alert in it."""
    migrate(url, schema.LEGACY)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("drop table alembic_version"))
        connection.execute(text("insert into alert (idempotency_key, kind, title, body, discrepancies, "
                                "created_at, state) values ('article:x', 'discrepancy', 'kept', 'body', "
                                "'[]', '2026-01-01 00:00:00', 'delivered')"))


def test_an_older_database_is_refused_until_db_upgrade_migrates_it_keeping_its_data(database_url, tmp_path):
    legacy_database(database_url)
    with pytest.raises(schema.SchemaOutdated, match=r"at revision 0001.*run `claimwatch db upgrade`"):
        open_database(database_url)
    config = write_config(tmp_path / "config.toml", db=database_url)
    refused = run_cli("run", "--once", "--config", str(config))
    assert refused.returncode == 2 and "claimwatch db upgrade" in refused.stderr
    assert run_cli("alerts", "--config", str(config)).returncode == 2      # reading commands say so too

    upgraded = run_cli("db", "upgrade", "--config", str(config))
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"migrated from revision 0001 to {schema.head()}" in upgraded.stdout
    again = run_cli("db", "upgrade", "--config", str(config))
    assert f"already at revision {schema.head()}" in again.stdout
    with Session(open_database(database_url)) as session:
        assert session.exec(select(Alert.title)).all() == ["kept"]
    assert run_cli("alerts", "--config", str(config)).returncode == 0


def test_processes_started_together_on_an_empty_database_create_it_and_the_baseline_once(database_url, tmp_path):
    config = write_config(tmp_path / "config.toml", db=database_url)
    commands = [["db", "upgrade"], ["run", "--once"], ["run", "--once"], ["db", "upgrade"]]
    started = [subprocess.Popen([sys.executable, "-m", "daemon", *args, "--config", str(config)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for args in commands]
    outcomes = [process.communicate(timeout=180) for process in started]
    assert [process.returncode for process in started] == [0, 0, 0, 0], [err for _, err in outcomes]
    created = [out for out, _ in outcomes if "created at revision" in out]
    assert len(created) <= 1                  # a `run` may have created it first
    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from alembic_version")).scalar() == 1
    with Session(engine) as session:
        facts = session.exec(select(func.count()).select_from(BaselineFact)).one()
        keys = session.exec(select(func.count(func.distinct(BaselineFact.key)))).one()
    assert facts == keys > 0                  # built once: no fact twice
