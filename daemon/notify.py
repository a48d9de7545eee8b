"""Alert delivery through apprise: one apprise URL per target, so a target that failed is
retried alone and a target that succeeded never gets the same alert twice."""
from __future__ import annotations

import hashlib
import logging

import apprise

from daemon.config import mask_secret_url
from daemon.errors import ConfigError

log = logging.getLogger(__name__)


class Target:
    """One configured apprise URL; its id is a hash, so the secret never reaches the DB."""

    def __init__(self, url: str):
        self.id = hashlib.sha256(url.encode()).hexdigest()[:16]
        self.label = mask_secret_url(url)
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            raise ConfigError(f"notify.urls: {self.label} is not a URL apprise understands")

    def send(self, title: str, body: str) -> bool:
        """Deliver one message; False when the service refused or could not be reached."""
        try:
            return bool(self._apprise.notify(title=title, body=body))
        except Exception as exc:  # apprise plugins may raise on odd responses
            log.warning("delivery to %s raised %s", self.label, type(exc).__name__)
            return False


def make_targets(urls) -> dict[str, Target]:
    """Target id → Target for every configured URL."""
    targets = [Target(url) for url in urls]
    return {t.id: t for t in targets}
