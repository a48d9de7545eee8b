"""When a sentence happened: stated dates, weekdays, months, and which baseline event they name.

Order of evidence for a claim (first that applies wins):
  1. a stated date, weekday or month in the claim's own phrase, else the nearest in the sentence;
     "today" or "yesterday" only when the sentence states no other date, and (unless that day
     is a baseline release) only next to a release word and not in a sentence of crossings and
     arrivals, which are told days after the release;
  2. the event's context words named in the sentence (envoy, sanctions item), as learned from
     the seeds;
  3. a date stated by the previous sentence of the paragraph, or by the section heading;
  4. the release in which the other persons the sentence names were freed;
  5. the event of the previous sentence when it was placed otherwise;
  6. the latest baseline event shortly before the publication date;
  7. the publication date itself (a release the baseline does not know).
A claim whose stated date and context words disagree abstains (rules.claims.anchors_disagree).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from rules.lang import FLAGS, Lang, gate, guarded, passes, table_key

STATED = ("explicit", "weekday", "relative")


@dataclass(frozen=True)
class Clue:
    """A time reference in a sentence: a day (explicit or weekday) or a month."""
    kind: str               # explicit | weekday | relative ("today") | month
    start: int
    end: int
    day: date | None = None
    year: int | None = None
    month: int | None = None


@dataclass(frozen=True)
class EventInfo:
    """A baseline event as the resolver needs it."""
    date: date
    terms: frozenset = frozenset()
    destination: str | None = None


@dataclass(frozen=True)
class Placed:
    """The date a claim is about and how it was found."""
    day: date | None
    source: str             # explicit | weekday | relative | month | context | persons | group | carry | published | none
    month: str | None = None    # "YYYY-MM": a stated month that holds no baseline event


def _months_alt(lang: Lang) -> str:
    return lang.alternation(lang.months)


@lru_cache(maxsize=8)
def _date_patterns(lang: Lang) -> dict:
    months = _months_alt(lang)
    ordinal = lang.patterns["ordinal_suffix"].pattern
    joiners = lang.alternation(lang.extra["range_joiners"])
    guard = lang.patterns["month_day_guard"].pattern
    day_month = rf"(?<![\w.])(\d{{1,2}})(?:{ordinal})?(?:\s*(?:{joiners})\s*\d{{1,2}})?\s+({months})\.?(?:,?\s+(\d{{4}}))?(?!\w)"
    month_day = rf"(?:{guard})(?<!\w)({months})\.?\s+(\d{{1,2}})(?:{ordinal})?(?![\d\w])(?:,?\s+(\d{{4}}))?"
    month_year = rf"(?<!\w)({months})\s+(\d{{4}})(?!\w)"
    year_month = rf"(?<![\w.])((?:19|20)\d\d)(?:-\w{{1,8}}|\s+m\.)?\s+({months})(?!\w)"   # "2021-ųjų lapkritį"
    patterns = {"iso": re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)"),
            "dotted": re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(20\d\d)(?!\d)"),
            "day_month": re.compile(day_month, FLAGS),
            "month_day": re.compile(month_day, FLAGS),
            "month_year": re.compile(month_year, FLAGS),
            "year_month": re.compile(year_month, FLAGS),
            "month": re.compile(rf"(?<!\w)({months})(?!\w)", FLAGS),
            "day_range": re.compile(rf"(?<!\d)(\d{{1,2}})(?:{ordinal})?\s*(?:{joiners})\s*(\d{{1,2}})(?!\d)", FLAGS),
            # a month adjective ("сентябрьское освобождение"): its stem and any short ending
            "month_adjective": re.compile(rf"(?<!\w)({lang.alternation(lang.extra['month_adjectives'])})\w{{0,3}}(?!\w)", FLAGS)
            if lang.extra["month_adjectives"] else re.compile(r"(?!)"),
            # times of day, and numbers that name things ("No. 4", "№ 4", "/12"): not counts
            "time": re.compile(rf"(?<!\d)\d{{1,2}}[:.]\d\d(?!\d)|{lang.patterns['numbering'].pattern}|/\d+", FLAGS)}
    return {name: guarded(pattern) for name, pattern in patterns.items()}


@lru_cache(maxsize=8)
def _gates(lang: Lang) -> dict:
    """Gates (rules.lang.gate) of the patterns built on a word table: every match of a month
    pattern holds a month name, of a weekday frame a weekday name."""
    return {"months": gate(lang.months), "weekdays": gate(lang.weekdays),
            "month_adjectives": gate(lang.extra["month_adjectives"])}


@lru_cache(maxsize=8)
def _weekday_pattern(lang: Lang) -> re.Pattern:
    """The weekday frames; a "last" frame ("last Saturday") names its weekday in group `l<i>`."""
    names = lang.alternation(lang.weekdays)
    last = [f for f in lang.extra["weekday_last"] if f]
    frames = [f.replace("{w}", f"(?P<l{i}>{names})") for i, f in enumerate(last)]
    frames += [f.replace("{w}", f"(?P<w{i}>{names})") for i, f in enumerate(lang.weekday_frames)]
    return guarded(re.compile("|".join(f"(?:{f})" for f in frames), FLAGS))


def infer_year(month: int, day: int, published: date | None) -> date | None:
    """The latest date with this month and day not after publication (plus one day); none for
    a date in the weeks just ahead ("the elections on Sunday 26 January", written on 18 January):
    an upcoming day, not one of almost a year ago."""
    if published is None or _upcoming(month, day, published):
        return None
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= published + timedelta(days=1):
            return candidate
    return None


UPCOMING = timedelta(days=60)   # a day without its year this soon after publication is ahead, not past


def _make_day(year, month, day, published) -> date | None:
    try:
        return date(int(year), month, int(day)) if year else infer_year(month, int(day), published)
    except ValueError:
        return None


def _month_of(name: str, lang: Lang) -> int:
    return lang.months[table_key(name).rstrip(".")]


def find_clues(sentence: str, lang: Lang, published: date | None) -> tuple[list[Clue], list]:
    """Time clues of a sentence, and the spans that are dates or times (not counts)."""
    spans = [(m.start(), m.end()) for m in _date_patterns(lang)["time"].finditer(sentence)]
    days = _day_clues(sentence, lang, published)
    clues = [c for c in days if c.kind != "upcoming"]          # an upcoming day dates nothing
    clues += _month_clues(sentence, lang, published, days)
    weekdays = _weekday_clues(sentence, lang, published)
    relative = _relative_day_clues(sentence, lang, published)
    spans += [(c.start, c.end) for c in days + clues + weekdays + relative]
    weekdays = [_on_a_stated_day(w, clues, sentence, lang) for w in weekdays]
    clues += [w for w in weekdays if not _names_a_stated_day(w, clues, sentence)] + relative
    return sorted(clues, key=lambda c: c.start), spans


def _day_clues(sentence, lang, published) -> list[Clue]:
    """Explicit days: ISO and dotted dates, and a day with a month name ("21 June", "June 21")."""
    pats, clues = _date_patterns(lang), []
    if not DIGIT.search(sentence):
        return clues                    # each of these dates has its day in digits
    for m in pats["iso"].finditer(sentence):
        clues.append(Clue("explicit", m.start(), m.end(), _make_day(m[1], int(m[2]), m[3], None)))
    for m in pats["dotted"].finditer(sentence):
        clues.append(Clue("explicit", m.start(), m.end(), _make_day(m[3], int(m[2]), m[1], None)))
    if passes(_gates(lang)["months"], sentence):        # a month name: "21 June", "June 21"
        for m in pats["day_month"].finditer(sentence):
            clues.append(_named_day(m, m[3], _month_of(m[2], lang), m[1], published))
        for m in pats["month_day"].finditer(sentence):
            if not _overlaps(m.start(), [c for c in clues if c.kind != "upcoming"]):
                clues.append(_named_day(m, m[3], _month_of(m[1], lang), m[2], published))
    return [c for c in clues if c.day is not None or c.kind == "upcoming"]


def _named_day(m: re.Match, year, month: int, day, published) -> Clue:
    """A day with a month name; "upcoming" (no day) when it lies in the weeks ahead."""
    found = _make_day(year, month, day, published)
    ahead = not year and _upcoming(month, int(day), published)
    return Clue("upcoming" if ahead else "explicit", m.start(), m.end(), found)


def _upcoming(month: int, day: int, published: date | None) -> bool:
    """Whether this month and day, in the publication's year, lie in the weeks after it."""
    try:
        return published is not None and published + timedelta(days=1) < date(published.year, month, day) \
            <= published + UPCOMING
    except ValueError:
        return False


