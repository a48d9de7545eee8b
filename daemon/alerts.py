"""The text of an alert: the article, then each discrepancy with its quote, the claimed and
baseline values and the baseline's sources."""
from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

from rules.model import Discrepancy

_KIND_LABELS = {
    "release_count": "number released",
    "nationality_count": "citizens released",
    "person_status": "person's status",
    "remaining_count": "prisoners still held",
    "new_event": "release not in the baseline",
}


def compose_alert(url: str, title: str, published, discrepancies: list[Discrepancy],
                  now: datetime, candidates: list[Discrepancy] = (), language: str | None = None,
                  max_quote: int = 300) -> dict:
    """The columns of the one alert of an article; its key makes a second one for the URL
    impossible (the article's id is set when the article is stored). The candidates (weak
    readings) are stored with it for review; with no discrepancy to push, the alert is a
    "candidate", held for review and sent nowhere."""
    shown = list(discrepancies) or list(candidates)
    count = len(shown)
    what = f"discrepanc{'y' if count == 1 else 'ies'}" if discrepancies else \
        f"candidate{'' if count == 1 else 's'} for review"
    subject = f"claimwatch: {count} {what} in \"{_short(title)}\""
    lines = [f"URL: {url}", f"Article: {title or '(no title)'}"]
    if published:
        lines.append(f"Published: {published}")
    if language:
        lines.append(f"Language: {language} (quotes are in the article's language)")
    for number, item in enumerate(shown, 1):
        lines += ["", *describe(item, number, max_quote)]
    row = _alert_row(f"article:{url}", "discrepancy" if discrepancies else "candidate", subject,
                     "\n".join(lines), now,
                     json.dumps([d.to_dict() for d in [*discrepancies, *candidates]]))
    return row if discrepancies else {**row, "state": "review"}


def describe(item: Discrepancy, number: int, max_quote: int | None = None) -> list[str]:
    """The lines for one discrepancy, its quote cut to max_quote characters."""
    about = _KIND_LABELS.get(item.kind, item.kind)
    if item.country:
        about += f" ({item.country})"
    if item.person:
        about += f": {item.person}"
    event = f", event of {item.event}" if item.event else ""
    lines = [f"{number}. {item.kind}: {about}{event}",
             f"   claimed: {item.claimed}",
             f"   baseline: {item.baseline if item.baseline is not None else '(no such event)'}",
             f"   quote: \"{_cut(item.evidence.strip(), max_quote)}\""]
    if item.weak:
        lines.append(f"   weak reading: {item.weak}")
    if item.sources:
        lines.append(f"   sources: {', '.join(item.sources)}")
    return lines


def operator_alert(key: str, title: str, body: str, now: datetime) -> dict:
    """The columns of a notice for the operator (a feed failing for long), sent to the same
    targets."""
    return _alert_row(key, "operator", title, body, now)


def _alert_row(key: str, kind: str, title: str, body: str, now: datetime, discrepancies: str = "[]") -> dict:
    """The columns of storage.models.Alert, all of them, so that rows can be inserted together."""
    return {"idempotency_key": key, "article_id": None, "kind": kind, "title": title, "body": body,
            "discrepancies": discrepancies, "created_at": now}


def message_title(alert, names_in_title: bool = True) -> str:
    """The title a target shows: the alert's, or, where titles must name no one (chat
    previews, lock screens), one built from its kinds and the outlet's host alone."""
    if names_in_title or alert.kind == "operator":
        return alert.title
    pushed = pushed_items(alert)
    kinds = sorted({_KIND_LABELS.get(item["kind"], item["kind"]) for item in pushed})
    host = urlsplit(alert.idempotency_key.partition(":")[2]).hostname or "an outlet"
    what = "discrepancy" if len(pushed) == 1 else "discrepancies"
    return f"claimwatch: {len(pushed)} {what} ({', '.join(kinds)}) from {host}"


def with_reprints(body: str, reprints: list) -> str:
    """An alert's text with the other outlets that carried the same story since (their
    articles), as a message sent now shows it."""
    if not reprints:
        return body
    lines = [f"Also carried by {len(reprints)} more outlet{'' if len(reprints) == 1 else 's'} (the same story):"]
    lines += [f"  {article.url}" for article in reprints]
    return body + "\n\n" + "\n".join(lines)


def pushed_items(alert) -> list[dict]:
    """A stored alert's discrepancies that were pushed (a candidate alert: its weak ones)."""
    items = json.loads(alert.discrepancies or "[]")
    return [item for item in items if not item.get("weak")] or items


DIGEST_SEPARATOR = "\n\n" + "-" * 40 + "\n\n"


def digest_messages(alerts: list, reprints: dict[int, list], period_end: datetime,
                    max_chars: int) -> list[tuple[str, str, list[int]]]:
    """The digest of these alerts, oldest first, each with its reprints: (title, body, alert
    ids) of each message, as many as keep every body within max_chars (the service's limit:
    a message the service would split could arrive in part, and be sent again whole)."""
    entries = [(alert.id, f"#{alert.id} {alert.title}\n{with_reprints(alert.body, reprints.get(alert.id, []))}")
               for alert in sorted(alerts, key=lambda alert: alert.id)]
    groups: list[list[tuple[int, str]]] = []
    for entry in entries:
        body = DIGEST_SEPARATOR.join(text for _, text in [*groups[-1], entry]) if groups else ""
        if groups and len(body) <= max_chars:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [(f"claimwatch digest: {len(group)} alert{'' if len(group) == 1 else 's'} to "
             f"{period_end:%Y-%m-%d %H:%M} UTC" + (f" ({n} of {len(groups)})" if len(groups) > 1 else ""),
             DIGEST_SEPARATOR.join(text for _, text in group), [alert_id for alert_id, _ in group])
            for n, group in enumerate(groups, 1)]


def _cut(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _short(title: str, limit: int = 80) -> str:
    return _cut(" ".join((title or "untitled").split()), limit)
