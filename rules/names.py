"""The person registry: known persons, every spelling of their names, and how to find them.

A mention is a surname form of one person (gendered, so Tsikhanouski and Tsikhanouskaya stay
apart), or a bare given name when a relative's surname stands in the same sentence
("Sviatlana Tsikhanouskaya, whose husband Siarhei ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from rules.errors import RulesError, no_unknown_keys, read_toml
from rules.lang import DATA, word_trie

PERSON_KEYS = {"name", "gender", "family", "first", "surnames"}
_WORD = re.compile(r"[\w’'-]+", re.U)


@dataclass(frozen=True)
class Person:
    """One known person and the spellings of their names."""
    name: str
    gender: str = "m"
    family: str = ""
    first: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence, with the span of the name."""
    person: Person
    start: int
    end: int


@dataclass
class Registry:
    """Known persons, indexed by lower-cased name forms."""
    persons: list[Person] = field(default_factory=list)
    by_surname: dict = field(default_factory=dict)
    by_first: dict = field(default_factory=dict)
    _surname_gate: re.Pattern | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, person: Person) -> None:
        """Register a person (or extend the forms of one already known)."""
        self._surname_gate = None
        self.persons.append(person)
        for form in person.surnames:
            same = [p for p in self.by_surname.get(form.lower(), []) if p.name != person.name]
            self.by_surname[form.lower()] = same + [person]
        for form in person.first:
            self.by_first.setdefault(form.lower(), []).append(person)

    def get(self, name: str) -> Person | None:
        """The person with this canonical name."""
        return next((p for p in self.persons if p.name == name), None)

    def find(self, sentence: str) -> list[Mention]:
        """Every known person named in the sentence, in order."""
        if not self._may_name(sentence):
            return []
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence)]
        mentions = [Mention(p, s, s + len(_bare(w))) for i, (w, s, e) in enumerate(words)
                    if not w[0].islower()           # "kolonii karnej" (a penal colony) is no Karnei
                    and (p := self._by_surname(_bare(w), words[i - 1][0] if i else "")) is not None]
        if not mentions:
            return []                   # a bare given name needs a relative's surname beside it
        families = {m.person.family for m in mentions}
        for w, s, e in words:
            if w.lower() not in self.by_first:
                continue                # most words: no given name at all
            mention = self._given_only(w, s, e, words, families)
            if mention and not any(m.start <= s < m.end + 2 for m in mentions):
                mentions.append(mention)
        return _dedupe(sorted(mentions, key=lambda m: m.start), sentence)

    def _by_surname(self, word: str, before: str) -> Person | None:
        """The person a surname names: of relatives sharing it, the one whose given name stands
        before it ("Eduard Babaryka", the son), else the first registered."""
        persons = self.by_surname.get(word.lower())
        if not persons:
            return None
        named = [p for p in persons if before.lower() in (f.lower() for f in p.first)]
        return (named or persons)[0]

    def _may_name(self, sentence: str) -> bool:
        """A quick test: some surname form occurs in the lower-cased sentence. A word's lower
        case is a piece of the sentence's, except for the Greek final sigma, so forms with a
        sigma turn the test off."""
        if self._surname_gate is None:
            forms = set(self.by_surname)
            greek = any(c in form for form in forms for c in "σς")
            untestable = greek or not forms or "" in forms
            self._surname_gate = re.compile("" if untestable else word_trie(forms))
        return self._surname_gate.search(sentence.lower()) is not None

    def _given_only(self, word, start, end, words, families) -> Mention | None:
        candidates = [p for p in self.by_first.get(word.lower(), []) if p.family in families]
        if len(candidates) != 1:
            return None
        following = next((w for w, s, _ in words if s > end), "")
        if _bare(following).lower() in self.by_surname or following[:1].isupper():
            return None                 # "Andrzej Duda": a given name before another surname
        return Mention(candidates[0], start, end)


