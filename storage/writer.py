"""Group commit: threads hand their writes to one writer thread, which runs the writes that
arrive within a short window in a single transaction.

A write's future is resolved only once its transaction is committed, so waiting on it gives
the same guarantee as a transaction of its own; but a busy poll commits a few times a second
instead of once per article, and threads no longer queue for SQLite's one connection.
"""
from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future
from typing import Callable, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

T = TypeVar("T")
_CLOSE = object()


class GroupWriter:
    def __init__(self, db: Engine, linger: float = 0.05, max_batch: int = 100,
                 on_commit: Callable[[float], None] | None = None):
        """`linger`: how long a batch stays open for more writes after its first one;
        `on_commit(seconds)` is told how long each batch took."""
        self._db = db
        self._linger = linger
        self._max_batch = max_batch
        self._on_commit = on_commit or (lambda seconds: None)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="db-writer", daemon=True)
        self._thread.start()

    def submit(self, work: Callable[[Session], T]) -> Future:
        """Queue work(session), which must not commit; the future has its result (or error)
        once the transaction it ran in is committed."""
        future: Future = Future()
        self._jobs.put((work, future))
        return future

    def write(self, work: Callable[[Session], T]) -> T:
        """submit, then wait for the commit."""
        return self.submit(work).result()

    def close(self) -> None:
        """Commit the writes already handed over, then stop the thread."""
        self._jobs.put(_CLOSE)
        self._thread.join()

    def _run(self) -> None:
        while (batch := self._next_batch()) is not None:
            started = time.perf_counter()
            self._commit(batch)
            self._on_commit(time.perf_counter() - started)

    def _next_batch(self) -> list | None:
        """The next job and those that follow within `linger` (up to max_batch); None on close."""
        first = self._jobs.get()
        if first is _CLOSE:
            return None
        batch, closes_at = [first], time.monotonic() + self._linger
        while len(batch) < self._max_batch:
            try:
                job = self._jobs.get(timeout=max(0.0, closes_at - time.monotonic()))
            except queue.Empty:
                break
            if job is _CLOSE:
                self._jobs.put(_CLOSE)      # stop after this batch
                break
            batch.append(job)
        return batch

    def _commit(self, batch: list) -> None:
        """One transaction for the batch; if it fails, each job alone, so that one bad
        write fails only its own caller."""
        try:
            with Session(self._db) as session:
                results = [work(session) for work, _ in batch]
                session.commit()
        except Exception as exc:
            if len(batch) == 1:
                batch[0][1].set_exception(exc)
                return
            for job in batch:
                self._commit([job])
            return
        for (_, future), result in zip(batch, results):
            future.set_result(result)
