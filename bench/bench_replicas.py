#!/usr/bin/env python3
"""Benchmark 1, 2 and 3 `claimwatch run` daemons sharing one PostgreSQL database and one
config: the time until every article of a local site of N feeds × M entries is stored, the
database's work per article (transactions, statement time) and the sessions seen waiting on
a lock, and whether anything was stored twice (the test of several daemons,
tests/e2e/test_replicas.py, counts pages fetched and alerts sent).

  python bench/bench_replicas.py                          # 200 feeds × 5 entries, 1, 2 and 3 daemons
  python bench/bench_replicas.py --feeds 50 --replicas 1,2

On 2 cores the throughput is expected to stay flat (the extraction is CPU-bound); the point
is that nothing is done twice and the database is not what limits it."""
from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_pipeline import serve, write_config  # noqa: E402

PG_URL = os.environ.get("CLAIMWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def database_counters(conn) -> dict:
    """This database's transactions and time spent in statements (ms) so far."""
    row = conn.execute(text("select xact_commit + xact_rollback, active_time from pg_stat_database "
                            "where datname = current_database()")).one()
    return {"transactions": row[0], "active_ms": row[1]}


def run(replicas: int, base: str, feeds: int, entries: int) -> dict:
    schema = f"cw_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"create schema {schema}"))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    with tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp), base, feeds, interval="10s", concurrency=16)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
        env["CLAIMWATCH_DATABASE_URL"] = url
        waits, stop_sampling = [0, 0], threading.Event()

        def sample_lock_waits() -> None:
            with admin.connect() as conn:
                while not stop_sampling.is_set():
                    waiting = conn.execute(text("select count(*) from pg_stat_activity where wait_event_type = "
                                                "'Lock' and datname = current_database()")).scalar()
                    waits[0] += waiting
                    waits[1] += 1
                    time.sleep(0.1)

        with admin.connect() as conn:
            before = database_counters(conn)
        started = time.perf_counter()
        daemons = [subprocess.Popen([sys.executable, "-m", "daemon", "run", "--config", str(config)], cwd=ROOT,
                                    env={**env, "CLAIMWATCH_HEARTBEAT": f"{tmp}/{i}.heartbeat"},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                   for i in range(replicas)]
        sampler = threading.Thread(target=sample_lock_waits, daemon=True)
        sampler.start()
        engine = create_engine(url)
        stored = 0
        while stored < feeds * entries and time.perf_counter() - started < 1200:
            time.sleep(0.5)
            with engine.connect() as conn:
                try:
                    stored = conn.execute(text("select count(*) from article")).scalar()
                except Exception:
                    conn.rollback()
        wall = time.perf_counter() - started
        stop_sampling.set()
        for daemon in daemons:
            daemon.send_signal(signal.SIGTERM)
        for daemon in daemons:
            daemon.wait(timeout=120)
        with admin.connect() as conn:
            after = database_counters(conn)
        with engine.connect() as conn:
            distinct = conn.execute(text("select count(distinct url) from article")).scalar()
            alerts = conn.execute(text("select count(*) from alert")).scalar()
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"drop schema {schema} cascade"))
    return {"replicas": replicas, "wall": wall, "stored": stored, "distinct": distinct, "alerts": alerts,
            "transactions": (after["transactions"] - before["transactions"]) / max(stored, 1),
            "db_ms": (after["active_ms"] - before["active_ms"]) / max(stored, 1),
            "lock_waits": waits[0] / max(waits[1], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=5)
    parser.add_argument("--latency", type=float, default=0.05, help="server-side seconds per request")
    parser.add_argument("--replicas", default="1,2,3")
    args = parser.parse_args()

    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(ports, args.feeds, args.entries, args.latency), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=600)}"
    print(f"{args.feeds} feeds × {args.entries} entries, {args.latency * 1000:.0f} ms latency, "
          f"{os.cpu_count()} cores, PostgreSQL at {PG_URL.rpartition('@')[2]}")
    print("daemons  wall s  articles/s  stored (distinct)  alerts  transactions/article  db ms/article  "
          "sessions waiting on a lock (mean)")
    for replicas in (int(r) for r in args.replicas.split(",")):
        r = run(replicas, base, args.feeds, args.entries)
        print(f"{r['replicas']:>7}  {r['wall']:6.1f}  {r['stored'] / r['wall']:10.1f}  "
              f"{r['stored']:>6} ({r['distinct']:>6})  {r['alerts']:>6}  {r['transactions']:20.1f}  "
              f"{r['db_ms']:13.2f}  {r['lock_waits']:.2f}")


if __name__ == "__main__":
    main()
