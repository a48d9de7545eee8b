"""A test hook for the crash tests: CLAIMWATCH_CRASH_AT=name:N kills the process (SIGKILL)
the Nth time it passes crash_point(name), to prove that a crash there loses nothing.
Without the variable, crash_point does nothing."""
from __future__ import annotations

import os
import signal
import threading


def crash_point(name: str) -> None:
    """Die here if the environment asks for a crash at this point (see the module doc)."""
    if _CRASH_AT is None or _CRASH_AT[0] != name:
        return
    with _CRASH_LOCK:
        _CRASH_COUNTS[name] = _CRASH_COUNTS.get(name, 0) + 1
        if _CRASH_COUNTS[name] >= _CRASH_AT[1]:
            os.kill(os.getpid(), signal.SIGKILL)


def _crash_setting():
    value = os.environ.get("CLAIMWATCH_CRASH_AT")
    if not value:
        return None
    name, _, count = value.partition(":")
    return name, int(count or 1)


_CRASH_AT = _crash_setting()
_CRASH_COUNTS: dict[str, int] = {}
_CRASH_LOCK = threading.Lock()
