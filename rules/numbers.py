"""Numbers in a sentence: digits with separators, number words, bounds and vague quantities.

`find_numbers` returns every quantity with the relation it states about the real number:
"=" exact, ">=" a lower bound ("more than 50"), "<=" an upper bound, "~" an approximation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rules.lang import FLAGS, Lang, gate, guarded, passes, table_key

_DIGITS = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+|\d+)(?:[.,]\d+)?(?![\w/:]|[.,]\d)")


@dataclass(frozen=True)
class Num:
    """One quantity found in a sentence, with its character span."""
    value: int
    relation: str
    start: int
    end: int
    text: str


def _word_alternation(lang: Lang) -> str:
    return lang.alternation([*lang.units, *lang.tens, *lang.scales, lang.dozen, *_fractions(lang)])


@lru_cache(maxsize=8)
def _word_run(lang: Lang) -> re.Pattern:
    word = f"(?:{_word_alternation(lang)})"
    joiners = lang.alternation(_joiners(lang))
    return guarded(re.compile(rf"(?<![\w-]){word}(?:(?:[\s-]+|\s+(?:{joiners})\s+){word})*(?![\w-])", FLAGS))


def _fractions(lang: Lang) -> dict:
    """Words adding a fraction to the number before them (Russian "двух с половиной": 2.5)."""
    return lang.extra.get("fractions", {})


def _joiners(lang: Lang) -> list:
    """Words joining the parts of a number ("one hundred and twenty", Russian "двух с половиной")."""
    return lang.extra["joiners"]


@lru_cache(maxsize=8)
def _bound_pattern(lang: Lang) -> re.Pattern:
    return re.compile(r"(?:^|\W)(" + lang.alternation(lang.bounds) + r")\s+$", FLAGS)


@lru_cache(maxsize=8)
def _vague_pattern(lang: Lang) -> re.Pattern | None:
    if not lang.vague:
        return None
    return guarded(re.compile(rf"(?<!\w)({lang.alternation(lang.vague)})(?!\w)", FLAGS))


def parse_words(text: str, lang: Lang) -> int | None:
    """Value of a run of number words ("fifty-two", "a dozen", "one hundred and twenty")."""
    skip = set(_joiners(lang))
    fractions = _fractions(lang)
    tokens = [t for t in re.split(r"[\s-]+", table_key(text)) if t and t not in skip]
    total = current = 0
    seen_real = False
    for i, tok in enumerate(tokens):
        if tok in lang.scales:
            scale = lang.scales[tok]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
            seen_real = True
        elif tok == lang.dozen:
            current = (current or 1) * 12         # "half a dozen": 6
            seen_real = True
        elif tok in fractions:
            current = current + fractions[tok] if current else fractions[tok]
        elif tok in lang.extra["weak_units"] and (current or tokens[i + 1:i + 2] and tokens[i + 1] in lang.units):
            continue                              # the "a" of "half a dozen", of "a single"
        elif tok in lang.tens or tok in lang.units:
            current += lang.tens.get(tok, lang.units.get(tok, 0))
            seen_real = seen_real or tok not in lang.extra["weak_units"]
    return int(total + current) if seen_real else None


def _negated(text: str, start: int, lang: Lang) -> bool:
    """Whether a negator stands right before a number ("not a single person", "not one Pole"):
    it counts no one."""
    pattern = _negator_pattern(lang)
    return pattern is not None and pattern.search(text[max(0, start - 12):start]) is not None


@lru_cache(maxsize=8)
def _negator_pattern(lang: Lang) -> re.Pattern | None:
    negators = lang.extra["negators"]
    return re.compile(r"(?:^|\W)(?:" + lang.alternation(negators) + r")\s+$", FLAGS) if negators else None


def _relation_before(text: str, start: int, lang: Lang) -> str:
    before = text[max(0, start - 30):start]
    match = _bound_pattern(lang).search(before)
    return lang.bounds[table_key(match.group(1))] if match else "="


def _inside(start: int, spans) -> bool:
    return any(a <= start < b for a, b in spans)


def _digit_numbers(text: str, lang: Lang) -> list[tuple[int, int, int]]:
    """Digit numbers; one followed by a large scale word is multiplied by it ("1,1 тысячи",
    "2 thousand": 1100, 2000), else a decimal (86.8) is a share, never a head count."""
    found = []
    for m in _DIGITS.finditer(text):
        scale = _scale_after(text, m.end(), lang)
        if scale:
            value = float(re.sub(r"[^\d.,]", "", m.group(0)).replace(",", ".")) if m.group(0) != m.group(1) \
                else int(re.sub(r"\D", "", m.group(1)))
            found.append((int(round(value * scale[0])), m.start(), scale[1]))
        elif m.group(0) == m.group(1):
            found.append((int(re.sub(r"\D", "", m.group(1))), m.start(), m.end()))
    return found


def _scale_after(text: str, end: int, lang: Lang) -> tuple[int, int] | None:
    """(value, end) of a scale word of a thousand or more right after a number ("тысячи", "тыс.")."""
    m = _scale_pattern(lang).match(text, end)
    if m is None:
        return None
    value = lang.scales.get(table_key(m.group(1)))
    return (value, m.end()) if value and value >= 1000 else None


@lru_cache(maxsize=8)
def _scale_pattern(lang: Lang) -> re.Pattern:
    return re.compile(rf"\s+({lang.alternation(lang.scales)})(?!\w)\.?", FLAGS)


@lru_cache(maxsize=8)
def _word_gate(lang: Lang) -> re.Pattern | None:
    """Gate (rules.lang.gate) of the number words that give a value alone: without one, every
    run of number words is of weak units ("a"), joiners and fractions, which parse_words
    reads as no number."""
    weak = set(lang.extra["weak_units"])
    return gate({*(u for u in lang.units if u not in weak), *lang.tens, *lang.scales, lang.dozen})


def _word_numbers(text: str, lang: Lang) -> list[tuple[int, int, int]]:
    if not passes(_word_gate(lang), text):
        return []
    found = []
    for m in _word_run(lang).finditer(text):
        for start, end in _compounds(m.group(0), lang):
            value = parse_words(m.group(0)[start:end], lang)
            if value is not None:
                found.append((value, m.start() + start, m.start() + end))
    return found


def _compounds(run: str, lang: Lang) -> list[tuple[int, int]]:
    """The spans of the numbers in a run of number words: a joiner joins one number only after
    a scale or before (or with) a fraction ("one hundred and two", "двух с половиной"), else it coordinates
    two ("one and two of their citizens")."""
    spans, start = [], 0
    fractions = _fractions(lang)
    for j in _joiner_gap(lang).finditer(run):
        before, after = run[:j.start()].split()[-1], run[j.end():].split()[0]
        joiner_fraction = table_key(j.group(0).split()[-1]) in fractions     # uk "з половиною"
        if table_key(before) not in lang.scales and table_key(after) not in fractions and not joiner_fraction:
            spans.append((start, j.start()))
            start = j.end()
    return spans + [(start, len(run))]


@lru_cache(maxsize=8)
def _joiner_gap(lang: Lang) -> re.Pattern:
    return re.compile(rf"\s+(?:{lang.alternation(_joiners(lang))})\s+", FLAGS)


def _vague_numbers(text: str, lang: Lang) -> list[Num]:
    pattern = _vague_pattern(lang)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        relation, value = lang.vague[table_key(m.group(1))]
        found.append(Num(value, relation, m.start(), m.end(), m.group(0)))
    return found


def find_numbers(text: str, lang: Lang, skip: tuple = ()) -> list[Num]:
    """All quantities in `text` outside the `skip` spans (dates, times), in order."""
    digits = _digit_numbers(text, lang)
    taken = [*skip, *((s, e) for _, s, e in digits)]      # a word inside "2 thousand" is no number
    raw = digits + [w for w in _word_numbers(text, lang) if not _inside(w[1], taken)]
    nums = [Num(v, _relation_before(text, s, lang), s, e, text[s:e])
            for v, s, e in raw if not _inside(s, skip) and not _negated(text, s, lang)]
    vague = [n for n in _vague_numbers(text, lang) if not _inside(n.start, taken)]
    return sorted(_one_reading(nums, vague), key=lambda n: n.start)


def _one_reading(nums: list[Num], vague: list[Num]) -> list[Num]:
    """A word that is both a number and a vague plural (Russian "сотни": "over a hundred" or
    "hundreds") is the number after a bound word, else the vague plural; a number inside a
    longer vague phrase is that phrase's ("a few dozen": not 12)."""
    out = list(nums)
    for v in vague:
        inner = [n for n in out if v.start <= n.start and n.end <= v.end and (n.end - n.start) < (v.end - v.start)]
        out = [n for n in out if n not in inner]
        same = next((n for n in nums if (n.start, n.end) == (v.start, v.end)), None)
        if same is None and any(n.start <= v.start and v.end <= n.end for n in nums):
            continue                      # "две тысячи": the scale word of a larger number
        if same is None:
            out.append(v)
        elif same.relation == "=":
            out[out.index(same)] = v
    return out


def satisfies(actual: int, claimed: int, relation: str, tolerance: float = 0.1) -> bool:
    """Whether the real number `actual` is compatible with "`relation` `claimed`"."""
    if relation == ">=":
        return actual >= claimed
    if relation == "<=":
        return actual <= claimed
    if relation == "~":
        return abs(actual - claimed) <= max(1, round(claimed * tolerance))
    return actual == claimed
