"""Group commit: threads hand their writes to one writer thread, which runs every write that
is waiting in a single transaction.

A caller gets its result only once its write is committed, so durability is the same as a
transaction of its own; but a busy poll commits once per batch instead of once per article,
and threads no longer queue for SQLite's one connection.
"""
from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from typing import Callable, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

T = TypeVar("T")
_CLOSE = object()


class GroupWriter:
    def __init__(self, db: Engine, max_batch: int = 64):
        self._db = db
        self._max_batch = max_batch
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="db-writer", daemon=True)
        self._thread.start()

    def write(self, work: Callable[[Session], T]) -> T:
        """Run work(session), which must not commit, in a shared transaction; once that is
        committed, return its result (or raise its error)."""
        job = (work, Future())
        self._jobs.put(job)
        return job[1].result()

    def close(self) -> None:
        """Finish the writes already handed over, then stop the thread."""
        self._jobs.put(_CLOSE)
        self._thread.join()

    def _run(self) -> None:
        while (batch := self._next_batch()) is not None:
            self._commit(batch)

    def _next_batch(self) -> list | None:
        """The next job and every job waiting behind it (up to max_batch); None on close."""
        first = self._jobs.get()
        if first is _CLOSE:
            return None
        batch = [first]
        while len(batch) < self._max_batch:
            try:
                job = self._jobs.get_nowait()
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
