"""One story, one alert: an article whose text nearly repeats that of an article alerted in
the last days, and whose claims that alert already carries, is a reprint of that story.

Resemblance is the share of the shorter text's four-word phrases found in the other, on the
stored texts: boilerplate, a changed headline or a trimmed last paragraph barely move it,
while different articles of the same story stay far below the threshold (at most 0.55
among the 672 corpus articles, where a 64-bit Simhash put two different articles at 0.91).
Only the few alerts that carry the same claim are compared, so exact phrases are affordable."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam
from sqlmodel import insert, select

from storage.models import Alert, AlertClaim, Article, Delivery, Reprint

SAME_STORY = 0.8                 # resemblance from which two texts are one story
STORY_WINDOW = timedelta(days=7)  # how long a story stays open to reprints
_PHRASE = 4

_claims = AlertClaim.__table__
_CANDIDATES = (select(_claims.c.alert_id, Article.__table__.c.text)
               .join(Alert.__table__, Alert.__table__.c.id == _claims.c.alert_id)
               .join(Article.__table__, Article.__table__.c.id == Alert.__table__.c.article_id)
               .where(_claims.c.signature == bindparam("signature"), _claims.c.created_at >= bindparam("since"),
                      Alert.__table__.c.kind == bindparam("kind")))
_SIGNATURES = select(_claims.c.alert_id, _claims.c.signature).where(_claims.c.alert_id.in_(bindparam("ids")))
_TARGETS = (select(Delivery.__table__.c.alert_id, Delivery.__table__.c.target_id)
            .where(Delivery.__table__.c.alert_id.in_(bindparam("ids"))))


@dataclass
class Story:
    """An alert of this batch or of the last days, with what a reprint must match."""
    alert_id: int | None         # None until the batch's alert is inserted
    kind: str
    signatures: frozenset[str]
    phrases: frozenset[int]
    targets: frozenset[str]      # the targets its alert goes to


def phrases(text: str) -> frozenset[int]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(hash(tuple(words[i:i + _PHRASE])) for i in range(max(1, len(words) - _PHRASE + 1)))


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def stored_stories(connection, kind: str, signatures: frozenset[str], now: datetime) -> list[Story]:
    """The alerts of the last days that carry the first of these claims (a reprint's story
    carries them all), with their articles' texts."""
    if not signatures:
        return []
    rows = connection.execute(_CANDIDATES, {"signature": min(signatures), "since": now - STORY_WINDOW,
                                            "kind": kind}).all()
    if not rows:
        return []
    ids = {"ids": [r.alert_id for r in rows]}
    carried: dict[int, set[str]] = {}
    for alert_id, signature in connection.execute(_SIGNATURES, ids):
        carried.setdefault(alert_id, set()).add(signature)
    targets: dict[int, set[str]] = {}
    for alert_id, target_id in connection.execute(_TARGETS, ids):
        targets.setdefault(alert_id, set()).add(target_id)
    return [Story(row.alert_id, kind, frozenset(carried[row.alert_id]), phrases(row.text or ""),
                  frozenset(targets.get(row.alert_id, ()))) for row in rows]


def story_of(stories: list[Story], kind: str, signatures: frozenset[str], text: frozenset[int],
             targets: frozenset[str]) -> tuple[Story, float] | None:
    """The story this text repeats, with its resemblance: same kind of alert, every claim
    and every target (routes may send a copy where the story's alert did not go) carried by
    it, the text nearly the same; the closest such story, or None."""
    scored = [(story, resemblance(story.phrases, text)) for story in stories
              if story.kind == kind and signatures and signatures <= story.signatures
              and targets <= story.targets]
    scored = [pair for pair in scored if pair[1] >= SAME_STORY]
    return max(scored, key=lambda pair: pair[1], default=None)


def record_stories(connection, stories: list[tuple[Story, datetime]]) -> None:
    """Each (story, its alert's time), that later copies may find it."""
    rows = [{"alert_id": story.alert_id, "signature": signature, "created_at": at}
            for story, at in stories for signature in story.signatures]
    if rows:
        connection.execute(insert(AlertClaim), rows)


def record_reprints(connection, reprints: list[tuple[int, int, float, datetime]]) -> None:
    """(alert id, article id, resemblance, time) of each reprint."""
    rows = [{"alert_id": alert_id, "article_id": article_id, "resemblance": round(score, 3), "created_at": at}
            for alert_id, article_id, score, at in reprints]
    if rows:
        connection.execute(insert(Reprint), rows)
