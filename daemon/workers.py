"""Worker processes, each fed and answered over its own pipes by the threads that call it.

concurrent.futures' process pool puts two threads between a caller and a worker (a feeder
that writes calls, a manager that reads answers): two hand-offs per call, in a daemon whose
threads queue for the GIL. Here a caller writes its call to a worker and reads the answer
itself. Each worker holds up to two calls, so it starts the next as soon as it answers one;
answers come back in the order of the calls. A worker that dies, or takes longer than the
time limit over one call, fails only that call, and is replaced.
"""
from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections import deque

CALLS_PER_WORKER = 2        # the one running and the next, already in the pipe
PIPE_SIZE = 1 << 20         # a whole page waits in the pipe, not in a blocked writer
READY = "ready"             # a worker's first message, once its initializer has run


class WorkerDied(RuntimeError):
    """The worker process ended while it ran this call."""


class CallTimedOut(WorkerDied):
    """The call took longer than the pool's time limit: its worker was stopped."""


class PoolClosed(RuntimeError):
    """The pool was closed before this call could start."""


class WorkerPool:
    def __init__(self, size: int, initializer, initargs: tuple = (), time_limit: float | None = None):
        self._time_limit = time_limit       # seconds one call may take, once its worker starts it
        self._context = multiprocessing.get_context("spawn")
        self._start = (initializer, initargs)
        self._size = size
        self._slots = threading.Condition()
        self._workers: list[_Worker] = []      # started by the first call
        self._closed = False

    def call(self, function, *args):
        """function(*args) in a worker process; its exception is raised here. WorkerDied when
        the worker ended during this call, CallTimedOut when it took too long."""
        while True:
            worker = self._take_worker()
            try:
                return worker.call(function, args, self._time_limit)
            except _NotRun:
                continue            # queued behind the call that killed the worker: run it elsewhere
            finally:
                self._give_back(worker)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

    def alive(self) -> tuple[int, int]:
        """(size, workers alive); a pool not started yet (no call so far) counts as alive."""
        if not self._workers:
            return self._size, self._size
        return self._size, sum(not w.dead and w.process.is_alive() for w in self._workers)

    def close(self) -> None:
        with self._slots:
            self._closed = True
        for worker in self._workers:
            worker.stop()

    def close_when_idle(self) -> None:
        """Close the pool once the calls it runs are answered (in a thread of its own)."""
        def close():
            with self._slots:
                while any(w.calls for w in self._workers):
                    self._slots.wait()
            self.close()
        threading.Thread(target=close, name="retire-workers", daemon=True).start()

    def _take_worker(self) -> _Worker:
        """The live worker with the fewest calls, once one has room for another."""
        with self._slots:
            while True:
                if self._closed:
                    raise PoolClosed("the worker pool is closed")
                if not self._workers:
                    self._workers = [self._spawn() for _ in range(self._size)]
                for worker in [w for w in self._workers if w.dead]:
                    self._replace(worker)
                worker = min(self._workers, key=lambda w: w.calls)
                if worker.calls < CALLS_PER_WORKER:
                    worker.calls += 1
                    return worker
                self._slots.wait()

    def _give_back(self, worker: _Worker) -> None:
        with self._slots:
            worker.calls -= 1
            self._slots.notify_all()

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self._workers[self._workers.index(worker)] = self._spawn()

    def _spawn(self) -> _Worker:
        call_reader, call_writer = self._context.Pipe(duplex=False)
        answer_reader, answer_writer = self._context.Pipe(duplex=False)
        _widen(call_writer)
        _widen(answer_writer)
        process = self._context.Process(target=_serve, args=(call_reader, answer_writer, *self._start),
                                        daemon=True)
        process.start()
        call_reader.close()          # the worker's ends: its death is then an EOF here
        answer_writer.close()
        return _Worker(process, call_writer, answer_reader)


class _NotRun(Exception):
    """The worker died before it started this call."""


class _Worker:
    def __init__(self, process, calls, answers):
        self.process = process
        self.calls = 0                       # calls sent and not answered (guarded by the pool)
        self.dead = False
        self._started = False                # READY received (by the caller whose turn it is)
        self._calls, self._answers = calls, answers
        self._sending = threading.Lock()     # calls are queued in the order they are written
        self._turns = threading.Condition()
        self._queue: deque = deque()

    def call(self, function, args, time_limit: float | None):
        message = pickle.dumps((function, args), pickle.HIGHEST_PROTOCOL)
        ticket = object()
        with self._sending:
            try:
                self._calls.send_bytes(message)
            except OSError:          # the worker is gone: nothing was sent
                self._mark_dead()
                raise _NotRun from None
            with self._turns:
                self._queue.append(ticket)
        with self._turns:
            while self._queue[0] is not ticket and not self.dead:
                self._turns.wait()
            if self.dead:
                self._queue.remove(ticket)
                raise _NotRun
        try:
            if not self._started:       # the time limit counts from the first call, not the start-up
                self._started = self._answers.recv() == READY
            if time_limit is not None and not self._answers.poll(time_limit):
                self._mark_dead()
                self.process.kill()
                raise CallTimedOut(f"no answer within {time_limit:g} s: the worker was stopped")
            ok, value = self._answers.recv()
        except (EOFError, OSError):
            self._mark_dead()
            raise WorkerDied("the worker process died during this call") from None
        finally:
            with self._turns:
                self._queue.remove(ticket)
                self._turns.notify_all()
        if ok:
            return value
        raise value

    def stop(self) -> None:
        """Ask the worker to end, and make sure it does."""
        self._mark_dead()
        try:
            with self._sending:
                self._calls.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self._calls.close()
        self._answers.close()

    def _mark_dead(self) -> None:
        """No more calls: those waiting their turn are sent elsewhere."""
        with self._turns:
            self.dead = True
            self._turns.notify_all()


def _serve(calls, answers, initializer, initargs) -> None:
    initializer(*initargs)
    answers.send(READY)
    while (call := _next_call(calls)) is not None:
        function, args = call
        try:
            answer = (True, function(*args))
        except Exception as exc:
            answer = (False, exc)
        try:
            answers.send(answer)
        except Exception as exc:     # an answer or exception that does not pickle
            answers.send((False, RuntimeError(f"{type(answer[1]).__name__}: {answer[1]} ({exc})")))


def _next_call(calls):
    try:
        return calls.recv()
    except (EOFError, OSError):
        return None


def _widen(connection) -> None:
    """Linux: a pipe large enough for a whole page (64 KB by default)."""
    try:
        import fcntl
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass
