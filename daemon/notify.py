"""Alert delivery through apprise: one apprise URL per target, so a target that failed is
retried alone and a target that succeeded never gets the same alert twice. Each target gets
the alert in its service's own format: plain text keeps its lines, HTML (e-mail) is escaped
with a break per line, Markdown (Slack and the like) is escaped with a hard break per line.
A message longer than the service takes is split into several (apprise's overflow=split),
unless the URL asks otherwise.

Routes pick the targets of each alert when it is stored (see Targets.recipients)."""
from __future__ import annotations

import hashlib
import html
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import apprise
from apprise import NotifyFormat
from apprise.common import OverflowMode
from apprise.conversion import convert_between

from daemon.config import DIGEST_PERIODS, NotifyConfig, RouteConfig, mask_secret_url
from daemon.errors import ConfigError

log = logging.getLogger(__name__)


class Target:
    """One apprise URL. A named target is known by its name, so that a rotated token keeps
    its pending deliveries; an unnamed one (notify.urls) by a hash of its URL. The secret
    never reaches the database either way."""

    def __init__(self, url: str, name: str = "", tags: tuple[str, ...] = (), digest: str = ""):
        self.id = name or hashlib.sha256(url.encode()).hexdigest()[:16]
        self.name, self.tags = name, set(tags)
        self.label = name or mask_secret_url(url)
        self.digest_period = DIGEST_PERIODS.get(digest)     # seconds, or None: each alert at once
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            raise ConfigError(f"notify: {self.label} ({mask_secret_url(url)}) is not a URL apprise understands")
        service = self._apprise[0]
        self.max_chars = service.body_maxlen                # what one message of the service holds
        self.format = service.resolve_format()              # the service's own, or the URL's ?format=
        if "overflow=" not in url:
            service.overflow_mode = OverflowMode.SPLIT

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


@dataclass(frozen=True)
class AlertFacts:
    """What routes match an alert on: its discrepancy kinds ("operator" for a notice), the
    article's language and the feed's name."""
    kinds: frozenset[str]
    language: str | None = None
    feed: str | None = None

    @property
    def severity(self) -> str:
        """"high" for a contradicted count or status, or an operator notice; "normal" for a
        release the baseline lacks."""
        return "high" if self.kinds - {"new_event"} else "normal"


class Targets:
    """The configured targets by id, and the routes that choose among them."""

    def __init__(self, notify: NotifyConfig):
        targets = [Target(url) for url in notify.urls]
        targets += [Target(t.url, t.name, t.tags, t.digest) for t in notify.targets]
        self.by_id = {t.id: t for t in targets}
        self.routes = notify.routes

    def __bool__(self) -> bool:
        return bool(self.by_id)

    def get(self, target_id: str) -> Target | None:
        return self.by_id.get(target_id)

    def recipients(self, facts: AlertFacts) -> dict[str, str]:
        """Target id → label of the targets an alert goes to. Routes are tried in order: the
        first that matches names (or tags) them, and so does each later match while the
        matched route says continue_matching; every target when no route matches."""
        chosen, matched = set(), False
        for route in self.routes:
            if route_matches(route, facts):
                chosen.update(route.targets)
                matched = True
                if not route.continue_matching:
                    break
        if not matched:
            return {t.id: t.label for t in self.by_id.values()}
        return {t.id: t.label for t in self.by_id.values() if t.name in chosen or t.tags & chosen}


def route_matches(route: RouteConfig, facts: AlertFacts) -> bool:
    """Every condition the route gives holds for the alert. An operator notice (a feed
    failing) matches only a route that names the kind "operator": a route that quiets a
    feed's alerts must not hide that the feed broke."""
    if "operator" in facts.kinds and "operator" not in route.kinds:
        return False
    return ((not route.kinds or bool(facts.kinds & set(route.kinds)))
            and (not route.languages or facts.language in route.languages)
            and (not route.feeds or facts.feed in route.feeds)
            and (not route.min_severity or facts.severity == "high" or route.min_severity == "normal"))


DIGEST_GRACE = timedelta(minutes=5)     # a digest waits this long for the polls begun in its period


def digest_due(created_at: datetime, period: int) -> datetime:
    """The end of the digest period (UTC, counted from midnight) the alert falls in; its
    digest is sent DIGEST_GRACE later, so that an alert whose poll began before the end
    and was stored after it still goes in."""
    midnight = created_at.replace(hour=0, minute=0, second=0, microsecond=0)
    elapsed = (created_at - midnight).total_seconds()
    return midnight + timedelta(seconds=(elapsed // period + 1) * period)