def _bare(word: str) -> str:
    """The word without a possessive ending ('s, ’s or a lone apostrophe)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


_SECOND_SPELLING = re.compile(r"\s*[(\[]\s*(?:[\w’'.-]+\s+){0,2}$")


def _dedupe(mentions: list[Mention], sentence: str) -> list[Mention]:
    """One mention for a given name directly followed by the same person's surname, and for a
    name followed by its other spelling in brackets ("Sergey Tikhanovsky (Siarhei Tsikhanouski)")."""
    out: list[Mention] = []
    for m in mentions:
        gap = sentence[out[-1].end:m.start] if out else ""
        if out and out[-1].person is m.person and (len(gap) <= 2 or _SECOND_SPELLING.fullmatch(gap)):
            closing = m.end + 1 if sentence[m.end:m.end + 1] in ")]" and _SECOND_SPELLING.fullmatch(gap) else m.end
            out[-1] = Mention(m.person, out[-1].start, closing)
        else:
            out.append(m)
    return out


def person_from_table(row: dict, where: str) -> Person:
    """A Person from a TOML table, checking its keys."""
    no_unknown_keys(row, PERSON_KEYS, where, "person key")
    if not row.get("name"):
        raise RulesError(f"{where}: person without 'name'")
    if row.get("gender", "m") not in ("m", "f"):
        raise RulesError(f"{where}: person '{row['name']}': gender must be 'm' or 'f'")
    return Person(name=row["name"], gender=row.get("gender", "m"),
                  family=row.get("family", row["name"].split()[-1].lower()),
                  first=tuple(row.get("first", [row["name"].split()[0]])),
                  surnames=tuple(row.get("surnames", [row["name"].split()[-1]])))


def load_registry(path: Path | None = None) -> Registry:
    """The registry of rules/data/persons.toml, with the spellings and case forms each
    language adds (rules/data/names_<code>.toml), and the Russian and Ukrainian case forms of
    every Cyrillic surname from pymorphy3's dictionaries, in the person's own gender."""
    path = path or DATA / "persons.toml"
    persons = {row.get("name"): person_from_table(row, path.name) for row in read_toml(path).get("person", [])}
    for names in sorted(DATA.glob("names_*.toml")):
        for row in read_toml(names).get("name", []):
            no_unknown_keys(row, {"person", "first", "surnames"}, names.name)
            person = persons.get(row.get("person"))
            if person is None:
                raise RulesError(f"{names.name}: names for unknown person '{row.get('person')}'")
            persons[person.name] = replace(person, first=person.first + tuple(row.get("first", ())),
                                           surnames=person.surnames + tuple(row.get("surnames", ())))
    registry = Registry()
    for person in persons.values():
        registry.add(replace(person, surnames=person.surnames + inflected(person) + transliterated(person)))
    return registry


def transliterated(person: Person) -> tuple[str, ...]:
    """The other Latin spellings of a surname's -ский / -скі / -ський ending, which the English
    press writes -ski, -sky, -skiy, -skii or -skyi ("Byalyatski" -> "Byalyatsky")."""
    out = []
    for form in person.surnames:
        m = _SKI_ENDING.search(form)
        if m and form.isascii():
            out += [form[:m.start()] + ending for ending in _SKI_ENDINGS if ending != m.group(0)]
    return tuple(dict.fromkeys(f for f in out if f not in person.surnames))


_SKI_ENDINGS = ("ski", "sky", "skiy", "skii", "skyi")
_SKI_ENDING = re.compile(r"sk(?:iy|ii|yi|i|y)$")


def inflected(person: Person) -> tuple[str, ...]:
    """Case forms of the person's Cyrillic surnames in their gender ("Тихановская" ->
    "Тихановской", "Тихановскую"; never the husband's "Тихановского")."""
    gender = "masc" if person.gender == "m" else "femn"
    out: list[str] = []
    for form in person.surnames:
        for analyser in _analysers_for(form):
            for parse in analyser.parse(form):
                if _is_surname(parse, gender):
                    out += [f.word for f in parse.lexeme if "plur" not in f.tag
                            and f.tag.gender in (None, gender) and f.word != form.lower()]
    return tuple(dict.fromkeys(out))


def _is_surname(parse, gender: str) -> bool:
    """A reading of the spelling as a surname in the nominative, in the person's gender."""
    tag = parse.tag
    kind = tag.POS == "ADJF" or (tag.POS == "NOUN" and ("Surn" in tag or "Name" in tag))
    return kind and "nomn" in tag and "plur" not in tag and tag.gender in (None, gender)


def _analysers_for(form: str) -> tuple:
    """The dictionaries that may decline a spelling: Ukrainian for its own letters, Russian and
    Ukrainian for Cyrillic shared by both, none for Belarusian (ў, ы, э) or Latin spellings."""
    letters = {c for c in form.lower() if c.isalpha()}
    if not letters <= _CYRILLIC or letters & set("ўыэъ"):
        return ()
    ru, uk = _analysers()
    return (uk,) if letters & set("іїєґ") else (ru, uk)


_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў")


@lru_cache(maxsize=1)
def _analysers() -> tuple:
    import pymorphy3
    return tuple(pymorphy3.MorphAnalyzer(lang=code) for code in ("ru", "uk"))