def _names_a_stated_day(weekday: Clue, days: list[Clue], sentence: str) -> bool:
    """A weekday set beside a date as its apposition ("on Saturday, 21 June", "rugsėjo 11-ąją,
    ketvirtadienį") names that date, not the last such weekday before publication: the date
    decides, even where the writer gave it the wrong weekday. Beside a month whose day is
    spelled out ("Двадцать первого июня, в субботу") it names a day of that month, which the
    month clue stands for."""
    for d in days:
        if d.kind in ("explicit", "month"):
            gap = sentence[weekday.end:d.start] if weekday.end <= d.start else sentence[d.end:weekday.start]
            if _APPOSITION_GAP.fullmatch(gap):
                return True
    return False


def _on_a_stated_day(weekday: Clue, days: list[Clue], sentence: str, lang: Lang) -> Clue:
    """A weekday in a sentence that states a day falling on it, or a range of days one of which
    does ("12–13 December – talks end with the release of 123 on Saturday"), is that day, not
    the last such weekday before publication."""
    for d in days:
        if d.kind != "explicit" or d.day is None:
            continue
        span = _date_patterns(lang)["day_range"].search(sentence, d.start, d.end)
        ends = span.groups() if span else ()       # the days of a range ("12–13 December")
        for day in [d.day] + [_make_day(d.day.year, d.day.month, g, None) for g in ends]:
            if day is not None and day.weekday() == weekday.day.weekday():
                return replace(weekday, day=day)
    return weekday


