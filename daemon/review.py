"""A reviewer's judgement of an alert, from the CLI or the console: confirm it (a real
contradiction), dismiss it (a false alarm: the same claim about the same release does not
alert again), accept it into the baseline (the baseline learns the release or the corrected
figure, citing the article), or reopen it. Every judgement is stored; none is overwritten."""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, datetime

from sqlmodel import Session

from daemon.errors import ClaimwatchError
from rules.engine import Engine
from rules.errors import RulesError
from rules.learn import facts_to_accept
from rules.model import Baseline, Discrepancy, Fact, Report
from storage import queries
from storage.models import Alert, Article, Review

ACTIONS = ("confirm", "dismiss", "accept", "reopen")
STATES = {None: "open", "reopen": "open", "confirm": "confirmed", "dismiss": "dismissed",
          "accept": "accepted"}


def review_state(review: Review | None) -> str:
    """open | confirmed | dismissed | accepted, from an alert's latest review."""
    return STATES[review.action if review else None]


def shown_items(alert: Alert) -> list[Discrepancy]:
    """The alert's discrepancies then its candidates, numbered from 1 as its message shows them."""
    items = [Discrepancy.from_dict(d) for d in json.loads(alert.discrepancies)]
    return [d for d in items if not d.weak] + [d for d in items if d.weak]


def review_alert(session: Session, engine: Engine, alert_id: int, action: str, reviewer: str,
                 now: datetime, note: str = "", item: int | None = None, day: date | None = None,
                 count: int | None = None) -> str:
    """Record the judgement (the caller commits); one line saying what it did."""
    if action not in ACTIONS:
        raise ClaimwatchError(f"review: unknown action {action!r} (one of {', '.join(ACTIONS)})")
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise ClaimwatchError(f"review: no alert #{alert_id}")
    if alert.kind == "operator":
        raise ClaimwatchError(f"review: alert #{alert_id} is a notice about a feed, not a claim to judge")
    if action == "dismiss" and not note.strip():
        raise ClaimwatchError("review: a dismissal needs a note saying why the alert is a false alarm")
    if action == "accept":
        return _accept(session, engine, alert, reviewer, now, note, item, day, count)
    queries.add_review(session, alert, action, reviewer, now, note)
    return {"confirm": f"alert #{alert_id} confirmed: a real contradiction",
            "dismiss": f"alert #{alert_id} dismissed as a false alarm: the same claim about the same "
                       "release will not alert again",
            "reopen": f"alert #{alert_id} reopened"}[action]


def _accept(session, engine, alert, reviewer, now, note, item, day, count) -> str:
    items = shown_items(alert)
    chosen = _chosen_item(alert.id, items, item)
    article = session.get(Article, alert.article_id) if alert.article_id else None
    if article is None:
        raise ClaimwatchError(f"review: alert #{alert.id} has no stored article to cite")
    try:
        facts = facts_to_accept(chosen, baseline_in_force(engine, session), article.url,
                                day=day, count=count, as_of=article.published)
    except RulesError as exc:
        raise ClaimwatchError(f"review: alert #{alert.id} item {items.index(chosen) + 1}: {exc}") from None
    review = queries.add_review(session, alert, "accept", reviewer, now, note, items.index(chosen) + 1)
    queries.add_fact_versions(session, facts, review, article.url, article.title or article.url, now)
    learned = "; ".join(f"{f.key} = {f.value_text()}" for f in facts)
    return f"alert #{alert.id} accepted into the baseline: {learned} (source: {article.url})"


def _chosen_item(alert_id: int, items: list[Discrepancy], item: int | None) -> Discrepancy:
    if item is None and len(items) == 1:
        return items[0]
    if item is None:
        raise ClaimwatchError(f"review: alert #{alert_id} has {len(items)} discrepancies: say which "
                              f"one to accept (--item 1 to {len(items)})")
    if not 1 <= item <= len(items):
        raise ClaimwatchError(f"review: alert #{alert_id} has no item {item} (1 to {len(items)})")
    return items[item - 1]


def baseline_in_force(engine: Engine, session: Session, built: Baseline | None = None) -> Baseline:
    """The stored baseline (or `built`), with the facts accepted from alerts and then the
    operator's overrides in place of the facts of the same keys."""
    built = built or queries.load_baseline(session)
    if built is None:
        raise ClaimwatchError("no baseline is stored yet: run the daemon once, or `claimwatch baseline build`")
    facts, documents = queries.accepted_facts(session)
    return engine.with_overrides(built.replacing(facts, documents))


def fact_history(session: Session) -> dict[str, list[dict]]:
    """key → the versions of each fact a review changed, oldest first: the one built from the
    source documents (if any), then each accepted one, with who accepted it, when and why."""
    built = {f.key: f for f in (queries.load_baseline(session) or Baseline()).facts}
    notes = {r.id: r.note for r in queries.all_reviews(session)}
    history = {}
    for key, versions in queries.fact_history(session).items():
        rows = [_version(built[key], "built from " + ", ".join(built[key].sources))] if key in built else []
        for v in versions:
            fact = Fact.from_dict(json.loads(v.data))
            rows.append(_version(fact, f"accepted by {v.reviewer or 'a reviewer'} on {v.recorded_at:%Y-%m-%d %H:%M} "
                                       f"from {v.source_url}", notes.get(v.review_id, "")))
        history[key] = rows
    return history


def _version(fact: Fact, origin: str, note: str = "") -> dict:
    return {"value": fact.value_text(), "valid_from": fact.as_of or fact.event, "origin": origin, "note": note}


# --- what the pipeline needs of the reviews -----------------------------------------------

def signature(item: Discrepancy) -> tuple:
    """A claim about a release, whatever article states it: what a dismissal silences."""
    return item.kind, item.event, str(item.claimed), item.person or "", item.country or ""


def story_signatures(items: list[Discrepancy]) -> tuple[str, ...]:
    """The signatures of an alert's claims, hashed to a fixed length for the database: a
    reprint of its story carries the same (storage.reprints)."""
    return tuple(sorted({hashlib.sha1("\x1f".join("" if part is None else str(part) for part in signature(item))
                                      .encode()).hexdigest()[:24] for item in items}))


def dismissed_signatures(session: Session) -> dict[tuple, int]:
    """The signature of each discrepancy of each dismissed alert → that alert's id."""
    return {signature(Discrepancy.from_dict(d)): alert_id
            for alert_id, items in queries.dismissed_alerts(session) for d in items}


def without_dismissed(report: Report, dismissed: dict[tuple, int]) -> Report:
    """The report with each discrepancy a reviewer dismissed before moved to the candidates
    (stored and shown, never pushed)."""
    if not dismissed or not report.discrepancies:
        return report
    pushed, held = [], []
    for item in report.discrepancies:
        alert_id = dismissed.get(signature(item))
        if alert_id is None:
            pushed.append(item)
        else:
            held.append(replace(item, weak=f"the same claim was dismissed as a false alarm (alert #{alert_id})"))
    return replace(report, discrepancies=pushed, candidates=[*held, *report.candidates])
