"""Claims + baseline in, discrepancies out.

A claim is compared only with the fact of the same scope (kind, event, country, person); a
release placed on a day the baseline does not know is a new event; at most one discrepancy
is kept per (kind, event, country, person).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rules.events import STATED
from rules.model import Baseline, Claim, Discrepancy, Fact, fact_key
from rules.numbers import satisfies

NEW_EVENT_SOURCES = STATED + ("published", "month")


@dataclass
class Index:
    """Facts of a baseline by key, and its event days."""
    facts: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)       # iso day -> event Fact

    @classmethod
    def of(cls, baseline: Baseline) -> "Index":
        facts = {f.key: f for f in baseline.facts}
        return cls(facts, {f.event: f for f in baseline.facts if f.kind == "event"})


def compare(claims: list[Claim], index: Index, published: date | None, settings: dict) -> list[Discrepancy]:
    """Every discrepancy of an article's claims with the baseline, deduplicated."""
    out, seen = [], {}
    reported, stated = _releases_reported(claims), _releases_stated(claims)
    counted = _releases_counted(claims, index)
    for claim in claims:
        found = check_claim(claim, index, published, settings, reported, stated, counted)
        if found is None or _same_new_release(found, out, settings):
            continue
        if claim.weak and not found.weak:
            found = replace(found, weak=claim.weak)
        key = (found.kind, found.event, found.country, found.person)
        if key not in seen:
            seen[key] = len(out)
            out.append(found)
        elif out[seen[key]].weak and not found.weak:
            out[seen[key]] = found      # a firm reading of the same claim replaces a weak one
    return [d for d in out if not _month_of_a_new_day(d, out)]


def _month_of_a_new_day(found: Discrepancy, found_all: list[Discrepancy]) -> bool:
    """A new release in a month ("the November pardons") that the article also dates to a day
    of that month is the same release."""
    return found.kind == "new_event" and found.event is not None and len(found.event) == 7 and any(
        d.kind == "new_event" and d.event and len(d.event) == 10 and d.event.startswith(found.event)
        and not d.weak for d in found_all)


def _same_new_release(found: Discrepancy, earlier: list[Discrepancy], settings) -> bool:
    """A new release dated within a day of one the article already reported is that release
    (the decree on Monday, the report of it on Tuesday)."""
    if found.kind != "new_event" or found.event is None or len(found.event) != 10:
        return False
    day = date.fromisoformat(found.event)
    return any(d.kind == "new_event" and d.event and len(d.event) == 10 and d.event != found.event
               and abs((date.fromisoformat(d.event) - day).days) <= settings["event_match_days"]
               for d in earlier)


def _releases_reported(claims: list[Claim]) -> frozenset:
    """The days of the releases an article itself reports (a count or a person freed)."""
    return frozenset(c.event for c in claims if c.event and (
        c.kind in ("release_count", "release") or (c.kind == "person_status" and c.status == "freed")))


def _releases_stated(claims: list[Claim]) -> frozenset:
    """The days of the releases an article reports with a date of their own (not placed by
    its publication date or by persons)."""
    return frozenset(c.event for c in claims if c.event and c.placed in STATED
                     and c.kind in ("release_count", "release"))


def _releases_counted(claims: list[Claim], index: Index) -> frozenset:
    """(sentence, day) of each sentence that gives a baseline release its exact total ("freed 14
    prisoners, among them ...", "X and 13 others"): the number itself names that release."""
    return frozenset((c.sentence, c.event) for c in claims if c.kind == "release_count"
                     and c.relation == "=" and not c.weak and c.event in index.events
                     and getattr(index.facts.get(fact_key(c.kind, c.event)), "value", None) == c.value)


