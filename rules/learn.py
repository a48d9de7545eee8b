"""What the baseline learns when a reviewer accepts an alert's discrepancy: a release it did
not know becomes an event (with its count), a corrected figure or status a new version of
the fact. Pure: the caller stores the facts and says where they came from."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from rules.errors import RulesError
from rules.model import Baseline, Discrepancy, Fact, fact_key


def facts_to_accept(item: Discrepancy, baseline: Baseline, source: str, *, day: date | None = None,
                    count: int | None = None, as_of: date | None = None) -> list[Fact]:
    """The facts that make the baseline agree with `item`, citing `source` (the article).

    `day` and `count` are the reviewer's corrections: the release's day when the article
    gave only its month, its count when the article gave none or a wrong one. `as_of` is
    when the new fact holds from (the article's date), for facts with no event day."""
    learn = {"new_event": _new_release, "release_count": _count, "nationality_count": _count,
             "person_status": _person, "remaining_count": _remaining}.get(item.kind)
    if learn is None:
        raise RulesError(f"a {item.kind} discrepancy cannot be accepted into the baseline")
    facts = learn(item, baseline, day, count, as_of)
    return [replace(f, sources=(source,), note="accepted from an alert") for f in facts]


def _new_release(item, baseline, day, count, as_of) -> list[Fact]:
    event = (day.isoformat() if day else item.event) or ""
    if len(event) != 10:
        raise RulesError(f"the release is dated only to {event or 'no date'}: give its day")
    count = count if count is not None else item.claimed if isinstance(item.claimed, int) else None
    facts = [Fact(fact_key("event", event), "event", event, event=event, as_of=event)]
    if count is not None:
        facts.append(Fact(fact_key("release_count", event), "release_count", count, event=event, as_of=event))
    return facts


def _count(item, baseline, day, count, as_of) -> list[Fact]:
    fact = _fact(baseline, item)
    return [replace(fact, value=_new_count(item, fact, count))]


def _person(item, baseline, day, count, as_of) -> list[Fact]:
    fact = _fact(baseline, item)
    claimed = str(item.claimed)
    if claimed == "freed":
        event = day.isoformat() if day else item.event
        if not event or len(event) != 10:
            raise RulesError(f"{item.person}: freed on which day? give it")
        return [replace(fact, value="freed", event=event, as_of=event)]
    if claimed.startswith("freed "):                # "freed 2026-02": freed in a month
        if day is None:
            raise RulesError(f"{item.person}: {claimed}, on which day? give it")
        return [replace(fact, value="freed", event=day.isoformat(), as_of=day.isoformat())]
    if claimed in ("held", "not freed"):
        held_from = item.event or (as_of.isoformat() if as_of else fact.as_of)
        return [replace(fact, value="held", event=None, as_of=held_from)]
    raise RulesError(f"{item.person}: the claimed status {claimed!r} cannot become a fact")


def _remaining(item, baseline, day, count, as_of) -> list[Fact]:
    fact = _fact(baseline, item)
    value = _new_count(item, fact, count)
    return [replace(fact, low=value, high=value, as_of=as_of.isoformat() if as_of else fact.as_of)]


def _new_count(item: Discrepancy, fact: Fact, count: int | None) -> int:
    """The reviewer's count, else the article's; an error when neither is a number."""
    value = count if count is not None else item.claimed
    if not isinstance(value, int):
        raise RulesError(f"{fact.key}: the claimed value {item.claimed!r} is not a count: give one")
    return value


def _fact(baseline: Baseline, item: Discrepancy) -> Fact:
    key = fact_key(item.kind, item.event, item.country, item.person)
    fact = next((f for f in baseline.facts if f.key == key), None)
    if fact is None:
        raise RulesError(f"the baseline has no fact {key} to correct")
    return fact
