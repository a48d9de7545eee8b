"""The worker pool: calls run in worker processes, each caller gets its own answer, and a
worker that dies fails only the call it was running."""
import os
import threading
import time

import pytest

from daemon.workers import CallTimedOut, WorkerDied, WorkerPool


def _nothing():
    pass


def square_slowly(n, seconds=0.0):
    time.sleep(seconds)
    return n * n, os.getpid()


def fail(message):
    raise ValueError(message)


class Unpicklable(Exception):
    def __init__(self, handle):
        super().__init__("cannot travel")
        self.handle = handle


def fail_unpicklably():
    raise Unpicklable(threading.Lock())


def die_after(seconds):
    time.sleep(seconds)
    os._exit(3)


@pytest.fixture
def pool():
    workers = WorkerPool(2, _nothing)
    yield workers
    workers.close()


def test_calls_run_in_the_workers_and_answer_their_own_callers(pool):
    assert pool.pids() == []                             # started by the first call
    answers = {}

    def ask(n):
        answers[n] = pool.call(square_slowly, n, 0.01 * (n % 3))

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {n: value for n, (value, _) in answers.items()} == {n: n * n for n in range(24)}
    assert {pid for _, pid in answers.values()} == set(pool.pids())
    assert os.getpid() not in pool.pids()


def test_an_exception_in_the_worker_is_raised_to_the_caller(pool):
    with pytest.raises(ValueError, match="bad page"):
        pool.call(fail, "bad page")
    with pytest.raises(RuntimeError, match="Unpicklable: cannot travel"):
        pool.call(fail_unpicklably)
    assert pool.call(square_slowly, 3)[0] == 9           # the workers carry on


def test_a_dying_worker_fails_its_call_only_and_is_replaced():
    pool = WorkerPool(1, _nothing)
    try:
        first_pid = pool.call(square_slowly, 1)[1]
        outcome = {}

        def dying():
            try:
                pool.call(die_after, 0.3)
            except WorkerDied as exc:
                outcome["dying"] = exc

        def queued_behind():
            outcome["queued"] = pool.call(square_slowly, 7)

        killer = threading.Thread(target=dying)
        killer.start()
        time.sleep(0.1)                        # sent second: waits in the same worker's pipe
        follower = threading.Thread(target=queued_behind)
        follower.start()
        killer.join(30)
        follower.join(30)
        assert isinstance(outcome["dying"], WorkerDied)
        assert outcome["queued"][0] == 49      # run again, by the replacement
        assert outcome["queued"][1] != first_pid and pool.pids() != [first_pid]
    finally:
        pool.close()


def test_close_ends_the_workers():
    pool = WorkerPool(2, _nothing)
    processes = [w.process for w in pool._workers]
    pool.call(square_slowly, 2)
    pool.close()
    assert all(not p.is_alive() and p.exitcode == 0 for p in processes)
    with pytest.raises(RuntimeError, match="closed"):
        pool.call(square_slowly, 2)


def test_a_call_that_cannot_be_sent_fails_alone(pool):
    with pytest.raises(TypeError, match="pickle"):
        pool.call(square_slowly, threading.Lock())
    assert pool.call(square_slowly, 4)[0] == 16


def test_a_call_over_the_time_limit_is_stopped_and_its_worker_replaced():
    pool = WorkerPool(1, _nothing, time_limit=0.5)
    try:
        first_pid = pool.call(square_slowly, 1)[1]
        started = time.monotonic()
        with pytest.raises(CallTimedOut, match="0.5 s"):
            pool.call(square_slowly, 2, 30)
        assert time.monotonic() - started < 10
        value, pid = pool.call(square_slowly, 3)
        assert value == 9 and pid != first_pid
    finally:
        pool.close()


def _slow_start(seconds):
    time.sleep(seconds)


def test_the_time_limit_does_not_count_a_worker_starting_up():
    pool = WorkerPool(1, _slow_start, (1.0,), time_limit=0.5)
    try:
        assert pool.call(square_slowly, 5)[0] == 25
    finally:
        pool.close()