def check_claim(claim: Claim, index: Index, published, settings, reported=frozenset(),
                stated=frozenset(), counted=frozenset()) -> Discrepancy | None:
    """The discrepancy one claim shows, if any; `reported`: the days of the releases the
    claim's article reports; `stated`: those it dates itself; `counted`: the sentences that
    name a release by its exact total."""
    if claim.kind in ("release_count", "release") and claim.event not in index.events:
        return _new_event(claim, index, published)
    if claim.kind == "person_status" and claim.status == "held":
        return _still_held(claim, index, published, reported)
    if claim.kind == "person_status":
        return _person_status(claim, index, published, stated, counted)
    handler = {"release_count": _release_count, "nationality_count": _nationality_count,
               "remaining_count": _remaining_count}.get(claim.kind)
    return handler(claim, index, published, settings) if handler else None


def _new_event(claim: Claim, index: Index, published) -> Discrepancy | None:
    """A release on a day (or in a month, "YYYY-MM") the baseline does not know."""
    if claim.placed not in NEW_EVENT_SOURCES or claim.event is None:
        return None
    if published and _first_day(claim.event) > published + timedelta(days=1):
        return None
    weak = ""
    if claim.placed == "published" and claim.value is None and not claim.in_title:
        weak = "an undated release without a count, outside the headline"
    elif claim.placed in ("relative", "published") and _recounts_a_release(claim, index):
        weak = "a baseline release a few days before, with no other count: a late report's 'today'"
    return Discrepancy("new_event", claim.event, claim.value, None, claim.sentence, weak=weak)


def _recounts_a_release(claim: Claim, index: Index, days: int = 7) -> bool:
    """Whether a release dated only by "today" or the page's date follows a baseline release
    within a week and gives no count, or that release's count (a reprint of Saturday's news,
    dated Monday)."""
    if len(claim.event) != 10:
        return False
    day = date.fromisoformat(claim.event)
    return any(0 < (day - date.fromisoformat(event)).days <= days and claim.value in (
        None, getattr(index.facts.get(fact_key("release_count", event)), "value", None))
        for event in index.events)


def _first_day(event: str) -> date:
    """The day of an ISO date, or the first day of an ISO month."""
    return date.fromisoformat(event if len(event) > 7 else event + "-01")


def _release_count(claim, index, published, settings) -> Discrepancy | None:
    fact = index.facts.get(fact_key(claim.kind, claim.event))
    if fact is None or claim.destination == "?":
        return None
    if claim.destination and claim.destination != index.events[claim.event].destination:
        return None
    if claim.relation in ("=", "~") and claim.placed not in STATED and is_sum_of_events(claim.value, index):
        return None                 # a total over releases; not one stated day's ("freed 137 today")
    return _count_discrepancy(claim, fact, settings)


def is_sum_of_events(value: int, index: Index) -> bool:
    """A figure equal to the summed totals of two or more baseline releases is a cumulative
    total ("189 freed in the three deals" = 14 + 52 + 123), not the count of one release."""
    totals = [f.value for f in index.facts.values() if f.kind == "release_count" and isinstance(f.value, int)]
    reachable = {0: 0}                      # sum -> most events summed to reach it
    for total in totals:
        for s, k in list(reachable.items()):
            reachable[s + total] = max(reachable.get(s + total, 0), k + 1)
    return reachable.get(value, 0) >= 2


def _nationality_count(claim, index, published, settings) -> Discrepancy | None:
    fact = index.facts.get(fact_key(claim.kind, claim.event, claim.country))
    return _count_discrepancy(claim, fact, settings) if fact else None


def _count_discrepancy(claim: Claim, fact: Fact, settings) -> Discrepancy | None:
    if satisfies(fact.value, claim.value, claim.relation, settings["approx_tolerance"]):
        return None
    return Discrepancy(claim.kind, claim.event, claim.value, fact.value, claim.sentence,
                       fact.sources, country=claim.country, weak=_weak_count(claim))


def _weak_count(claim: Claim) -> str:
    """Why a count that disagrees with the baseline is too weak a reading to push, if it is."""
    if claim.relation == "~":
        return "an approximate figure ('about', 'nearly', 'a dozen')"
    return ""


