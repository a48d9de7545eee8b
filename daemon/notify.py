"""Alert delivery through apprise: one apprise URL per target, so a target that failed is
retried alone and a target that succeeded never gets the same alert twice. Each target gets
the alert in its service's own format: plain text keeps its lines, HTML (e-mail) is escaped
with a break per line, Markdown (Slack and the like) is escaped with a hard break per line."""
from __future__ import annotations

import hashlib
import html
import logging

import apprise
from apprise import NotifyFormat
from apprise.conversion import convert_between

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
        self.format = self._apprise[0].resolve_format()    # the service's own, or the URL's ?format=

    def send(self, title: str, body: str) -> bool:
        """Deliver one message; False when the service refused or could not be reached."""
        try:
            return bool(self._apprise.notify(title=title, body=render(body, self.format),
                                             body_format=self.format))
        except Exception as exc:  # apprise plugins may raise on odd responses
            log.warning("delivery to %s raised %s", self.label, type(exc).__name__)
            return False


def render(text: str, body_format: NotifyFormat) -> str:
    """A plain-text alert body in the target's format, each line kept a line."""
    lines = text.split("\n")
    if body_format == NotifyFormat.HTML:
        return "<br/>".join("&nbsp;" * (len(line) - len(line.lstrip())) + html.escape(line.lstrip())
                            for line in lines)
    if body_format == NotifyFormat.MARKDOWN:
        return "\n".join(convert_between(NotifyFormat.TEXT, NotifyFormat.MARKDOWN, line.lstrip()) + "  "
                         for line in lines)
    return text


def target_labels(targets: dict[str, Target]) -> dict[str, str]:
    """Target id → the URL with its secrets masked, as deliveries record it."""
    return {t.id: t.label for t in targets.values()}


def make_targets(urls) -> dict[str, Target]:
    """Target id → Target for every configured URL."""
    targets = [Target(url) for url in urls]
    return {t.id: t for t in targets}
