"""Seed documents in, Baseline out, with the same claim extraction used for articles.

1. Each document's claims are read without any baseline; the dates its releases are stated to
   have happened (else its publication date) give the document's event.
2. Documents whose events lie within a few days of each other speak of one event.
3. Context words (envoys, sanctions items) seen in a document belong to its event.
4. Claims are read again against these events and reconciled: the value most documents
   agree on is the fact; each minority claim is a Conflict with its sentence.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from rules import events as ev
from rules.claims import Context, extract_claims, moved_to, split_sentences
from rules.model import Baseline, Claim, Conflict, Fact, fact_key
from rules.numbers import satisfies

CLUSTER_DAYS = 3


def build_baseline(documents: dict[str, str], make_context, published: dict) -> Baseline:
    """Facts and conflicts from `documents` (name -> text); `published` gives document dates."""
    first = {name: extract_claims(text, "", published.get(name), make_context([], {}, {}, None))
             for name, text in documents.items()}
    doc_days = {name: _document_day(claims, published.get(name)) for name, claims in first.items()}
    clusters = _cluster({n: d for n, d in doc_days.items() if d})
    doc_event = {n: rep for rep, names in clusters.items() for n in names}
    terms = _learn_terms(documents, doc_event, make_context)
    infos = [ev.EventInfo(day, frozenset(c for c, evs in terms.items() if day in evs)) for day in clusters]
    first_year = min(clusters).year if clusters else None
    ctx = make_context(infos, terms, {}, first_year)
    claims = {name: extract_claims(text, "", published.get(name), ctx) for name, text in documents.items()}
    _spread_lists(documents, claims, ctx)
    facts, conflicts = reconcile(claims, published)
    dests = _destinations(documents, doc_event, ctx)
    facts = _event_facts(clusters, terms, dests) + facts
    return Baseline(facts, conflicts)


def _document_day(claims: list[Claim], published: date | None) -> date | None:
    """The day a document's releases happened: the most stated day, else its publication date."""
    releases = [c for c in claims if c.kind in ("release_count", "release") and c.event]
    stated = Counter(c.event for c in releases if c.placed in ev.STATED + ("carry",))
    if stated:
        return date.fromisoformat(stated.most_common(1)[0][0])
    return published if releases else None


def _cluster(days: dict[str, date]) -> dict[date, list[str]]:
    """Group documents whose days lie within CLUSTER_DAYS; the earliest day names the group."""
    groups: dict[date, list[str]] = {}
    for name, day in sorted(days.items(), key=lambda kv: kv[1]):
        rep = next((r for r in groups if abs((day - r).days) <= CLUSTER_DAYS), None)
        groups.setdefault(rep or day, []).append(name)
    return groups


def _learn_terms(documents, doc_event, make_context) -> dict[str, set]:
    """Context concept -> the events of the documents that use it."""
    lang = make_context([], {}, {}, None).lang
    terms: dict[str, set] = defaultdict(set)
    for name, text in documents.items():
        for concept, pattern in lang.context_terms.items():
            if name in doc_event and pattern.search(text):
                terms[concept].add(doc_event[name])
    return dict(terms)


def _spread_lists(documents, claims, ctx: Context) -> None:
    """Persons listed together ("- Name: ...") share the release status of listed peers."""
    for name, text in documents.items():
        freed = {c.person: c for c in claims[name] if c.kind == "person_status" and c.status == "freed"}
        for group in _list_groups(text):
            persons = [m.person.name for line in group for m in ctx.registry.find(line.split(":")[0])]
            known = [freed[p] for p in persons if p in freed]
            if not known:
                continue
            for person in persons:
                if person not in freed:
                    claims[name].append(Claim("person_status", known[0].sentence, event=known[0].event,
                                              person=person, status="freed", placed="list"))


def _list_groups(text: str) -> list[list[str]]:
    groups, current = [], []
    for line in text.splitlines():
        if re.match(r"^\s*[-•*]\s+\S", line):
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    return groups + ([current] if current else [])


def _destinations(documents, doc_event, ctx: Context) -> dict:
    """Event -> counts of the countries the documents say the freed were taken to."""
    dests: dict[date, Counter] = defaultdict(Counter)
    for name, text in documents.items():
        for line in text.splitlines():
            for sentence in split_sentences(line, ctx.lang):
                country = moved_to(sentence, ctx.lang)
                if country not in (None, "?") and name in doc_event:
                    dests[doc_event[name]][country] += 1
    return dests


def _event_facts(clusters, terms, dests) -> list[Fact]:
    """One "event" fact per cluster, with its context words and destination."""
    facts = []
    for day, names in sorted(clusters.items()):
        dest = dests[day].most_common(1)[0][0] if dests[day] else None
        facts.append(Fact(key=fact_key("event", day.isoformat()), kind="event", value=day.isoformat(),
                          event=day.isoformat(), as_of=day.isoformat(), sources=tuple(sorted(names)),
                          terms=tuple(sorted(c for c, evs in terms.items() if day in evs)),
                          destination=dest))
    return facts