def _person_status(claim, index, published, stated, counted=frozenset()) -> Discrepancy | None:
    fact = index.facts.get(fact_key(claim.kind, person=claim.person))
    if fact is None:
        return None
    if claim.status == "freed" and claim.event and len(claim.event) == 7:
        return _freed_in_month(claim, fact)
    if claim.status == "not_freed":
        return _not_freed(claim, fact)
    if claim.status != "freed" or claim.event not in index.events:
        return None
    if claim.placed == "published" and (claim.sentence, claim.event) not in counted and \
            not _trusted_by_publication(claim, fact, published, stated):
        return None
    wrong = ((fact.value == "freed" and fact.event != claim.event)
             or fact.value == "never_imprisoned"
             or (fact.value == "held" and fact.as_of and fact.as_of >= claim.event))
    if not wrong:
        return None
    return Discrepancy("person_status", claim.event, "freed", _fact_status(fact), claim.sentence,
                       fact.sources, person=claim.person)


def _not_freed(claim, fact: Fact) -> Discrepancy | None:
    """Said not to be among those freed on a day the baseline has the person freed."""
    if fact.value != "freed" or fact.event != claim.event:
        return None
    return Discrepancy("person_status", claim.event, "not freed", _fact_status(fact), claim.sentence,
                       fact.sources, person=claim.person)


def _freed_in_month(claim, fact: Fact) -> Discrepancy | None:
    """Freed in a month that holds no baseline event ("released last month", "in July"): wrong
    for a person the baseline has freed in another month, or never imprisoned."""
    wrong = (fact.value == "freed" and fact.event[:7] != claim.event) or fact.value == "never_imprisoned"
    if not wrong:
        return None
    return Discrepancy("person_status", None, f"freed {claim.event}", _fact_status(fact), claim.sentence,
                       fact.sources, person=claim.person)


def _trusted_by_publication(claim, fact: Fact, published, stated) -> bool:
    """A release placed only by publication date is trusted for a person the baseline holds on
    that event's day, or frees only in a later release, when the article was published within a
    day of the event, or dates that release and no other, or the person's own release came only
    after the article: a report of that release naming someone who was not freed in it (and
    could not have been freed in a release that had not yet happened)."""
    later = fact.value == "freed" and fact.event and fact.event > claim.event
    if not (fact.value == "held" or later) or published is None:
        return False
    not_yet_freed = later and fact.event > published.isoformat()
    return not_yet_freed or stated == {claim.event} or 0 <= (published - date.fromisoformat(claim.event)).days <= 1


def _still_held(claim, index: Index, published, reported) -> Discrepancy | None:
    """Said to be held after the baseline has the person freed: published after that release,
    or on its day by an article that reports that release itself (the held statement is then
    stale, not written before the release)."""
    fact = index.facts.get(fact_key(claim.kind, person=claim.person))
    if fact is None or fact.value != "freed" or published is None:
        return None
    released = date.fromisoformat(fact.event)
    if published < released or (published == released and fact.event not in reported):
        return None
    return Discrepancy("person_status", None, "held", _fact_status(fact), claim.sentence,
                       fact.sources, person=claim.person)


def _fact_status(fact: Fact) -> str:
    return f"freed {fact.event}" if fact.value == "freed" else str(fact.value)


def _remaining_count(claim, index, published, settings) -> Discrepancy | None:
    fact = index.facts.get(fact_key(claim.kind))
    if fact is None or published is None or (fact.as_of and published.year < int(fact.as_of[:4])):
        return None
    margin = settings["remaining_margin"]
    low, high = fact.low * (1 - margin), fact.high * (1 + margin)
    value, rel = claim.value, claim.relation
    outside = ((rel in ("=", "~", "<=") and value < low) or (rel in ("=", "~", ">=") and value > high))
    if not outside:
        return None
    return Discrepancy("remaining_count", None, value, f"{fact.low}-{fact.high}", claim.sentence,
                       fact.sources)
