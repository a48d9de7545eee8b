"""Whether a running daemon is doing its work: it is alive (its heartbeat is fresh), its
database answers, each feed was polled within its interval (with a grace), and its extraction
workers are alive. `claimwatch health`, /healthz and the container's HEALTHCHECK use this."""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from daemon.config import FeedConfig, format_interval
from storage import queries

HEARTBEAT = Path(os.environ.get("CLAIMWATCH_HEARTBEAT", "/tmp/claimwatch.heartbeat"))
HEARTBEAT_EVERY = 60            # seconds between the daemon's heartbeats
POLL_GRACE = timedelta(minutes=2)  # a poll may start this late, or last this long, and still count


def heartbeat(started_at: datetime, workers: tuple[int, int], now: datetime) -> dict:
    """This process's heartbeat: when it started and beat, and its workers (size, alive)."""
    return {"pid": os.getpid(), "at": now, "started_at": started_at, "workers": workers[0],
            "workers_alive": workers[1]}


def write_heartbeat(started_at: datetime, workers: tuple[int, int], now: datetime, path: Path = HEARTBEAT) -> None:
    """The heartbeat, for `claimwatch health` in another process to read."""
    record = heartbeat(started_at, workers, now)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({**record, "at": now.isoformat(), "started_at": started_at.isoformat()}))
    tmp.replace(path)


def read_heartbeat(path: Path = HEARTBEAT) -> dict | None:
    try:
        record = json.loads(path.read_text())
        return {**record, "at": _aware(record["at"]), "started_at": _aware(record["started_at"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_health(db, feeds: tuple[FeedConfig, ...], heartbeat: dict | None, now: datetime) -> tuple[bool, list[str]]:
    """(healthy, one line per check); `heartbeat` as read_heartbeat gives it."""
    if heartbeat is None:
        return False, [f"no heartbeat at {HEARTBEAT}: the daemon is not running (or writes another file)"]
    lines, ok = [], True
    age = (now - heartbeat["at"]).total_seconds()
    alive = age < 3 * HEARTBEAT_EVERY
    ok &= alive
    lines.append(f"daemon {heartbeat['pid']}: heartbeat {age:.0f} s ago" + ("" if alive else " (stale)"))
    workers, working = heartbeat["workers"], heartbeat["workers_alive"]
    ok &= working == workers
    lines.append(f"extraction workers: {working} of {workers} alive")
    try:
        with Session(db) as session:
            session.exec(text("select 1"))
            late = late_feeds(session, feeds, heartbeat["started_at"], now)
    except Exception as exc:  # any failure to answer is the finding
        return False, lines + [f"database does not answer: {str(exc).splitlines()[0]}"]
    lines.append("database answers")
    ok &= not late
    lines += late or [f"all {len(feeds)} feeds polled within their intervals"]
    return ok, lines


def late_feeds(session: Session, feeds: tuple[FeedConfig, ...], started_at: datetime, now: datetime) -> list[str]:
    """A line for each feed whose last poll is older than twice its interval (and a grace),
    counted from the daemon's start for a feed never polled; a feed backing off after errors
    is on time while its next try is still ahead."""
    rows = {row.url: row for row in queries.list_feeds(session)}
    late = []
    for feed in feeds:
        row = rows.get(feed.url)
        if row is not None and row.next_fetch_at and _aware(row.next_fetch_at) > now:
            continue
        last = _aware(row.last_fetch_at) if row is not None and row.last_fetch_at else None
        since = max(last, started_at) if last else started_at     # late only for this daemon
        if now - since > 2 * timedelta(seconds=feed.interval) + POLL_GRACE:
            late.append(f"feed {feed.name}: {'not polled since ' + f'{last:%Y-%m-%d %H:%M} UTC' if last else 'never polled'}"
                        f" (every {format_interval(feed.interval)})")
    return late


def _aware(moment) -> datetime:
    moment = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