_APPOSITION_GAP = re.compile(r"[\s,()–—-]*")
DIGIT = re.compile(r"\d")     # a day, a year: any date of digits needs one


def _overlaps(start: int, clues: list[Clue]) -> bool:
    return any(c.start <= start < c.end for c in clues)


def _month_clues(sentence, lang, published, taken) -> list[Clue]:
    named = _month_name_clues(sentence, lang, published, taken)
    return named + _month_adjective_clues(sentence, lang, published, taken + named) + \
        _relative_month_clues(sentence, lang, published)


def _month_name_clues(sentence, lang, published, taken) -> list[Clue]:
    """Months by name: "June 2025", "2025 m. birželio", a bare "in June"."""
    pats, out = _date_patterns(lang), []
    if not passes(_gates(lang)["months"], sentence):
        return out
    with_year = sentence if DIGIT.search(sentence) else ""     # "June 2025", "2025 m. birželio"
    for m in pats["month_year"].finditer(with_year):
        if not _overlaps(m.start(), taken):
            out.append(Clue("month", m.start(), m.end(), None, int(m[2]), _month_of(m[1], lang)))
    for m in pats["year_month"].finditer(with_year):
        if not _overlaps(m.start(), taken + out) and not _overlaps(m.start(2), taken + out):
            out.append(Clue("month", m.start(), m.end(), None, int(m[1]), _month_of(m[2], lang)))
    for m in pats["month"].finditer(sentence):
        name = m.group(1)
        capitalised = lang.extra["month_capitalised"]
        if _overlaps(m.start(), taken + out) or len(name) < lang.extra["bare_month_min_length"] or \
                (capitalised and not name[0].isupper()):
            continue
        if published is not None:
            out.append(_latest_month(m, _month_of(name, lang), published))
    return out


def _month_adjective_clues(sentence, lang, published, taken) -> list[Clue]:
    """"the September release": a month adjective before a release word (not "the October visit")."""
    if published is None or not passes(_gates(lang)["month_adjectives"], sentence):
        return []
    return [_latest_month(m, lang.extra["month_adjectives"][table_key(m.group(1))], published)
            for m in _date_patterns(lang)["month_adjective"].finditer(sentence)
            if not _overlaps(m.start(), taken) and lang.guarded["release"].match(sentence, m.end() + 1)]


def _latest_month(m: re.Match, month: int, published: date) -> Clue:
    """A month named without its year: the latest one not after publication."""
    year = published.year if month <= published.month else published.year - 1
    return Clue("month", m.start(), m.end(), None, year, month)


def _relative_month_clues(sentence, lang, published) -> list[Clue]:
    """"last month", "earlier this month": the month that many months before publication."""
    if published is None or not lang.extra["relative_months"]:
        return []
    return [_month_from(m, published, lang.extra["relative_months"][table_key(m.group(0))])
            for m in _phrases(lang, "relative_months", sentence)]


