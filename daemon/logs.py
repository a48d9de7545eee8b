"""Logging: one handler on stderr, and a filter on it that masks secrets in every record,
whichever library wrote it (apprise logs the URLs it cannot parse, with their passwords)."""
from __future__ import annotations

import json
import logging
import re
import sys

from daemon.config import secret_parts

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"
MIN_SECRET = 4                  # shorter fragments (a port, "to") would mask ordinary words
_CREDENTIALS = re.compile(r"(?<=//)[^/\s@'\"]+@")     # "//user:pass@" in any URL-like text
_QUIET = {"urllib3": logging.WARNING, "apprise": logging.WARNING, "pymorphy3": logging.WARNING,
          "apscheduler": logging.WARNING,             # debug lines with URLs; a line per job run
          "alembic": logging.WARNING}                 # `db upgrade` says what it did in one line


class SecretFilter(logging.Filter):
    """Replaces every known secret, and any "user:pass@" of a URL, in a record's text."""

    def __init__(self):
        super().__init__()
        self.secrets: set[str] = set()

    def hide(self, url: str) -> None:
        """Treat the secret parts of an apprise or database URL as secrets from now on."""
        self.secrets.update(s for s in secret_parts(url) if len(s) >= MIN_SECRET)

    def mask(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return _CREDENTIALS.sub(MASK + "@", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self.mask(logging.Formatter().formatException(record.exc_info))
        return True


SECRETS = SecretFilter()


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the traceback, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}",
                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if record.exc_info or record.exc_text:
            entry["traceback"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(verbose: bool = False, log_format: str = "text") -> None:
    """Log to stderr through the secret filter, as text or JSON lines; quiet the libraries'
    chatty loggers."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(FORMAT))
    handler.addFilter(SECRETS)
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=[handler], force=True)
    for name, level in _QUIET.items():
        logging.getLogger(name).setLevel(level)
