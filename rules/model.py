"""Plain data passed between the claim engine and the rest of claimwatch.

rules/ imports nothing from daemon/ or storage/: text and dates go in, these dataclasses
come out, and each one turns into a plain dict (for JSON and the database) and back.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

CONTRADICTION_KINDS = ("release_count", "nationality_count", "person_status", "remaining_count")
DISCREPANCY_KINDS = CONTRADICTION_KINDS + ("new_event",)


class _Record:
    """asdict / from_dict for the flat dataclasses below."""

    def to_dict(self) -> dict:
        # The records are flat (scalars, tuples of strings), so a shallow copy is what
        # dataclasses.asdict would return, at a fraction of its cost.
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict):
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        for key in ("sources", "aliases", "terms"):
            if key in values and values[key] is not None:
                values[key] = tuple(values[key])
        return cls(**values)


@dataclass(frozen=True)
class Claim(_Record):
    """One thing an article states, with the sentence it rests on.

    kind: release_count | nationality_count | person_status | remaining_count | release
    (release = a release/pardon reported without a usable count, for new_event detection).
    relation says how `value` bounds the real number: "=", ">=", "<=", "~".
    """
    kind: str
    sentence: str
    value: int | None = None
    relation: str = "="
    event: str | None = None        # ISO date of the event the claim is about (resolved or stated)
    country: str | None = None      # ISO 3166 alpha-2, for nationality_count
    person: str | None = None       # canonical full name, for person_status
    status: str | None = None       # person_status: "freed" | "not_freed" | "held" | "exiled"
    in_title: bool = False
    destination: str | None = None  # ISO country the counted group was taken to; "?" unsaid
    placed: str = ""                # how `event` was found: explicit|weekday|relative|month|context|carry|published
    weak: str = ""                  # why the reading is weak (a discrepancy on it is only a candidate)


def fact_key(kind: str, event: str | None = None, country: str | None = None,
             person: str | None = None) -> str:
    """The key of the baseline fact about a kind of claim: "release_count/2025-06-21",
    "nationality_count/2025-06-21/PL", "person/Siarhei Tsikhanouski", "remaining_count",
    "event/2025-06-21" ("" for a kind the baseline keeps no fact of)."""
    return {"release_count": f"release_count/{event}", "nationality_count": f"nationality_count/{event}/{country}",
            "person_status": f"person/{person}", "remaining_count": "remaining_count",
            "event": f"event/{event}"}.get(kind, "")


@dataclass(frozen=True)
class Fact(_Record):
    """One established fact of the baseline, with the documents behind it.

    key is unique per fact, e.g. "release_count/2025-06-21", "nationality_count/2025-06-21/PL",
    "person/Siarhei Tsikhanouski", "remaining_count". value is an int for counts; for persons
    it is the status ("freed", "held", "never_imprisoned") and `event` the release date;
    remaining_count uses low/high.
    """
    key: str
    kind: str
    value: int | str | None = None
    event: str | None = None
    country: str | None = None
    person: str | None = None
    low: int | None = None
    high: int | None = None
    as_of: str | None = None        # ISO date from which the fact holds
    sources: tuple[str, ...] = ()
    note: str = ""
    terms: tuple[str, ...] = ()     # event facts: context words learned from the seeds
    destination: str | None = None  # event facts: where the freed were taken, if the seeds say

    def value_text(self) -> str:
        """The value as a person reads it: "1000–1400", "freed on 2025-06-21", "14"."""
        if self.low is not None or self.high is not None:
            return f"{self.low}–{self.high}"
        if self.person and self.event:
            return f"{self.value} on {self.event}"
        return str(self.value)


@dataclass(frozen=True)
class Conflict(_Record):
    """A minority claim in the baseline documents that disagrees with a fact."""
    key: str
    fact_value: int | str | None
    claimed: int | str | None
    sources: tuple[str, ...]
    evidence: str


@dataclass(frozen=True)
class Discrepancy(_Record):
    """An article's claim that contradicts the baseline, or a release it does not know."""
    kind: str
    event: str | None
    claimed: int | str | None
    baseline: int | str | None
    evidence: str
    sources: tuple[str, ...] = ()
    country: str | None = None
    person: str | None = None
    weak: str = ""                  # why the reading is too weak to push: a candidate for review


@dataclass
class Baseline:
    """The facts and the conflicts found while building them, and the title of each source
    document (by the name the facts cite)."""
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    documents: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"facts": [f.to_dict() for f in self.facts],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "documents": [{"name": name, "title": title, "events": self.events_reported_by(name)}
                              for name, title in self.documents.items()]}

    @classmethod
    def from_dict(cls, data: dict) -> "Baseline":
        return cls([Fact.from_dict(f) for f in data.get("facts", [])],
                   [Conflict.from_dict(c) for c in data.get("conflicts", [])],
                   {d["name"]: d["title"] for d in data.get("documents", [])})

    def replacing(self, facts: list[Fact], documents: dict[str, str] | None = None) -> "Baseline":
        """This baseline with `facts` in place of the facts of the same keys (or added), and
        more source documents (name -> title) if given."""
        if not facts and not documents:
            return self
        keys = {f.key for f in facts}
        return Baseline([f for f in self.facts if f.key not in keys] + list(facts), self.conflicts,
                        {**self.documents, **(documents or {})})

    def events_reported_by(self, document: str) -> list[str]:
        """The dates of the releases whose facts the document is a source of."""
        return sorted({f.event for f in self.facts if f.event and document in f.sources})


@dataclass(frozen=True)
class Article:
    """What the engine reads: extracted text plus the metadata that places it in time."""
    text: str
    title: str = ""
    published: date | None = None
    language: str = "en"


@dataclass
class Report:
    """The engine's answer for one article: the discrepancies to push, and the candidates
    (discrepancies resting on a weak reading) to store and show for review only."""
    claims: list[Claim]
    discrepancies: list[Discrepancy]
    candidates: list[Discrepancy] = field(default_factory=list)
    not_checked: str = ""           # why the article was not read at all (its language has no table)