# ---- reconciliation -----------------------------------------------------------------------

def reconcile(claims: dict[str, list[Claim]], published: dict) -> tuple[list[Fact], list[Conflict]]:
    """Majority facts and minority conflicts over every document's claims."""
    facts, conflicts = [], []
    for key, votes in _count_votes(claims).items():
        fact, minority = _count_fact(key, votes)
        facts.append(fact)
        conflicts += minority
    person_facts, person_conflicts = _person_facts(claims, published)
    remaining = _remaining_fact(claims, published)
    return facts + person_facts + ([remaining] if remaining else []), conflicts + person_conflicts


def _count_votes(claims) -> dict:
    votes: dict[str, list] = defaultdict(list)
    for name, doc_claims in claims.items():
        for c in doc_claims:
            if c.kind == "release_count" and c.event and c.destination in (None,):
                votes[fact_key(c.kind, c.event)].append((name, c))
            elif c.kind == "nationality_count" and c.event and c.country:
                votes[fact_key(c.kind, c.event, c.country)].append((name, c))
    return votes


def _count_fact(key: str, votes: list) -> tuple[Fact, list[Conflict]]:
    exact = defaultdict(set)
    for name, c in votes:
        if c.relation == "=":
            exact[c.value].add(name)
    if not exact:
        for name, c in votes:
            exact[c.value].add(name)
    value = max(exact, key=lambda v: (len(exact[v]), v))
    kind, event, *rest = key.split("/")
    sources = tuple(sorted({n for n, c in votes if satisfies(value, c.value, c.relation)}))
    fact = Fact(key=key, kind=kind, value=value, event=event, country=rest[0] if rest else None,
                as_of=event, sources=sources)
    conflicts = [Conflict(key, value, c.value, (n,), c.sentence) for n, c in votes
                 if not satisfies(value, c.value, c.relation)]
    return fact, _unique(conflicts)


def _unique(conflicts: list[Conflict]) -> list[Conflict]:
    seen, out = set(), []
    for c in conflicts:
        if (c.key, c.claimed, c.sources) not in seen:
            seen.add((c.key, c.claimed, c.sources))
            out.append(c)
    return out


def _person_labels(claims) -> dict:
    labels: dict[str, dict] = defaultdict(lambda: defaultdict(dict))
    for name, doc_claims in claims.items():
        for c in doc_claims:
            if c.kind != "person_status" or not c.status:
                continue
            label = f"freed@{c.event}" if c.status == "freed" else c.status
            labels[c.person][label].setdefault(name, c)
    return labels


def _person_facts(claims, published) -> tuple[list[Fact], list[Conflict]]:
    facts, conflicts = [], []
    for person, labels in _person_labels(claims).items():
        freed = {k: v for k, v in labels.items() if k.startswith("freed@")}
        other = {k: v for k, v in labels.items() if not k.startswith("freed@")}
        contest = {**freed, **({"exiled": other["exiled"]} if "exiled" in other else {})}
        if contest:
            winner = max(contest, key=lambda k: (len(contest[k]), k))
            facts.append(_person_fact(person, winner, contest[winner], published))
            conflicts += [Conflict(fact_key("person_status", person=person), _status_word(winner), _status_word(k),
                                   tuple(sorted(docs)), next(iter(docs.values())).sentence)
                          for k, docs in contest.items() if k != winner]
        if "held" in other and not freed:
            facts.append(_person_fact(person, "held", other["held"], published))
    return facts, conflicts


def _status_word(label: str) -> str:
    return {"exiled": "never_imprisoned"}.get(label, label.replace("@", " "))


def _person_fact(person: str, label: str, docs: dict, published: dict) -> Fact:
    sources = tuple(sorted(docs))
    if label.startswith("freed@"):
        event = label.split("@", 1)[1]
        return Fact(fact_key("person_status", person=person), "person_status", "freed", event=event, person=person,
                    as_of=event, sources=sources)
    days = [published[d] for d in docs if published.get(d)]
    as_of = max(days).isoformat() if days else None
    value = "never_imprisoned" if label == "exiled" else "held"
    return Fact(fact_key("person_status", person=person), "person_status", value, person=person, as_of=as_of,
                sources=sources)


def _remaining_fact(claims, published) -> Fact | None:
    found = [(n, c) for n, cs in claims.items() for c in cs if c.kind == "remaining_count"]
    if not found:
        return None
    values = [c.value for _, c in found]
    days = [published[n] for n, _ in found if published.get(n)]
    return Fact("remaining_count", "remaining_count", None, low=min(values), high=max(values),
                as_of=min(days).isoformat() if days else None,
                sources=tuple(sorted({n for n, _ in found})))