def _month_from(m: re.Match, base: date, months: int) -> Clue:
    """The month that many months after (before, when negative) the month of `base`."""
    index = base.year * 12 + base.month - 1 + months
    return Clue("month", m.start(), m.end(), None, index // 12, index % 12 + 1)


def offset_clues(sentence: str, lang: Lang, clues: list[Clue], anchor: date | None) -> list[Clue]:
    """"Three months earlier", "the next day": a day or a month counted from `anchor`, the day the
    story last stated, where the phrase opens its sentence or clause (it dates what follows it).
    Nothing after a day the sentence itself states, which the phrase only qualifies ("on Sunday,
    the day after the release")."""
    out = []
    if anchor is None:
        return out
    for table in ("day_offsets", "month_offsets"):
        for m in _phrases(lang, table, sentence):
            if not _OPENS_CLAUSE.search(sentence[:m.start()]) or \
                    any(c.day and c.end <= m.start() for c in clues):
                continue
            offset = lang.extra[table][table_key(m.group(0))]
            out.append(Clue("explicit", m.start(), m.end(), anchor + timedelta(days=offset))
                       if table == "day_offsets" else _month_from(m, anchor, offset))
    return out


_OPENS_CLAUSE = re.compile(r"(?:^|[,;:—–]\s*(?:\w{1,4}\s+)?)\W*$")   # the start, or a break and a short word ("and")


def _weekday_clues(sentence, lang, published) -> list[Clue]:
    if published is None or not passes(_gates(lang)["weekdays"], sentence):
        return []
    out = []
    for m in _weekday_pattern(lang).finditer(sentence):
        group, name = next((g, v) for g, v in m.groupdict().items() if v)
        back = (published.weekday() - lang.weekdays[table_key(name)]) % 7
        if back == 0 and group.startswith("l"):
            back = 7                    # "last Saturday", written on a Saturday: a week before
        out.append(Clue("weekday", m.start(), m.end(), published - timedelta(days=back)))
    return out


def _relative_day_clues(sentence, lang, published) -> list[Clue]:
    """"today", "yesterday": a day counted back from publication; "last weekend": its Saturday."""
    if published is None:
        return []
    days, weekends = lang.extra["relative_days"], lang.extra["relative_weekends"]
    return [Clue("relative", m.start(), m.end(),
                 published + timedelta(days=days[table_key(m.group(0))]))
            for m in _phrases(lang, "relative_days", sentence)] + \
        [Clue("relative", m.start(), m.end(), _weekend_saturday(published, weekends[table_key(m.group(0))]))
         for m in _phrases(lang, "relative_weekends", sentence)]


def _weekend_saturday(published: date, wholly_past: int) -> date:
    """The Saturday of the weekend a phrase names: the latest one begun by publication ("over the
    weekend", 0), or the latest one wholly before the publication day ("last weekend", 1)."""
    back = (published.weekday() - 5) % 7            # days since the latest Saturday
    if wholly_past and back <= 1:                   # published on that weekend: the one before
        back += 7
    return published - timedelta(days=back)


def _phrases(lang: Lang, table: str, sentence: str):
    """The matches of the phrases of a table keyed by phrase in a sentence; most sentences hold
    no phrase's last word ("yesterday", "earlier") and are passed over without the search."""
    if not passes(_phrase_gate(lang, table), sentence):
        return iter(())
    return _phrase_pattern(lang, table).finditer(sentence)


@lru_cache(maxsize=32)
def _phrase_gate(lang: Lang, table: str) -> re.Pattern | None:
    return gate({phrase.split()[-1] for phrase in lang.extra[table]})


@lru_cache(maxsize=32)
def _phrase_pattern(lang: Lang, table: str) -> re.Pattern:
    """Any phrase of a table keyed by phrase ("last month", "yesterday", "last weekend")."""
    return guarded(re.compile(rf"(?<!\w)(?:{lang.alternation(lang.extra[table])})(?!\w)", FLAGS)) \
        if lang.extra[table] else re.compile(r"(?!)")


def pick_clue(clues: list[Clue], position: int) -> Clue | None:
    """The stated clue nearest before `position`, else the nearest after it."""
    before = [c for c in clues if c.start <= position]
    if before:
        return max(before, key=lambda c: c.start)
    return min(clues, key=lambda c: c.start) if clues else None


def match_event(day: date, events: list[EventInfo], slack: int) -> EventInfo | None:
    """The baseline event within `slack` days of `day`."""
    near = [e for e in events if abs((e.date - day).days) <= slack]
    return min(near, key=lambda e: abs((e.date - day).days)) if near else None


def place_clue(clue: Clue, events: list[EventInfo], slack: int) -> Placed:
    """The date a stated clue names: a baseline event when one matches, else the day itself."""
    if clue.kind == "month":
        inside = [e for e in events if (e.date.year, e.date.month) == (clue.year, clue.month)]
        if len(inside) == 1:
            return Placed(inside[0].date, "month")
        return Placed(None, "month", None if inside else f"{clue.year:04d}-{clue.month:02d}")
    event = match_event(clue.day, events, slack)
    return Placed(event.date if event else clue.day, clue.kind)


def place_by_context(candidates: list[set], events: list[EventInfo]) -> Placed | None:
    """The single event every context hint agrees on, if any."""
    sets = [s for s in candidates if s]
    if not sets:
        return None
    common = set.intersection(*sets)
    return Placed(next(iter(common)), "context") if len(common) == 1 else None


def place_by_publication(published: date | None, events: list[EventInfo], window: int) -> Placed:
    """The latest event shortly before publication, else the publication date itself."""
    if published is None:
        return Placed(None, "none")
    before = [e for e in events if timedelta(0) <= published - e.date <= timedelta(days=window)]
    if before:
        return Placed(max(before, key=lambda e: e.date).date, "published")
    return Placed(published, "published")
