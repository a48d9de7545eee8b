"""Polling on a schedule: one APScheduler job per feed at its interval, plus a delivery job
that retries pending alerts. `run_once` is the same work done once, for --once and tests."""
from __future__ import annotations

import logging
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from apscheduler.schedulers.blocking import BlockingScheduler

from daemon.pipeline import Services, deliver_due, run_feed, utcnow

log = logging.getLogger(__name__)
DELIVERY_INTERVAL = 60          # seconds between retries of pending deliveries
HEARTBEAT = Path(os.environ.get("CLAIMWATCH_HEARTBEAT", "/tmp/claimwatch.heartbeat"))


def run_once(services: Services) -> int:
    """Poll every feed once (several at a time), then deliver; return articles stored."""
    stop_on_signals(services, lambda: None)
    with ThreadPoolExecutor(max_workers=services.config.fetch.concurrency) as pool:
        stored = sum(pool.map(lambda feed: guarded_poll(feed, services), services.config.feeds))
    deliver_due(services, utcnow())
    return stored


def guarded_poll(feed, services: Services) -> int:
    """The one place a feed's unexpected error is caught: logged, never fatal."""
    if services.stop.is_set():
        return 0
    try:
        stored = run_feed(feed, services=services, now=utcnow())
        deliver_due(services, utcnow())
        return stored
    except Exception:
        log.exception("feed %s: unexpected error; the next poll will try again", feed.url)
        return 0


def run_forever(services: Services) -> None:
    """Run the jobs until SIGTERM or SIGINT; the articles in hand are finished first."""
    scheduler = BlockingScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1},
        executors={"default": {"type": "threadpool", "max_workers": services.config.fetch.concurrency}})
    for feed in services.config.feeds:
        scheduler.add_job(guarded_poll, "interval", seconds=feed.interval, args=(feed, services),
                          id=f"feed:{feed.url}", name=feed.name, next_run_time=utcnow(),
                          misfire_grace_time=feed.interval)
    scheduler.add_job(_guarded_delivery, "interval", seconds=DELIVERY_INTERVAL, args=(services,),
                      id="deliveries", name="deliver pending alerts")

    stop_on_signals(services, lambda: scheduler.shutdown(wait=True))
    log.info("watching %d feeds", len(services.config.feeds))
    touch_heartbeat()
    scheduler.start()


def stop_on_signals(services: Services, then) -> None:
    """On SIGTERM or SIGINT: stop taking new articles, finish those in hand, then `then()`."""
    def stop(signum, _frame):
        log.info("received signal %s: finishing the articles in hand", signum)
        services.stop_soon()
        then()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def _guarded_delivery(services: Services) -> None:
    """Retry pending deliveries, then show the container's health check that we are alive."""
    try:
        deliver_due(services, utcnow())
    except Exception:
        log.exception("delivery: unexpected error; pending alerts stay queued")
    touch_heartbeat()


def touch_heartbeat() -> None:
    try:
        HEARTBEAT.touch()
    except OSError as exc:
        log.warning("cannot write heartbeat %s: %s", HEARTBEAT, exc.strerror)


def is_alive(max_age: float = 3 * DELIVERY_INTERVAL) -> bool:
    """True when the daemon's delivery job ran recently (the heartbeat file is fresh)."""
    try:
        return time.time() - HEARTBEAT.stat().st_mtime < max_age
    except OSError:
        return False
