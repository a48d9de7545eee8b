"""The claim engine: load the rules once, build a baseline, check articles against it."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from rules import events as ev
from rules.baseline import build_baseline
from rules.claims import Context, extract_claims
from rules.compare import Index, compare
from rules.errors import RulesError, no_unknown_keys, read_toml
from rules.lang import DATA, available_languages, load_language
from rules.model import Article, Baseline, Fact, Report
from rules.names import load_registry, person_from_table

OVERRIDE_KEYS = {"settings", "person", "alias", "fact", "documents"}
FACT_KEYS = {f for f in Fact.__dataclass_fields__}
ALIAS_KEYS = {"name", "first", "surnames"}


class Engine:
    """Language tables, person registry, settings and operator overrides, loaded once."""

    def __init__(self, langs, registry, settings, documents, fact_overrides):
        self.langs = langs
        self.registry = registry
        self.settings = settings
        self.documents = documents          # seed document name -> publication date
        self.fact_overrides = fact_overrides
        self._contexts: dict = {}

    @classmethod
    def load(cls, overrides_path: str | Path | None = None) -> "Engine":
        """Load the shipped rules data, then apply and validate an operator overrides file."""
        langs = {code: load_language(code) for code in available_languages()}
        registry = load_registry()
        settings = read_toml(DATA / "settings.toml")["settings"]
        documents = _seed_dates(read_toml(DATA / "seeds.toml").get("documents", {}), "seeds.toml")
        engine = cls(langs, registry, settings, documents, [])
        if overrides_path is not None:
            engine._apply_overrides(Path(overrides_path))
        return engine

    def _apply_overrides(self, path: Path) -> None:
        data = read_toml(path)
        no_unknown_keys(data, OVERRIDE_KEYS, path.name, "section")
        no_unknown_keys(data.get("settings", {}), set(self.settings), path.name, "setting")
        for key, value in data.get("settings", {}).items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise RulesError(f"{path.name}: setting '{key}' must be a number")
            self.settings[key] = value
        for row in data.get("person", []):
            self.registry.add(person_from_table(row, path.name))
        for row in data.get("alias", []):
            self._add_alias(row, path.name)
        self.documents.update(_seed_dates(data.get("documents", {}), path.name))
        self.fact_overrides = [_fact_from_table(row, path.name) for row in data.get("fact", [])]

    def _add_alias(self, row: dict, where: str) -> None:
        no_unknown_keys(row, ALIAS_KEYS, where, "alias key")
        person = self.registry.get(row.get("name", ""))
        if person is None:
            raise RulesError(f"{where}: alias for unknown person '{row.get('name')}'")
        self.registry.add(replace(person, first=tuple(row.get("first", ())),
                                  surnames=tuple(row.get("surnames", ()))))

    def context(self, events, terms, person_events, first_year, language="en") -> Context:
        """An extraction context for one language and set of baseline events."""
        lang = self.langs[language]
        return Context(lang, self.registry, list(events), dict(terms), dict(person_events),
                       int(self.settings["event_match_days"]),
                       int(self.settings["fallback_window_days"]), first_year)

    def build_baseline(self, documents: dict[str, str], with_overrides: bool = True) -> Baseline:
        """Facts (with sources) and conflicts reconciled from the documents, and (unless not
        `with_overrides`) the operator's facts in place of the built ones."""
        baseline = build_baseline(documents, self.context, self.documents)
        return self.with_overrides(baseline) if with_overrides else baseline

    def with_overrides(self, baseline: Baseline) -> Baseline:
        """The baseline with the operator's facts replacing the built fact of the same key, or
        added: applied whenever a baseline is used, however long ago it was built and stored."""
        return baseline.replacing(self.fact_overrides)

    def check(self, article: Article, baseline: Baseline) -> Report:
        """The article's claims and its discrepancies with the baseline; an article in a
        language without a table is not read (no other language's rules are tried on it)."""
        if article.language not in self.langs:
            return Report([], [], not_checked=f"language {article.language} has no table")
        ctx, index = self._context_for(baseline, article.language)
        claims = extract_claims(article.text, article.title or "", article.published, ctx)
        found = compare(claims, index, article.published, self.settings)
        return Report(claims, [d for d in found if not d.weak], [d for d in found if d.weak])

    def _context_for(self, baseline: Baseline, language: str):
        key = (id(baseline), len(baseline.facts), language)
        if key not in self._contexts:
            self._contexts = {k: v for k, v in self._contexts.items() if k[0] == id(baseline)}
            self._contexts[key] = (self._baseline_context(baseline, language), Index.of(baseline))
        return self._contexts[key]

    def _baseline_context(self, baseline: Baseline, language: str) -> Context:
        events = [f for f in baseline.facts if f.kind == "event"]
        infos = [ev.EventInfo(date.fromisoformat(f.event), frozenset(f.terms), f.destination)
                 for f in events]
        terms: dict[str, set] = {}
        for info in infos:
            for term in info.terms:
                terms.setdefault(term, set()).add(info.date)
        freed = {f.person: date.fromisoformat(f.event) for f in baseline.facts
                 if f.kind == "person_status" and f.value == "freed" and f.event}
        first_year = min((i.date.year for i in infos), default=None)
        return self.context(infos, terms, freed, first_year, language)


def _seed_dates(table: dict, where: str) -> dict:
    out = {}
    for name, meta in table.items():
        if not isinstance(meta, dict) or not isinstance(meta.get("published"), date):
            raise RulesError(f"{where}: document '{name}' needs published = YYYY-MM-DD")
        no_unknown_keys(meta, {"published"}, where, f"key of document '{name}'")
        out[name] = meta["published"]
    return out


def _fact_from_table(row: dict, where: str) -> Fact:
    no_unknown_keys(row, FACT_KEYS, where, "fact key")
    if not row.get("key") or not row.get("kind"):
        raise RulesError(f"{where}: a [[fact]] needs 'key' and 'kind'")
    row = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}
    row.setdefault("sources", ["operator"])
    return Fact.from_dict(row)

