"""Sentences in, claims out.

Order per sentence: time clues and numbers are found first; each number is then read as a
remaining count, a nationality count, a release total, or nothing (sub-counts, numbers about
other things); then persons named are read as freed, still held or exiled; a release without a
usable count is kept as a bare "release" claim for new-event detection.

Around the sentences: a heading line (short, no closing punctuation) scopes the date or person
of the lines beneath it until the next heading; tables are read by date columns, a dated caption
or date rows; after all lines, undated release figures are moved off events the article only
recalls ("Recall that ...") and onto a release the article dates itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from rules import events as ev
from rules.lang import FLAGS, Lang, guarded, table_key
from rules.model import Claim
from rules.names import Mention, Registry
from rules.numbers import Num, find_numbers

# a sentence ends after closing punctuation and space, before an opening quote or bracket (if
# any) and a capital letter or digit of any script (checked with str.isupper)
_BOUNDARY = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][»”\"]))\s+[\"«“„(]?(?=\w)")


@dataclass
class Context:
    """Everything extraction needs besides the text: language, persons and baseline events."""
    lang: Lang
    registry: Registry
    events: list = field(default_factory=list)        # [events.EventInfo]
    term_events: dict = field(default_factory=dict)   # concept -> set of event dates
    person_events: dict = field(default_factory=dict) # person name -> freed event date
    slack: int = 1
    window: int = 60
    first_year: int | None = None


@dataclass
class State:
    """What one sentence passes to the next in the same paragraph."""
    carry: ev.Placed | None = None
    person: Mention | None = None
    release: ev.Placed | None = None    # where the last release sentence was placed
    seen_release: bool = False          # the article has reported a release before this point
    over_releases: bool = False         # the previous sentence gave totals over a period
    after_held: bool = False            # the previous sentence told of those still held, not of a release
    named: int = 0                      # how many known persons the previous sentence named
    people: tuple = ()                  # (that sentence, its persons), for a "Both ..." opening the next
    group_opened: bool = False          # the previous sentence named the freed with no count ("Among them are foreigners.")
    last_day: ev.Placed | None = None   # the last day the article stated, in any paragraph
    told: ev.Placed | None = None       # the last release told with its day, in any paragraph


def split_sentences(paragraph: str, lang: Lang) -> list[str]:
    """Sentences of one paragraph, not breaking after the language's abbreviations ("U.S.",
    "Sept.") nor after an initial ("A. Lukashenko")."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(paragraph):
        following = paragraph[m.end()]
        if not (following.isupper() or following.isdigit()):
            continue
        head = paragraph[start:m.start()]
        last = head.split(" ")[-1] if head else ""
        if _is_abbreviation(last, lang) and not _opens_with_a_month(paragraph, m.end(), lang):
            continue                    # "birželio 21 d. Gruodžio 13 d. ...": a new date, a new sentence
        out.append(head.strip())
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    out.append(paragraph[start:].strip())
    return [s for s in out if s]


def _opens_with_a_month(paragraph: str, at: int, lang: Lang) -> bool:
    word = re.match(r"\w+", paragraph[at:at + 20])
    return word is not None and table_key(word.group(0)) in lang.months


def _is_abbreviation(word: str, lang: Lang) -> bool:
    """"U.S.", "Sept.", "г.": a word of the language's abbreviations, or a single capital, before the dot."""
    if not word.endswith("."):
        return False
    stem = word.rstrip(".").lstrip("(\"«“„")
    return (len(stem) == 1 and stem.isupper()) or table_key(stem) in lang.extra["abbreviations"]


def extract_claims(text: str, title: str, published: date | None, ctx: Context) -> list[Claim]:
    """All claims of an article: its title and body, sentence by sentence, plus its tables."""
    release_predicates.cache_clear()    # reused within an article only (no memory across articles)
    claims: list[Claim] = []
    lines = _definition_pairs([ln.strip() for ln in text.splitlines() if ln.strip()])
    headline = State()              # a release the title tells with its day is the body's story
    if title and not any(title.strip() == ln for ln in lines[:3]):
        claims += paragraph_claims(title, published, ctx, in_title=True, state=headline)
    table: list[str] = []
    section, state, previous, question = State(), State(told=headline.told), "", ""
    listing = None                  # the release day a list of the freed below a paragraph tells of
    for line in lines:
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            claims += table_claims(table, published, ctx, previous, listing)
            table = []
        read, question = _answered(question, line, ctx), line
        previous = line
        if (is_heading(line) and not _fact_line(line)) or _dated_label(line, published, ctx):
            section = heading_section(line, published, ctx)
            if section.carry is not None and section.carry.source in ev.STATED:
                state.last_day = section.carry      # a timeline's dated heading
        state = State(section.carry, section.person or state.person, state.release, state.seen_release,
                      last_day=state.last_day, told=state.told, after_held=state.after_held,
                      named=state.named)
        found = paragraph_claims(read, published, ctx, in_title=(line == title.strip()), state=state)
        if not line.startswith(LIST_ITEM):
            listing = release_told(line, found, ctx) or (listing if keeps_the_story(line, found, ctx) else None)
        elif listing:
            found += freed_in_list_item(line, listing, found, ctx)
        claims += found + labelled_country_counts(line, published, ctx, state.carry)
    if table:
        claims += table_claims(table, published, ctx, previous, listing)
    claims = persons_against_the_stated_release(on_the_day_of_the_same_figure(moved_parts(claims)))
    claims = move_off_recalled_events(claims, published, ctx)
    return place_undated_on_new_event(claims, ctx)


def _definition_pairs(lines: list[str]) -> list[str]:
    """A factbox's term and value, extracted as two lines ("Number freed" / "15", "Foreign
    citizens" / "Poland 3, Latvia 2"), read as one labelled line ("Number freed: 15"): a term of
    up to three words without a digit, then a short value with one. A "by the numbers" figure
    on a line of its own reads with the line it heads, when that line has a date or figure of its
    own ("62" / "Prisoners taken to Lithuania on 11 September": "62 Prisoners taken ...")."""
    out: list[str] = []
    for line in lines:
        term = out[-1] if out else ""
        if term and _TERM.fullmatch(term) and is_heading(line) and ev.DIGIT.search(line):
            out[-1] = f"{term}: {line}"
        elif term and _BARE_FIGURE.fullmatch(term) and line[:1].isalpha() and ev.DIGIT.search(line):
            out[-1] = f"{term} {line}"      # the line dates or counts something: not a page's view counter
        else:
            out.append(line)
    return out


_BARE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*")


_TERM = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")


def on_the_day_of_the_same_figure(claims: list[Claim]) -> list[Claim]:
    """A count placed only by the persons named with it, the publication date or context words
    is the count of the release the article dates with that same figure ("freed 123, among them
    Karnei" above "on Saturday, 13 December, 123 were released": not Karnei's June release)."""
    stated = {}
    for c in claims:
        if c.kind == "release_count" and c.placed in ev.STATED and not c.weak:
            stated.setdefault(c.value, set()).add(c.event)
    return [replace(c, event=next(iter(stated[c.value])), placed="carry")
            if c.kind == "release_count" and c.placed in ("persons", "published", "context")
            and len(stated.get(c.value, ())) == 1 and c.event not in stated[c.value] else c
            for c in claims]


def persons_against_the_stated_release(claims: list[Claim]) -> list[Claim]:
    """A count placed only by the persons named with it, in an article that dates its releases
    and none on those persons' day ("freed 123, among them Karnei" over a report of 13 December,
    Karnei freed in June): a candidate, not that release's count."""
    dated = {c.event for c in claims if c.kind in ("release", "release_count") and c.placed in ev.STATED}
    return [replace(c, weak="placed by the persons named with it, on a release the article does not date")
            if c.kind == "release_count" and c.placed == "persons" and not c.weak and dated
            and c.event not in dated else c for c in claims]


def moved_parts(claims: list[Claim]) -> list[Claim]:
    """A count taken to one place, smaller than a total the article gives for the same release
    ("52 freed ... 51 crossed into Lithuania", "114 handed over to Ukraine ... 123 freed in all"),
    is the part that went there: a candidate, not the release's count."""
    totals = {}
    for c in claims:
        if c.kind == "release_count" and not c.weak and isinstance(c.value, int):
            totals[c.event] = max(totals.get(c.event, 0), c.value)
    return [replace(c, weak="a count taken to one place, below the release's total the article gives")
            if c.kind == "release_count" and c.destination not in (None, "?") and not c.weak
            and isinstance(c.value, int) and c.value < totals.get(c.event, 0) else c for c in claims]


def _answered(question: str, line: str, ctx: Context) -> str:
    """A line that answers a "how many" question with a bare number, read with the question's
    words ("Колькі сярод іх грамадзян Літвы?" / "Пяцёра." → "сярод іх грамадзян Літвы Пяцёра."),
    or says yes to a question whether, read after the question as a statement."""
    if not question.rstrip().endswith("?"):
        return line
    whether = ctx.lang.search("polar_question", question)
    if whether and ctx.lang.match("yes_answer", line):   # "Was X among the freed?" / "Yes." → a statement
        return f"{question[:whether.start()]}{question[whether.end():].rstrip()[:-1]}. {line}"
    asked = ctx.lang.guarded["how_many"].match(question)
    if not asked:
        return line
    first = find_numbers(line[:60], ctx.lang)
    lead = line[:first[0].start] if first else ""
    source = _ATTRIBUTION.fullmatch(lead)
    bound = table_key(lead.strip(" —–-")) in ctx.lang.bounds      # "Более 150 человек."
    if not first or (lead.strip(" —–-") and not source and not bound):
        return line
    answer = line[source.start(1):] if source else line   # "— Паводле нашых спісаў — каля сямісот чалавек."
    return f"{question[asked.end():].strip().rstrip('?').strip()} {answer}"


# a short source before an answer's number, set off by a dash or colon ("According to our lists —")
_ATTRIBUTION = re.compile(r"\W*(?:\w+\s+){0,4}\w+\s*[—–:]\s*((?:\w+\s+)?)")

LIST_ITEM = ("- ", "• ", "* ")
_BULLETS = re.escape("".join(item[0] for item in LIST_ITEM))     # for patterns: "\-•\*"
_ITEM_HEAD_END = re.compile(r"\s[–—-]\s|:\s|\(")


def release_told(paragraph: str, claims: list[Claim], ctx: Context) -> str | None:
    """The day of the one release a paragraph reports firmly, when its last sentence does not
    turn to those still held (a list of names below it may then be its freed), or None."""
    told = [c for c in claims if c.kind in ("release", "release_count") and c.event
            and len(c.event) == 10 and not c.weak and c.placed != "published"]
    days = {c.event for c in told}
    if len(days) != 1 or any(c.kind == "remaining_count" for c in claims) or _turns_to_the_held(paragraph, told, ctx.lang):
        return None
    return days.pop()


def _turns_to_the_held(paragraph: str, told: list[Claim], lang: Lang) -> bool:
    """Whether the paragraph, after its last release, speaks of those still held ("..., but the
    leaders of 2020 remain hostages. Here are five of them.")."""
    if not lang.search("remaining", paragraph):
        return False                    # most paragraphs: nothing of the held at all
    sentences = split_sentences(paragraph, lang)
    last = max((i for i, sentence in enumerate(sentences) if any(c.sentence == sentence for c in told)),
               default=len(sentences) - 1)
    release_at = _release_position(sentences[last], lang) or 0
    rest = [sentences[last][release_at:]] + sentences[last + 1:]
    return any(lang.search("remaining", sentence) for sentence in rest)


def keeps_the_story(line: str, found: list[Claim], ctx: Context) -> bool:
    """A paragraph that claims nothing, opens no section and speaks of no one still held
    ("Here is what is known about them so far.") leaves a list below it to the release before."""
    return not found and not is_heading(line) and not ctx.lang.search("remaining", line)


def freed_in_list_item(item: str, day: str, found: list[Claim], ctx: Context) -> list[Claim]:
    """The persons a list item opens with, below a paragraph that reports a release ("Who are
    the freed: - Ihar Karnei – journalist ..."), freed in it: the item's head holds only names
    (capitalised words) and joiners; an item that says someone is still held, or whose persons the item itself gives a
    status, adds nothing."""
    body = item[2:].strip()
    head = _item_head(body)
    mentions = ctx.registry.find(head)
    if not mentions or not _plain_descriptor(head[:mentions[0].start], ctx.lang):
        return []                       # "журналист Анджей Почобут" opens with a descriptor
    if _QUOTE_OPENS.match(body, len(head)):
        return []                       # "- 15:05 X: «My husband is free!»": X speaks
    joiners = {table_key(w) for w in ctx.lang.extra["conjunctions"]}
    names = head[mentions[0].start:]
    only_names = all(w[0].isupper() or table_key(w) in joiners for w in re.findall(r"[\w'’.-]+", names))
    if not only_names or ctx.lang.search("remaining", body) or _says_not_freed(body, ctx.lang):
        return []
    told = {c.person for c in found if c.kind == "person_status"}
    return [Claim("person_status", item, event=day, person=m.person.name, status="freed", placed="carry")
            for m in mentions if m.person.name not in told]


def _says_not_freed(body: str, lang: Lang) -> bool:
    """A list item whose own words deny the release ("..., тады на волю не выйшаў")."""
    return bool(lang.search("not_freed_after", body))


def _item_head(body: str) -> str:
    """A list item up to its first dash, colon or bracket, or a comma that opens a lower-case
    clause or apposition ("Галина Краснянская, у которой ...")."""
    head = body[:m.start()] if (m := _ITEM_HEAD_END.search(body)) else body
    clause = next((c for c in re.finditer(r",\s+(\w)", head) if c.group(1).islower()), None)
    return head[:clause.start()] if clause else head


def _plain_descriptor(words: str, lang: Lang) -> bool:
    """Words before the first name of a list item that only describe the person ("journalist
    and activist of the Union of Poles", "Nobel laureate"): two words or a lower-case phrase,
    with no relative, release, still-held or negated reading."""
    if not words.strip():
        return True
    first = words.split()[0]
    short_or_lower = len(words.split()) <= 2 or first.islower()     # not a sentence ("Warsaw had hoped for X")
    return short_or_lower and len(words.split()) <= 8 and not any(
        lang.search(key, words) for key in ("kin_before", "release", "remaining", "not_freed_before", "hypothetical"))


def move_off_recalled_events(claims: list[Claim], published, ctx: Context) -> list[Claim]:
    """An event the article only recalls as background ("Recall that on 13 December ...") is not
    what its undated release figures are about: those are placed on the publication date."""
    recap = ctx.lang.guarded["recap"]
    recalled = {c.event for c in claims if c.placed in ev.STATED + ("month",) and recap.search(c.sentence)}
    if not recalled or published is None:
        return claims
    stated = {(c.event, c.value) for c in claims if c.kind == "release_count" and c.placed != "published"}
    return [replace(c, event=published.isoformat()) if _other_release(c, recalled, stated)
            else c for c in claims]


def _other_release(claim: Claim, recalled: set, stated: set) -> bool:
    """An undated total, placed on a recalled event only by date, that the article does not
    itself give for that event."""
    return (claim.kind == "release_count" and claim.placed == "published" and claim.destination is None
            and claim.event in recalled and (claim.event, claim.value) not in stated)


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a section heading, a caption or a name."""
    words = line.split()
    return (0 < len(words) <= 6 and not line.startswith(("-", "•", "*", "|"))
            and not re.search(r"[.!?:;,\"”»]$", line))


def _fact_line(line: str) -> bool:
    """A short labelled figure ("Freed: 15", "Number freed: 15"): a fact of the section above it,
    not a heading that opens a section of its own."""
    return _FACT_LINE.fullmatch(line) is not None


_FACT_LINE = re.compile(rf"{_TERM.pattern}:\s+\S.*")      # a factbox's term, a colon, its value


def labelled_country_counts(line: str, published, ctx: Context, carry: ev.Placed | None) -> list[Claim]:
    """A fact line labelled with citizenship whose value pairs countries with counts ("- Foreign
    citizens: Poland 3, Estonia 2"), or a list item of a country and its citizens ("- Poland: 2
    citizens"), read as a cell under such a column header: on the day of the section it stands
    in, or as an undated count of the article."""
    label, colon, value = line.lstrip(_BULLETS_AND_SPACE).partition(":")
    if colon and _TERM.fullmatch(label.strip()) and ctx.lang.search("citizenship_label", label):
        counted = value
    elif colon and line.startswith(LIST_ITEM) and _country_and_its_citizens(label, value, ctx.lang):
        counted = f"{label.strip()} {value.strip()}"       # "- Poland: 2 citizens"
    else:
        return []
    placed = carry if carry is not None and carry.day and carry.source not in ("published", "none") else \
        ev.place_by_publication(published, ctx.events, ctx.window)
    return _counts_by_country(counted, placed, ctx)


def _country_and_its_citizens(label: str, value: str, lang: Lang) -> bool:
    """Whether a list item pairs a country with a count of its citizens, and nothing else."""
    built = _built(lang)
    return built["country"].fullmatch(label.strip()) is not None and built["citizens_count"].fullmatch(value) is not None


_BULLETS_AND_SPACE = "".join(item[0] for item in LIST_ITEM) + " "


def _dated_label(line: str, published, ctx: Context) -> bool:
    """A longer heading that opens with a date and a colon or dash, as a timeline's sections do
    ("11 сентября: 52 человека и одна нейтральная полоса")."""
    if (len(line.split()) > 12 or line.startswith(("-", "•", "*", "|")) or re.search(r"[.!?]$", line)
            or not _LABEL_MARK.search(line)):
        return False
    clues, _ = ev.find_clues(line[:40], ctx.lang, published)
    return bool(clues) and clues[0].start <= 2 and re.match(r"\s*[:—–]", line[clues[0].end:]) is not None


_LABEL_MARK = re.compile(r"[:—–]")   # a cheap test before reading the line's dates


def heading_section(line: str, published, ctx: Context) -> State:
    """What a heading scopes for the lines beneath it: a month or date, a person."""
    clues, _ = ev.find_clues(line, ctx.lang, published)
    carry = None
    if clues and not _is_dateline(clues[0], published):
        placed = ev.place_clue(clues[0], ctx.events, ctx.slack)
        carry = placed if placed.day else None
    mentions = ctx.registry.find(line)
    return State(carry, mentions[0] if len(mentions) == 1 else None)


def _opens_with_dateline(s: "Sentence", placed: ev.Placed, published) -> bool:
    """The page's own date line opening a sentence ("MINSK, 22 November (Reuters) - ..."), not a
    day the sentence states further on ("... returned to Ukraine on Saturday, 22 November")."""
    opening = [c for c in s.clues if c.start < _DATELINE_REACH and c.day == placed.day]
    return bool(opening) and _is_dateline(opening[0], published)


_DATELINE_REACH = 40     # characters: a date line's date comes before its first sentence


def _is_dateline(clue: ev.Clue, published) -> bool:
    """A heading dated within two days of publication is the page's own date line."""
    return bool(clue.day and published and abs((clue.day - published).days) <= 2)


def place_undated_on_new_event(claims: list[Claim], ctx: Context) -> list[Claim]:
    """When the article dates a release the baseline does not know, its undated counts are that
    release's, and so is the same figure placed only by context ("frees 250 as the U.S. drops
    potash curbs" above "250 were released on Thursday, 19 March")."""
    known = {e.date.isoformat() for e in ctx.events}
    releases = [c for c in claims if c.kind in ("release", "release_count") and c.event and c.event not in known]
    new = [c for c in releases if c.placed in ev.STATED]
    # the same figure as a new release, stated or on the publication day ("another 25"), is its
    figures = {c.value: c.event for c in releases if c.value is not None and c.placed in ev.STATED + ("published",)}
    if not new and not figures:
        return claims

    def moved(c: Claim) -> Claim:
        if c.kind not in ("release", "release_count") or c.placed in ev.STATED:
            return c
        if c.value in figures and c.event != figures[c.value]:
            return replace(c, event=figures[c.value], placed="carry")
        return replace(c, event=new[0].event, placed="carry") if new and c.placed == "published" else c
    return [moved(c) for c in claims]


def paragraph_claims(paragraph: str, published, ctx: Context, in_title=False,
                     state: State | None = None) -> list[Claim]:
    """Claims of the sentences of one paragraph, carrying time and persons forward."""
    state, claims = state or State(), []
    previous: list[Claim] = []
    for sentence in split_sentences(paragraph, ctx.lang):
        claims = _refuted(_dated_by_report(claims, previous, sentence, published, ctx), previous, sentence, ctx)
        previous = sentence_claims(sentence, published, ctx, state, in_title)
        claims += previous
    return claims


def _refuted(claims: list[Claim], previous: list[Claim], sentence: str, ctx: Context) -> list[Claim]:
    """A sentence that opens by refuting the one before it ("That was wrong: ...") makes that
    sentence's claims candidates: what the article reports only to deny."""
    if not previous or not ctx.lang.match("refutation", sentence):
        return claims
    refuted = {id(c) for c in previous}
    return [replace(c, weak="a report the article refutes in the next sentence") if id(c) in refuted else c
            for c in claims]


def _dated_by_report(claims: list[Claim], previous: list[Claim], sentence: str, published,
                     ctx: Context) -> list[Claim]:
    """A sentence that only reports the one before it ("Об этом в среду сообщила пресс-служба",
    "This was announced on Wednesday") dates that sentence's undated release: the day of the
    announcement is the day of the pardon it announces."""
    report = ctx.lang.guarded.get("report_back")
    undated = [c for c in previous if c.kind in ("release", "release_count") and c.placed == "published"]
    if (report is None or not undated or not report.search(sentence)
            or _release_position(sentence, ctx.lang) is not None):
        return claims
    clues = [c for c in ev.find_clues(sentence, ctx.lang, published)[0] if c.day is not None]
    if not clues:
        return claims
    placed = ev.place_clue(clues[0], ctx.events, ctx.slack)
    moved = {id(c) for c in undated}
    return [replace(c, event=placed.day.isoformat(), placed=placed.source)
            if id(c) in moved else c for c in claims]


# ---- one sentence -------------------------------------------------------------------------

@dataclass
class Sentence:
    """A sentence with what was found in it."""
    text: str
    clues: list
    nums: list
    release_at: int | None      # position of the first real release verb
    mentions: list
    context: list               # sets of event dates named by context words
    predicates: list = field(default_factory=list)  # (start, real) of each release verb
    arrival: bool = False       # release_at is an arrival with the freed group ("stepped off the bus")
    held_topic: bool = False    # it opens with the group of those still held, told just before
    statuses: dict = field(default_factory=dict)    # each mention's person_status, read once
    compared: list = field(default_factory=list)    # dates named as a comparison ("as in June")


def read_sentence(text: str, published, ctx: Context, state: State) -> Sentence:
    """Find clues, numbers, release verbs, persons and context words in a sentence."""
    clues, spans = ev.find_clues(text, ctx.lang, published)
    offsets = ev.offset_clues(text, ctx.lang, clues, _last_day(state))
    nums = find_numbers(text, ctx.lang, tuple(spans + [(c.start, c.end) for c in offsets]))
    predicates = release_predicates(text, ctx.lang)
    release_at = next((at for at, real in predicates if real), None)
    held = [m.span() for m in ctx.lang.finditer("held_since", text)] if clues else []   # "jailed since 2020"
    compared = _compared_clues(text, clues, ctx.lang) if clues else []
    clues = [c for c in clues if not _speech_date(text, c, release_at, ctx.lang)
             and not any(start <= c.start < end for start, end in held)
             and not ctx.lang.search("other_event_before", text[max(0, c.start - 40):c.start])
             and c not in compared
             and not ctx.lang.guarded["other_event_after"].match(text[c.end:c.end + 60])
             and not _TIMESTAMP_AFTER.match(text, c.end)
             and not _in_other_relative_clause(text, c, predicates, ctx.lang)
             and not _loose_relative_day(text, c, clues, predicates, ctx)]
    clues = [_weekday_of_carried_day(c, state) for c in clues] + _live_entry_time(text, published)
    anaphoric = _anaphoric_weekdays(text, ctx.lang, state) + _anaphoric_days(text, ctx.lang, state, clues) + offsets
    clues = sorted([c for c in clues if not any(a.start <= c.start < a.end for a in anaphoric)] + anaphoric,
                   key=lambda c: c.start)
    arrival = False
    mentions = ctx.registry.find(text)
    if release_at is None and state.seen_release:
        release_at = _release_position(text, ctx.lang, "release_in_context")
        release_at = _group_moved(text, ctx.lang) if release_at is None else release_at
        release_at = _person_moved(text, mentions, ctx.lang) if release_at is None else release_at
        arrival = release_at is not None
    group = state.release or state.told
    negated = bool(predicates) and not any(real for _, real in predicates)   # "among those not freed"
    if group and not state.after_held and not negated and _opens_with_the_group(text, ctx.lang):
        release_at = 0 if release_at is None else release_at
        if not clues and group.source not in ("published", "none"):
            state.carry = _carry_of_the_group(group, state.carry)
    held_topic = state.after_held and _opens_with_the_group(text, ctx.lang)
    return Sentence(text, clues, nums, release_at, mentions, _context_dates(text, ctx), predicates, arrival,
                    held_topic, compared=compared)


def _carry_of_the_group(group: ev.Placed, carry: ev.Placed | None) -> ev.Placed | None:
    """What dates a sentence naming the group just freed ("Among them are ..."): that release,
    unless a date or month stated before outweighs it; it outweighs the persons named (source
    "group"), unless only persons placed it."""
    if group.day and group.source != "persons" and (carry is None or carry.source not in ev.STATED + ("month",)):
        return ev.Placed(group.day, "group")
    return group if carry is None else carry


def _live_entry_time(text: str, published) -> list:
    """A live blog's entry opening with its clock time ("13:47 Siarhei Tsikhanouski is free") tells
    what happened that day: the publication day, as "today" would."""
    m = _LIVE_ENTRY_TIME.match(text)
    return [ev.Clue("relative", m.start(1), m.end(1), published)] if m and published else []


_LIVE_ENTRY_TIME = re.compile(r"\W{0,3}((?:[01]?\d|2[0-3])[:.][0-5]\d)\s+(?=\W*[^\W\d])")

# a clock time right after a date: the time a note or entry was written ("Correction (17 December, 15:10):")
_TIMESTAMP_AFTER = re.compile(r",?\s*\d{1,2}:\d{2}\b")


def _person_moved(text: str, mentions: list, lang: Lang) -> int | None:
    """Where a movement verb takes a person named after it to a country, in the same clause, once
    the article has told of a release ("У вересні Коул вивіз до Литви ... Алеся Бяляцького"): the
    person's release; a person named before the verb is its subject, who may travel freely."""
    if not mentions:
        return None
    for m in lang.finditer("movement", text):
        named = next((x for x in mentions if x.start >= m.end()), None)
        if named is not None and named.start - m.end() <= _MOVED_REACH and \
                not _CLAUSE_BREAK.search(text, m.end(), named.start) and \
                moved_to(_clause_at(text, m.start()), lang) not in (None, "?"):
            return m.start()
    return None


_MOVED_REACH = 60   # characters from a movement verb to the person it takes


def _group_moved(text: str, lang: Lang) -> int | None:
    """Where a group named by its members, or a person with a counted group, is moved abroad,
    once the article has told of a release ("52 people, among them X and Y, ended up in
    Lithuania", "X was taken to the Lithuanian border together with 51 other prisoners"): the
    movement reports their release."""
    group = lang.search("group_ref", text)
    clause = _clause_start(text, max(0, group.start() - 2)) if group else 0
    if group is not None and find_numbers(text[clause:group.start()], lang):
        rest = group.end()              # the group is the count's apposition: "52 people, among them"
    elif group is not None and clause and (moved := _counted_move_before(text[:clause], lang)) is not None:
        return moved                    # "52 crossed into Lithuania, X among them"
    else:
        group = lang.search("comitative", text)
        if group is None or not find_numbers(text[group.end():group.end() + 40], lang):
            return None
        rest = 0                        # "taken to the border together with 51 others": the whole sentence
    move = lang.search("movement", text[rest:])
    if move is None or moved_to(text[rest:], lang) in (None, "?", lang.home):
        return None
    return rest + move.start()


def _counted_move_before(head: str, lang: Lang) -> int | None:
    """Where the clause just before a group's members ("..., X among them") moves a counted group
    abroad ("52 people crossed into Lithuania"), if it does."""
    before = head[_clause_start(head, max(0, len(head) - 2)):]
    move = lang.search("movement", before)
    if move is None or not find_numbers(before[:move.start()], lang) or \
            moved_to(before, lang) in (None, "?", lang.home):
        return None
    return len(head) - len(before) + move.start()


def _opens_with_the_group(text: str, lang: Lang) -> bool:
    """A sentence (or the clause after its colon or dash, or a clause joined on) that opens by
    naming the group just freed ("Among them", "Those freed include", "Our reporters confirm:
    among those handed over today are ...", "Most were Belarusians, and one of them was X")."""
    if lang.search("list_intro", text):
        return True
    group = lang.search("group_ref", text)
    if group is None:
        return False
    joined = _built(lang)["joined_clause_head"].search(text, 0, group.start())
    return group.start() <= 3 or text[:group.start()].rstrip().endswith((":", "–", "—")) or \
        (joined is not None and joined.group(1) == joined.group(1).lower())    # not "and X among them"


def _context_dates(text: str, ctx: Context) -> list:
    """The sets of event dates named by the sentence's context words (envoy, sanctions item)."""
    if not _any_context_term(ctx.lang).search(text):
        return []                       # most sentences: one search instead of one per concept
    return [ctx.term_events.get(concept, set()) for concept, pattern
            in ctx.lang.context_terms.items() if pattern.search(text)]


@lru_cache(maxsize=8)
def _any_context_term(lang: Lang) -> re.Pattern:
    return guarded(re.compile("|".join(f"(?:{p.pattern})" for p in lang.context_terms.values()) or "(?!)", FLAGS))


def _weekday_after_stated_day(claim: Claim, ctx: Context, state: State) -> Claim:
    """A bare weekday that names no baseline release, in an article that stated a release's
    date on that same weekday before ("passed to Ukraine on 13 December" ... "only on Saturday
    did it become clear"): which Saturday it means is unclear, the reading abstains."""
    told = state.last_day
    if claim.placed != "weekday" or claim.weak or not claim.event or len(claim.event) != 10 or \
            told is None or told.day is None or ev.match_event(told.day, ctx.events, ctx.slack) is None:
        return claim
    day = date.fromisoformat(claim.event)
    if ev.match_event(day, ctx.events, ctx.slack) is not None or told.day >= day or \
            told.day.weekday() != day.weekday():
        return claim
    return replace(claim, weak=f"a bare weekday after the article stated {told.day}, the same weekday: "
                                "which one it names is unclear")


def _anaphoric_weekdays(text: str, lang: Lang, state: State) -> list:
    """"that Thursday" names the day the previous sentence dated, else the last day the article
    stated, when that day is a Thursday."""
    day = next((p.day for p in (state.carry, state.last_day) if p is not None and p.day), None)
    if not lang.extra.get("weekday_anaphora") or day is None:
        return []
    return [ev.Clue("weekday", m.start(), m.end(), day) for m in _built(lang)["weekday_anaphora"].finditer(text)
            if lang.weekdays[table_key(m.group(1))] == day.weekday()]


def _weekday_of_carried_day(clue: ev.Clue, state: State) -> ev.Clue:
    """A bare weekday under a dated heading or after a dated sentence names that day when it
    falls on that weekday ("21 June" / "On Saturday Kellogg came to Minsk"), not the last such
    weekday before publication."""
    carry = state.carry
    if clue.kind != "weekday" or carry is None or carry.day is None or carry.source not in ev.STATED:
        return clue
    if carry.day.weekday() != clue.day.weekday() or carry.day >= clue.day:
        return clue
    return ev.Clue("weekday", clue.start, clue.end, carry.day)


def _anaphoric_days(text: str, lang: Lang, state: State, clues: list) -> list:
    """"that evening", "the same day": the day of the sentence before, else the last day the
    article stated, even paragraphs before; nothing after a day the sentence itself states,
    which the phrase repeats ("On 21 June Kellogg came, and the same day 14 walked free")."""
    day = _last_day(state)
    if day is None:
        return []
    return [ev.Clue("explicit", m.start(), m.end(), day) for m in lang.finditer("day_anaphora", text)
            if not any(c.day and c.end <= m.start() for c in clues)]


def _last_day(state: State):
    """The day the sentence before stated or was placed on, else the last day the article stated."""
    return next((p.day for p in (state.carry, state.last_day) if p is not None and p.day), None)


def _in_other_relative_clause(text: str, clue: ev.Clue, predicates: list, lang: Lang) -> bool:
    """A date inside a relative clause without a release or a movement ("X, who in September 2020
    tore up her passport, ...") dates that clause's event, not the sentence's release."""
    start = _clause_start(text, clue.start)
    clause = _clause_at(text, clue.start)
    if not lang.match("relative_pronoun", clause.lstrip()):
        return False
    return not any(start <= at < start + len(clause) for at, _ in predicates) \
        and not lang.search("movement", clause)      # "whom Minsk deported to Ukraine on Saturday"


def _loose_relative_day(text: str, clue: ev.Clue, clues: list, predicates: list, ctx: Context) -> bool:
    """Whether "today"/"yesterday" dates nothing in this sentence: when the sentence states
    another day, which is more exact, unless only "yesterday" stands near a release word
    ("ministers debated on Monday ... after Minsk freed 123 at the weekend"); and, unless that
    day is a baseline release, when the sentence tells of crossings and arrivals (told days
    after the release) or when no release word stands within a few words of it ("X today
    thanked the US for the release of 52")."""
    if clue.kind != "relative":
        return False
    near = _near_a_release(text, clue, predicates)
    stated = [c for c in clues if c.kind in ("explicit", "weekday")]
    if stated and not (near and not any(_near_a_release(text, c, predicates) for c in stated)):
        return True                     # a month is less exact than "yesterday", a stated day more
    if ev.match_event(clue.day, ctx.events, ctx.slack) is not None:
        return False
    announced = any(real and at < clue.start for at, real in predicates) and \
        bool(ctx.lang.search("speech_date_before", text[:clue.start]))   # "pardoned 16, the press service reported today"
    return bool(ctx.lang.search("movement", text)) or not (near or announced)


RELATIVE_DAY_REACH = 4      # words between "today" and the release word it dates ("freed 16 prisoners today")


def _near_a_release(text: str, clue: ev.Clue, predicates: list) -> bool:
    """Whether a date stands within a few words of a real release word."""
    return any(len(re.findall(r"\w+", text[min(at, clue.end):max(at, clue.start)])) <= RELATIVE_DAY_REACH
               for at, real in predicates if real)


def _speech_date(text: str, clue: ev.Clue, release_at: int | None, lang: Lang) -> bool:
    """A date attached to a reporting verb that introduces the release ("said on Monday that four
    were pardoned", "on Monday thanked the US for freeing ...") dates the speech, not the
    release, and so does one after a quotation that holds the release ("'You are pardoned,' he
    told us on Tuesday"). A speech date after the release ("X pardoned 16, his press service said
    on Wednesday") is the announcement of that release and is kept; in a sentence with no
    release, it dates only the speech ("he told supporters on Tuesday"), which a later "on the
    same day" does not refer to."""
    if not _spoken_at(text, clue, lang):
        return False
    if release_at is None or clue.end <= release_at:
        return True
    close = _QUOTE_CLOSES.search(text, release_at, clue.start)     # the quotation holds the release
    return close is not None and _QUOTE_OPENING.search(text, release_at, close.start()) is None


def _spoken_at(text: str, clue: ev.Clue, lang: Lang) -> bool:
    """Whether a reporting verb stands just before the date, or right after it ("X on Monday
    thanked ..."); read within the few words around it."""
    speech = lang.guarded.get("speech_date_before")
    if speech is None:
        return False
    start = max(0, clue.start - _SPEECH_REACH)
    verb_after = re.match(r"\s+\w+", text[clue.end:clue.end + 30])
    return speech.search(text[start:clue.start]) is not None or (
        verb_after is not None and speech.search(text[start:clue.end + verb_after.end()]) is not None)


_SPEECH_REACH = 80      # characters before a date that its reporting verb and object may take


# a closing quotation mark: a typographic one, or a straight one right after a word and its comma;
# and an opening one, which after the release starts a quotation of something else
_QUOTE_CLOSES = re.compile(r"[”»]|(?<=\w[,.!?])[\"’']")
_QUOTE_OPENING = re.compile(r"[“«„]|(?<!\w)[\"‘'](?=\w)")


def _release_position(text: str, lang: Lang, table: str = "release") -> int | None:
    """Where the first real (not future, hoped or negated) release predicate of `table` starts."""
    return next((at for at, real in release_predicates(text, lang, table) if real), None)


@lru_cache(maxsize=1024)
def release_predicates(text: str, lang: Lang, table: str = "release") -> tuple[tuple[int, bool], ...]:
    """(start, real) of each release predicate: real unless its mood is not a report of what
    happened (demanded, discussed, offered, hoped, future, negated: the `unreal` words before it,
    read through quotation marks: "a „first step” towards the release of ...").
    Cached for one article (extract_claims clears it): several readings of a sentence ask for them."""
    pats = lang.guarded
    return tuple((m.start(), not pats["unreal"].search(_QUOTE_MARKS.sub("", text[max(0, m.start() - 40):m.start()])))
            for m in lang.finditer(table, text)
            if not pats["media_before"].search(text[max(0, m.start() - 20):m.start()])
            and not pats["other_agent_before"].search(text[max(0, m.start() - 30):m.start()])
            and not _in_scare_quotes(text, m))


def _in_scare_quotes(text: str, m: re.Match) -> bool:
    """A release word inside a short quoted phrase (the «pardon», «the diplomacy of releases»)
    names a notion, not a release that happened."""
    before = text[:m.start()]
    opening = max(before.rfind("«"), before.rfind("“"), before.rfind("„"))
    if opening == -1 or "»" in before[opening + 1:] or "”" in before[opening + 1:]:
        return False
    closing = min((i for i in (text.find(q, m.end()) for q in "»”") if i != -1), default=-1)
    quoted = text[opening + 1:closing]
    return closing != -1 and len(quoted.split()) <= 3 and not any(c.isdigit() for c in quoted)


def governed_by_unreal(s: "Sentence", n: Num, lang: Lang) -> bool:
    """Whether a count belongs to a release not reported as done: the release predicate
    nearest it is unreal ("called for the release of 1,150"), or its own clause speaks of a
    possible release ("offered on Saturday to let another 900 go free")."""
    if lang.search("hypothetical", _count_clause(s.text, n, lang)) and not _told_in_relative_clause(s, n, lang):
        return True
    if _release_discussed_after(s, n, lang):
        return True
    if all(real for _, real in s.predicates):
        return False
    nearest = min(s.predicates, key=lambda p: abs(p[0] - n.start))
    return not nearest[1]


def _release_discussed_after(s: Sentence, n: Num, lang: Lang) -> bool:
    """The count's release is told in the clause right after it, and that clause only discusses
    or hopes for it ("о 1300 заключенных, освобождение которых обсуждалось")."""
    after = [at for at, _ in s.predicates if at > n.end]
    if not after or any(n.end <= m.start < after[0] for m in s.nums):
        return False
    clause = _clause_at(s.text, after[0])
    relative = any(_relative_word(w, lang) for w in re.findall(r"\w+", clause))
    return relative and _clause_start(s.text, after[0]) > n.end and bool(lang.search("hypothetical", clause))


def _relative_word(word: str, lang: Lang) -> bool:
    """"who", "which", "whose", "которых": a word that opens a relative clause."""
    return bool(lang.match("relative_pronoun", word) or lang.match("whose", word))


def _count_clause(text: str, n: Num, lang: Lang) -> str:
    """A count's clause, without the relative clause that follows the count and describes what
    it counts ("fifteen other prisoners whose names most readers will never learn")."""
    start = _clause_start(text, n.start)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, n.start)), len(text))
    for m in re.finditer(r"\w+", text[n.end:end]):
        if _relative_word(m.group(0), lang):
            return text[start:n.end + m.start()]
    return text[start:end]


def _told_in_relative_clause(s: Sentence, n: Num, lang: Lang) -> bool:
    """The count's own relative clause reports its release as done ("no one should begrudge the
    132 people who walked out of prison"): the modal of the main clause is not its mood."""
    after = [at for at, real in s.predicates if real and at > n.end]
    if not after:
        return False
    between = s.text[n.end:after[0]]
    m = next((m for m in re.finditer(r"\w+", between) if lang.match("relative_pronoun", m.group(0))), None)
    return m is not None and not lang.search("hypothetical", between[m.start():])


def _moved_by_a_named_agent(s: Sentence, n: Num, lang: Lang) -> bool:
    """The first movement after a count, to no place, has a name for its subject ("62 were
    freed, after John Coale brought Lukashenko a letter"): someone else's act, not the count's."""
    move = lang.search("movement", s.text[n.end:])
    words = s.text[n.end:n.end + move.start()].split() if move else []
    return bool(words) and words[-1][:1].isupper()


_CLAUSE_BREAK = re.compile(r"[,;:—–()]\s")
_STATEMENT_BREAK = re.compile(r"[;:]")     # between the statements of one sentence


def _clause_start(text: str, position: int) -> int:
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)), default=0)


def _clause_at(text: str, position: int) -> str:
    """The clause of `text` around `position` (between commas, dashes, brackets ...)."""
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, position)), len(text))
    return text[_clause_start(text, position):end]


def sentence_claims(text, published, ctx: Context, state: State, in_title=False) -> list[Claim]:
    """Claims of one sentence; updates `state` for the next sentence."""
    s = read_sentence(value_first(without_repeated_digits(text, ctx.lang), ctx.lang), published, ctx, state)
    claims = number_claims(s, published, ctx, state, text)
    if s.release_at is None and any(c.kind == "release_count" and c.destination and not c.weak for c in claims):
        s.release_at = _group_listed_at(s, ctx.lang)    # "52 people were sent across the border, among them X"
    claims += person_claims(s, published, ctx, state)
    if s.release_at is not None and not any(c.kind == "release_count" for c in claims):
        placed = place(s, s.release_at, published, ctx, state, True)
        dated = placed.day or placed.month
        over_releases = spans_releases(text, ctx.lang) or ctx.lang.search("in_total", text)
        if dated and not over_releases and reports_release(text, placed, ctx.lang, bool(s.clues)) and \
                not _moves_part_of_the_told_group(s, text, ctx, state):
            claims.append(_claim("release", s, placed, None, "=",
                                 weak=_arrival_day(s, placed, ctx) or anchors_disagree(s, placed, ctx)))
    claims = [_weekday_after_stated_day(_with_title(c, in_title), ctx, state) for c in claims]
    if claims and ctx.lang.search("hedged", text):
        claims = [replace(c, weak="the article gives the figure as unconfirmed or early") for c in claims]
    elif claims and (_QUOTED.fullmatch(text.strip()) or _release_quoted(s)):
        claims = [replace(c, weak="a quoted claim, not the article's own") for c in claims]
    elif claims and _counts_quoted(s):
        claims = [replace(c, weak="a quoted figure, not the article's own") if c.value is not None else c
                  for c in claims]
    elif claims and text.rstrip().endswith("?"):
        claims = [_asked(c, ctx) for c in claims]
    _advance(s, published, ctx, state)
    # a counted group taken abroad ("14 detainees were driven to Vilnius") reports a release too
    state.seen_release = state.seen_release or any(c.kind == "release_count" and not c.weak for c in claims)
    counted = next((c for c in claims if c.kind == "release_count" and c.event and len(c.event) == 10), None)
    if state.release is None and counted is not None:     # "brought 52 to Vilnius. Among them ..."
        state.release = ev.Placed(date.fromisoformat(counted.event), counted.placed)
        state.told = state.release if counted.placed in ev.STATED else state.told
    return claims


def _group_listed_at(s: Sentence, lang: Lang) -> int | None:
    """Where a sentence whose counted group is taken abroad opens the group's list ("..., among
    them X", "42 prisoners, X among them, were bussed to ..."): the move reports their release,
    and the persons listed are among the freed."""
    move = lang.search("movement", s.text)
    if move is None:
        return None
    start = min([move.end()] + [n.end for n in s.nums])     # after the move, or after the count
    group = lang.search("group_ref", s.text[start:])
    return start + group.start() if group else None


def _moves_part_of_the_told_group(s: Sentence, text: str, ctx: Context, state: State) -> bool:
    """An arrival of some of a release's freed told before ("another twenty of them reached
    Vilnius on Thursday"): their journey, not a release of its own."""
    return state.seen_release and (s.arrival or bool(ctx.lang.search("movement", text))) and \
        bool(ctx.lang.search("group_ref", text))


def _asked(claim: Claim, ctx: Context) -> Claim:
    """A claim of a question: what it asks about a person, or a release the baseline does not
    know, is no statement ("Was Poczobut freed?", "Are all the freed in the West today?"); a
    known release it names is presupposed ("Who are the fourteen freed on Saturday?"), unless
    the question asks whether ("Did Minsk free 300 on Saturday?")."""
    known = {e.date.isoformat() for e in ctx.events}
    if claim.kind == "person_status" or (claim.kind in ("release", "release_count") and claim.event not in known) \
            or ctx.lang.search("polar_question", claim.sentence):
        return replace(claim, weak="a question, not a statement")
    return claim


# a text that is wholly a quotation, after at most a short label ("Claim: «...»")
_QUOTED = re.compile(r"(?:[^:«\"“„]{0,40}:\s*)?(?:[«\"“„][^«»\"“”„]+[»\"”]\W*)+")


def _counts_quoted(s: Sentence) -> bool:
    """Whether every number of the sentence stands inside short quotations of a few words: figures
    given as someone else's ('Claim 2: "15 prisoners" or "around 20 prisoners" were let go'; a
    quoted sentence is its speaker's statement)."""
    spans = [m.span() for m in _QUOTE_SPAN.finditer(s.text) if len(m.group(0).split()) <= 4]
    return bool(s.nums) and all(any(a < n.start and n.end < b for a, b in spans) for n in s.nums)


def _release_quoted(s: Sentence) -> bool:
    """Whether every release verb of the sentence stands inside quotation marks: the release is
    told in someone else's words ("posts say Lukashenko «freed 250»")."""
    spans = [m.span() for m in _QUOTE_SPAN.finditer(s.text)]
    starts = [at for at, real in s.predicates if real]
    return bool(starts) and all(any(a < at < b for a, b in spans) for at in starts)


_QUOTE_SPAN = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"]*\"")


def reports_release(text: str, placed: ev.Placed, lang: Lang, dated_here: bool = True) -> bool:
    """Whether a sentence without a count reports a release that happened: a release it does not
    date itself is not reported by a hypothetical sentence ("ready to do so again", "could be
    freed if ...") nor by a release word used only as an attribute ("the freed prisoners")."""
    if placed.source in ev.STATED and dated_here:       # unless its own clause is hypothetical
        first = lang.search("release", text)           # ("to walk free today is impossible")
        return not (first and lang.search("hypothetical", _clause_at(text, first.start())))
    if lang.search("hypothetical", text):
        return False
    return any(not lang.guarded["attributive_before"].search(text[:m.start()])
               for m in lang.finditer("release", text))


_BRACKETED_DIGITS = re.compile(r"\s*\((\d[\d,. ]*)\)")


def without_repeated_digits(text: str, lang: Lang) -> str:
    """"fifty (50) prisoners" as "fifty prisoners": digits in brackets that repeat the number
    just before them (a wire and translation habit) are one number, not two."""
    if "(" not in text:
        return text
    for n in reversed(find_numbers(text, lang)):
        m = _BRACKETED_DIGITS.match(text, n.end)
        if m and int(re.sub(r"\D", "", m[1]) or -1) == n.value:
            text = text[:n.end] + text[m.end():]
    return text


def value_first(text: str, lang: Lang) -> str:
    """A fact-box line "Label: 4" as a phrase ("4 Label", or "Label 4" after a verb); a "by the
    numbers" line "18 — prisoners freed ..." as "18 prisoners freed ..."."""
    text = _NUMBER_DASH_LINE.sub(r"\1\2 ", text, count=1)
    m = lang.match("label_value", text)
    if m is None:
        return text
    nums = find_numbers(m["value"], lang)
    if len(nums) != 1 or nums[0].end - nums[0].start < len(m["value"].strip(" .")):
        return text
    label, value = m["label"].strip(), m["value"].strip(" .")
    if lang.guarded["verb_before"].search(label + " "):
        return f"{label} {value}"               # "Total released: 15" -> "Total released 15"
    return f"{value} {label}"                   # "Poles among them: 3" -> "3 Poles among them"


_NUMBER_DASH_LINE = re.compile(rf"^([\s{_BULLETS}]*)(\d[\d,.]*)\s*[—–]\s+(?=[^\W\d])")


def _advance(s: Sentence, published, ctx: Context, state: State) -> None:
    if s.clues or s.context or any(m.person.name in ctx.person_events for m in s.mentions):
        placed = place(s, len(s.text), published, ctx, State(), True)
        carry_stated = state.carry is not None and state.carry.source in ev.STATED
        confirms = carry_stated and (placed.day == state.carry.day or placed.source == "persons")
        if placed.source not in ("published", "none") and not confirms and \
                (s.predicates or not spans_releases(s.text, ctx.lang)):   # not "watched Minsk since 2020"
            state.carry = placed        # a stated date outlasts a context word naming its release, or other persons
        if placed.source in ev.STATED and placed.day and not _opens_with_dateline(s, placed, published):
            state.last_day = placed
    people = [m for m in s.mentions if not ctx.lang.guarded["relative_after"].match(s.text[m.end:])]
    # an unknown name ends the reference to the last person (nothing to end when there is none)
    if people or s.mentions or (state.person is not None
                                and ctx.lang.guarded["unknown_name"].search(s.text)):
        state.person = people[-1] if people else None
    state.seen_release = state.seen_release or s.release_at is not None
    state.over_releases = spans_releases(s.text, ctx.lang)
    state.group_opened = not s.nums and _opens_with_the_group(s.text, ctx.lang)
    # "Who remains behind bars?" (and its bare answer, "More than a thousand people.")
    state.after_held = not s.predicates and (bool(ctx.lang.search("remaining", s.text)) or (
        state.after_held and bool(s.nums) and len(s.text.split()) <= 6))
    if s.mentions or s.nums:                # a verdict line ("TRUE") keeps the persons named above it
        state.named = len({m.person.name for m in s.mentions})
    state.people = (s, people)
    state.release = (place(s, s.release_at, published, ctx, State(state.carry), True)
                     if s.release_at is not None else None)
    if state.release is not None and state.release.day and state.release.source in ev.STATED:
        state.told = state.release


def _with_title(claim: Claim, in_title: bool) -> Claim:
    if not in_title:
        return claim
    return replace(claim, in_title=True)


# after a date: a dash that makes it the label of a gapped clause of its own ("X walked free in
# the summer, in September — Y"), which dates nothing named before it
_GAPPED_LABEL = re.compile(r"\s*[—–]\s")


def _claim(kind, s: Sentence, placed: ev.Placed, value, relation, **extra) -> Claim:
    return Claim(kind=kind, sentence=s.text, value=value, relation=relation,
                 event=placed.day.isoformat() if placed.day else placed.month, placed=placed.source,
                 **extra)


def place(s: Sentence, position: int, published, ctx: Context, state: State,
          use_persons: bool, exclude: str | None = None, count: Num | None = None) -> ev.Placed:
    """The date a claim at `position` is about (see rules.events for the order); for a count,
    its own clue (see _count_clue); for a person (`exclude`, the one the claim is about), the date
    closing the list of names it stands in, if any (see _date_after_names)."""
    clue = _count_clue(s, count, ctx.lang) if count is not None else (
        exclude is not None and _date_after_names(s, position, ctx.lang)) or ev.pick_clue(
        [c for c in s.clues if c.start <= position or not _GAPPED_LABEL.match(s.text, c.end)], position)
    if exclude is not None:
        clue = _clue_of_own_statement(s, position, clue)
    if exclude is not None or count is not None:
        clue = _compared_date_of(s, count.start if count is not None else position, clue)
    if clue is not None:
        return ev.place_clue(clue, ctx.events, ctx.slack)
    by_words = _placed_by_context(s, ctx, False)
    if by_words:
        return by_words
    carried = state.carry and ev.Placed(state.carry.day, state.carry.source
                                        if state.carry.source in ev.STATED else "carry")
    if carried and state.carry.source in ev.STATED + ("group",):
        return carried                  # a date stated just before, or the group just told, outweighs who else is named
    by_persons = _placed_by_context(s, ctx, use_persons, exclude, _comparison_after(s, count))
    if by_persons:
        return ev.Placed(by_persons.day, "persons")
    return carried or ev.place_by_publication(published, ctx.events, ctx.window)


def _date_after_names(s: Sentence, position: int, lang: Lang):
    """The date that closes a list of names holding the one at `position`, when the sentence
    dates another release before it ("X in June and A, B and C in December": December is A's,
    B's and C's): nothing but names, first names and joins stand between, and no comma just
    before the date (in "A and B, in June C" June is C's)."""
    after = next((c for c in s.clues if c.start >= position), None)
    if after is None or not any(c.start < position for c in s.clues):
        return None
    before = max((c for c in s.clues if c.start < position), key=lambda c: c.start)
    if any(before.end <= at < position for at, real in s.predicates if real):
        return None                     # "the June release that freed X and the September one": X is June's
    gap = s.text[position:after.start]
    for m in s.mentions:                # blank out the names
        if position <= m.start and m.end <= after.start:
            gap = gap[:m.start - position] + " " * (m.end - m.start) + gap[m.end - position:]
    if _COMMA_BEFORE_DATE.search(gap) or _STRONG_BREAK.search(gap):
        return None                     # "X; in September ...": the date opens another clause
    words = _join(lang).sub(" ", gap).split()
    if words and words[-1].islower() and len(words[-1]) <= 4:
        words = words[:-1]              # the date's preposition ("in", "w", "у")
    return after if all(w[:1].isupper() for w in words) else None


_COMMA_BEFORE_DATE = re.compile(r",\s*(?:\w{1,4}\s+){0,2}$")


def _persons_against_the_day(placed: ev.Placed, published, ctx: Context) -> str:
    """Why a count placed only by the persons named with it abstains: the article was published
    on the very day of another release, whose count it more likely is, or before their release."""
    if placed.source != "persons" or published is None:
        return ""
    if placed.day and placed.day > published:
        return "placed by the persons named with it on a release after the article's date"
    today = [e for e in ctx.events if e.date == published]
    if today and today[0].date != placed.day:
        return f"placed by the persons named with it, in a report of the release of {today[0].date}"
    return ""


def _clue_of_own_statement(s: Sentence, position: int, clue):
    """A person's date is in their own statement: "X was freed in June; A and B were freed in
    December" dates A and B by December, not by the June of the statement before the semicolon."""
    if clue is None or clue.start >= position or ";" not in s.text[clue.end:position]:
        return clue
    end = s.text.find(";", position)
    own = [c for c in s.clues if position < c.start < (end if end >= 0 else len(s.text))]
    return own[0] if own else clue


def _compared_clues(text: str, clues: list, lang: Lang) -> list:
    """The dates a sentence names only as a comparison: a month after "as in" ("not to Lithuania,
    as in June"), and the first date of a superlative's or an ordinal's span ("the third and
    largest since June", "the fourth decree since July"). They date no release before them."""
    compared = [c for c in clues
                if c.kind == "month" and lang.search("compared_before", text[max(0, c.start - 40):c.start])]
    for m in lang.finditer("comparison", text):
        compared += [c for c in clues if m.start() <= c.start < m.end()][:1]
    return compared


def _compared_date_of(s: Sentence, position: int, clue):
    """A person or a count named after a date given as a comparison is that date's ("as many as in
    June, when X was let go", "the largest since June, when 14 were freed"), unless a clue of the
    sentence's own stands between them."""
    before = [c for c in s.compared if c.start < position and (clue is None or clue.start < c.start
                                                                or clue.start > position)]
    return max(before, key=lambda c: c.start) if before else clue


def _new_month_of_a_comparison(s: Sentence, n: Num, placed: ev.Placed) -> str:
    """Why a count is too weak to push when its only date is the start of a comparison's span
    in a month that holds no known release ("the sixth wave since July, with 178 released"):
    the count may be of the whole span, not of a release in that month."""
    clue = _compared_date_of(s, n.start, None)
    if not placed.month or clue is None or clue.kind != "month" or f"{clue.year}-{clue.month:02d}" != placed.month:
        return ""
    return "dated only by the start of a comparison's span"


def _comparison_after(s: Sentence, count: Num | None) -> int | None:
    """Where the release a count is compared with begins ("52 crossed, four times as many as in
    June, when X was freed"): the persons named from there on are that release's, not the count's."""
    return next((c.start for c in s.compared if count is not None and c.start > count.end), None)


def _placed_by_context(s: Sentence, ctx: Context, use_persons: bool, exclude: str | None = None,
                       until: int | None = None):
    """The event the sentence's context words (envoy, sanctions item) and freed persons (named
    before `until`) name."""
    hints = list(s.context)
    if use_persons:                     # the freed named, not those the sentence says are still held
        hints += [{ctx.person_events[m.person.name]} for m in s.mentions
                  if m.person.name in ctx.person_events and m.person.name != exclude
                  and (until is None or m.start < until)
                  and person_status(s, m, s.text[m.end:], ctx.lang) != "held"]
    return ev.place_by_context([set(h) for h in hints], ctx.events)


def anchors_disagree(s: Sentence, placed: ev.Placed, ctx: Context) -> str:
    """Why a claim's stated date and its sentence's context words name different releases
    ("on 11 September, as Kellogg visited ..."): the reading abstains, its discrepancy is a
    candidate."""
    if placed.source not in ev.STATED + ("month",) or placed.day is None or not s.context:
        return ""
    context = _statement_context(s, placed.day, ctx)
    by_context = ev.place_by_context([set(h) for h in context], ctx.events) if context else None
    if by_context and by_context.day != placed.day:
        return f"its date names the release of {placed.day}, its context words that of {by_context.day}"
    return ""


def _statement_context(s: Sentence, day, ctx: Context) -> list:
    """The context words of the release a day dates, when the sentence tells of two releases
    ("pardoned 16 on Wednesday, July 2 – eleven days after he freed 14 during Kellogg's visit"):
    those between the releases before and after the one nearest that day."""
    real = [at for at, is_real in s.predicates if is_real]
    at = next((c.start for c in s.clues if c.day == day), None)
    if len(real) < 2 or at is None:
        return s.context
    own = min(real, key=lambda p: abs(p - at))
    start = max((p for p in real if p < own), default=0)
    end = min((p for p in real if p > own), default=len(s.text))
    return _context_dates(s.text[start:end], ctx)


def _count_clue(s: Sentence, n: Num, lang: Lang):
    """The clue of a count: the nearest one in its own phrase, the text between the joins
    ("and", commas) around it ("the 14 freed in June and the 52 in September": June is the
    14's, September the 52's); else the nearest clue before it, else after it, short of a
    semicolon ("123 freed; far above June's 14": June is not the 123's)."""
    respective = _respective_clue(s, n, lang)
    if respective is not None:
        return respective
    start, end = _phrase(s.text, n, lang)
    own = _clues_within(s, start or 0, end)
    if own:
        return min(own, key=lambda c: c.start - n.end if c.start >= n.end else n.start - c.end)
    return ev.pick_clue([c for c in s.clues if ";" not in s.text[n.end:c.start]
                         and not _dates_a_later_count(s, n, c)], n.start)


def _dates_a_later_count(s: Sentence, n: Num, clue) -> bool:
    """Whether a date after a count dates a later count and its own release verb instead ("66
    freed this year, counting the 14 freed on 21 June": June is the 14's)."""
    return clue.start > n.end and any(
        n.end <= m.start and any(m.end <= at < clue.start for at, real in s.predicates if real)
        for m in s.nums if m.end <= clue.start)


def _respective_clue(s: Sentence, n: Num, lang: Lang):
    """The date of a count coordinated with another, when two dates are coordinated the same
    way: they pair in order ("in June and September, Minsk released 14 and 52 prisoners")."""
    counts, dates = _coordinated_pair(s.text, s.nums, lang), _coordinated_pair(s.text, s.clues, lang)
    if counts is None or dates is None or n not in counts:
        return None
    return dates[counts.index(n)]


def _coordinated_pair(text: str, items, lang: Lang):
    """The one pair of neighbouring items (numbers, date clues) joined by nothing but a
    conjunction or a comma; None when there is none, or more than one."""
    items = sorted(items, key=lambda item: item.start)
    pairs = [(a, b) for a, b in zip(items, items[1:])
             if a.end < b.start and _join(lang).fullmatch(text[a.end:b.start])]
    return pairs[0] if len(pairs) == 1 else None


def _elliptic(s: Sentence, previous: Num, n: Num, lang: Lang) -> bool:
    """A bare count joined to a release count before it, in a phrase of its own that holds only
    a date and a word or two: it shares that count's predicate ("... and 52 in September",
    "31 on 7 November, 20 November: another 32")."""
    start, end = _phrase(s.text, n, lang, since=previous.end)
    if start is None:
        return False
    clues = _clues_within(s, start, end)
    rest = s.text[start:end]
    for c in sorted(clues, key=lambda c: c.start, reverse=True) + [n]:
        rest = rest[:c.start - start] + " " + rest[c.end - start:]
    return bool(clues) and len(re.findall(r"\w+", rest)) <= 2


def _phrase(text: str, n: Num, lang: Lang, since: int = 0) -> tuple[int | None, int]:
    """Start and end of the coordinated phrase holding a count: after the last join between
    `since` and it (None when there is none), up to the first join after it (see _join)."""
    join = _join(lang)
    start = max((j.end() for j in join.finditer(text, since, n.start)), default=None)
    end = next((j.start() for j in join.finditer(text, n.end)), len(text))
    return start, end


def _clues_within(s: Sentence, start: int, end: int) -> list:
    return [c for c in s.clues if start <= c.start and c.end <= end]


@lru_cache(maxsize=8)
def _join(lang: Lang) -> re.Pattern:
    """What separates coordinated phrases, each with its own count and date: a comma or
    semicolon, or one of the language's conjunctions or disjunctions ("the 14 freed in June or
    the 52 in September")."""
    conjunctions = lang.alternation(lang.extra["conjunctions"] + lang.extra["disjunctions"])
    return re.compile(rf"\s*(?:[,;]\s*(?:(?:{conjunctions})\s+)?|\s(?:{conjunctions})\s+)", FLAGS)


# ---- numbers ------------------------------------------------------------------------------

def number_claims(s: Sentence, published, ctx: Context, state: State, written: str) -> list:
    """Remaining counts, nationality counts and release totals stated by the numbers
    (`written`: the sentence as written, before a fact-box line is turned into a phrase)."""
    readings, elliptic = _readings(s, ctx, state.named)
    if not readings:
        return []                       # most sentences: skip the sentence-wide patterns below
    out, totals = [], set()         # totals: (event, value) of the counts said to be the release's total
    moving = bool(ctx.lang.search("movement", written))
    cumulative = spans_releases(s.text, ctx.lang) or (
        state.over_releases and bool(ctx.lang.search("list_intro", s.text)))   # "Of them, 24 ..."
    for i, n, (kind, value, country) in readings:
        if kind == "remaining":
            if _remaining_ok(s, n, ctx):
                vague = table_key(n.text) in ctx.lang.vague       # "thousands are still behind bars"
                out.append(_claim("remaining_count", s, ev.Placed(published, "published"), value, n.relation,
                                  weak="a vague quantity, not a count" if vague else ""))
            continue
        if kind == "total" and (governed_by_unreal(s, n, ctx.lang) or _classed_by_trait(s, n, ctx.lang)
                                or _counts_the_sources(s, n, ctx.lang)):
            continue
        linked = moving or i in elliptic or _release_reaches(s, n, ctx.lang) or (
            kind == "nationality" and (_breakdown_after_colon(s, n) or _release_told_before(s, n, state) and (
                state.group_opened or bool(ctx.lang.search("group_ref", s.text))
                or any(is_part_of(s.text, n, m, ctx.lang) for m in s.nums))))
        spans = cumulative or _whole_of_dated_parts(s, n, published, ctx.lang)
        placed = _count_placed(s, n, kind, published, ctx, state) if linked and not spans else None
        if placed is None:
            continue
        dest = destination(s.text, n, s.nums[i + 1:], ctx.lang)
        if dest == "?" and (_told_in_relative_clause(s, n, ctx.lang) or _moved_by_a_named_agent(s, n, ctx.lang)):
            dest = None                 # "we received all 42 people who were freed": moved nowhere in particular
        weak = anchors_disagree(s, placed, ctx) or _placed_across_statements(s, n, placed, ctx) \
            or _arrival_day(s, placed, ctx) or _persons_against_the_day(placed, published, ctx) \
            or _freed_with_the_named(s, n, value, ctx.lang) or _new_month_of_a_comparison(s, n, placed)
        if kind == "nationality":
            out.append(_claim("nationality_count", s, placed, value, n.relation, country=country, weak=weak))
        elif (s.release_at is not None or dest is not None) and not (
                _vague_population(value, n.relation)
                and not (placed.source in ev.STATED and _verb_bound(s.text, n, ctx.lang))):
            out.append(_claim("release_count", s, placed, value, n.relation, destination=dest, weak=weak))
            if not weak and ctx.lang.search("in_total", s.text[max(0, n.start - _TOTAL_REACH):n.start]):
                totals.add((out[-1].event, value))
    return _breakdown_by_place(_parts_of_the_stated_total(out, totals))


def _release_told_before(s: Sentence, n: Num, state: State) -> bool:
    """Whether a release was told before the count: in a sentence before, or earlier in this one
    ("52 political prisoners freed; eight Lithuanian citizens among them")."""
    return state.seen_release or (s.release_at is not None and s.release_at < n.start)


def _whole_of_dated_parts(s: Sentence, n: Num, published, lang: Lang) -> bool:
    """A count followed by a colon or a dash and its parts on different days ("eight Lithuanians
    this year: six on 11 September, two today"): a sum over releases, no one release's count."""
    opening = _BREAKDOWN_OPENS.search(s.text, n.end, n.end + _BREAKDOWN_REACH)
    if opening is None or any(n.end < m.start < opening.start() for m in s.nums):
        return False
    parts = [m for m in s.nums if m.start > opening.start()]
    clues, _ = ev.find_clues(s.text[opening.start():], lang, published)
    return len(parts) >= 2 and len({(c.day, c.year, c.month) for c in clues}) >= 2


_BREAKDOWN_REACH = 60   # characters from a count to the colon or dash that opens its breakdown
_BREAKDOWN_OPENS = re.compile(r":|\s[—–]\s")


def _counts_the_sources(s: Sentence, n: Num, lang: Lang) -> bool:
    """A count of people who speak, in a clause of its own with no release word ("..., two people
    close to the negotiations told Hrodna Free Voice"): the sources, not the freed."""
    people = _built(lang)["people_after"].match(s.text[n.end:])
    if people is None or _governed_by_comitative(s.text, n, lang):
        return False
    rest_at = n.end + people.end()
    start, end = _clause_start(s.text, n.start), rest_at + 60
    if any(start <= at < end for at, real in s.predicates if real):
        return False
    rest = s.text[rest_at:end]
    return any(lang.guarded["speaks_after"].match(rest[w.start():]) for w in re.finditer(r"(?<!\S)\S", rest))


def _governed_by_comitative(text: str, n: Num, lang: Lang) -> bool:
    """A count that follows "along with" ("X, ..., along with 15 other prisoners"), so is no
    subject of a verb after it."""
    before, _ = _before_the_additive(text, n, lang)
    comitative = lang.guarded["comitative"].search(before)
    return comitative is not None and not before[comitative.end():].strip()


def _before_the_additive(text: str, n: Num, lang: Lang) -> tuple[str, re.Match | None]:
    """The words just before a count, up to its additive word if it has one ("X and another 13":
    "X and "), and that word's match."""
    before = text[max(0, n.start - 50):n.start]
    additive = lang.guarded["additive_before"].search(before)
    return (before[:additive.start()] if additive else before), additive


def _classed_by_trait(s: Sentence, n: Num, lang: Lang) -> bool:
    """A count of the freed that opens its sentence and is said, after a dash or colon, to be
    something ("Дзевяць вызваленых — журналісты і блогеры"): a part of a release picked out by a
    trait, not its total. A nationality there is read before this (a nationality count); a
    release word before the count makes the dash an apposition ("вызвалілі 14 чалавек — ...")."""
    if any(at < n.start for at, _ in s.predicates):
        return False
    after = s.text[n.end:n.end + 90]
    link = lang.guarded["people_are"].match(after)
    if not link or not re.search(r"\w\W*[—–:]\s*$", link.group(0)):
        return False
    trait = after[link.end():].lstrip()
    word = re.match(r"[^\W\d_]{4,}", trait)         # a lower-case noun, not a name or a number
    return bool(word) and word.group(0)[0].islower() \
        and not lang.search("release", trait[:40]) and not find_numbers(trait[:40], lang)


_TOTAL_REACH = 25    # characters before a count that may say it is the total ("in total fourteen")


def _parts_of_the_stated_total(claims: list[Claim], totals: set) -> list[Claim]:
    """A sentence that gives a release's total ("X and other 13 were released, in total
    fourteen"): its other, smaller counts of that release are parts of it, candidates."""
    return [replace(c, weak="a part of the total the sentence gives")
            if c.kind == "release_count" and not c.weak and any(e == c.event and isinstance(v, int)
                                                                 and isinstance(c.value, int) and c.value < v
                                                                 for e, v in totals) else c
            for c in claims]


def _breakdown_by_place(claims: list[Claim]) -> list[Claim]:
    """Counts told beside counts taken somewhere are that breakdown's parts ("Ukraine received
    114, a further 9 ended up in Lithuania"): a count with no place of its own then gets an
    unknown one, unless it is the sum of the placed ones (the whole: "123 freed: 114 to
    Ukraine, 9 to Lithuania"); counts taken to different places are candidates."""
    totals = [c for c in claims if c.kind == "release_count"]
    placed = [c.value for c in totals if c.destination is not None]
    if len({c.destination for c in totals if c.destination not in (None, "?")}) > 1:
        claims = [replace(c, weak="one of the counts taken to different places: a part of the release")
                  if c.kind == "release_count" and c.destination not in (None, "?") and not c.weak else c
                  for c in claims]      # "114 to Ukraine, nine to Vilnius"
    if not placed or len(placed) == len(totals):
        return claims
    return [replace(c, destination="?") if c.kind == "release_count" and c.destination is None
            and c.value != sum(placed) else c for c in claims]


def _arrival_day(s: Sentence, placed: ev.Placed, ctx: Context) -> str:
    """Why a stated day the baseline does not know may date a journey, not a release: a
    movement ("arrived in Poland on 17 December") stands nearer to that day than any release
    word of the sentence, in the day's own clause, and no release word earlier in that clause
    makes the two one act ("pardoned 31 and handed them over on Saturday")."""
    if placed.source not in ev.STATED or placed.day is None or \
            ev.match_event(placed.day, ctx.events, ctx.slack) is not None:
        return ""
    clues = [c for c in s.clues if c.day == placed.day]
    moves = [m.start() for m in ctx.lang.finditer("movement", s.text)]
    if not clues or not moves:
        return ""
    def distance(at: int) -> int:
        return min(abs(at - c.start) for c in clues)
    move = min(moves, key=distance)
    clue = min(clues, key=lambda c: abs(move - c.start))
    if _CLAUSE_BREAK.search(s.text, min(move, clue.start), max(move, clue.start)):
        return ""                       # the movement is in another clause than the day
    releases = [at for at, real in s.predicates if real]
    if any(distance(at) < distance(move) for at in releases) or \
            any(at < move and _one_act(s.text[at:move], ctx.lang) for at in releases):
        return ""
    if releases and _moved_by_releaser(s.text[_clause_start(s.text, move):move], ctx.lang):
        return ""                       # "Belarus on Saturday transferred 31 ... after they were pardoned"
    return "the day it states is that of an arrival or crossing, not of a release the baseline does not know"


def _moved_by_releaser(before: str, lang: Lang) -> bool:
    """Whether the first country named in a movement's clause, before the movement, is the one
    that holds the prisoners ("Belarus handed over ..."): a handover by the releasing side is the
    release itself, not a later journey."""
    m = _built(lang)["country"].search(before)
    return m is not None and lang.countries[table_key(m.group(1))] == lang.home


def _one_act(between: str, lang: Lang) -> bool:
    """Whether a release and a movement after it are one act: no clause break between them,
    or the movement's clause is joined to the release's by a conjunction ("pardoned 31, convicted
    in Belarus, and on Saturday handed them over")."""
    if not _CLAUSE_BREAK.search(between):
        return True
    return bool(_built(lang)["joined_clause_end"].search(between))


def _placed_across_statements(s: Sentence, n: Num, placed: ev.Placed, ctx: Context) -> str:
    """Why a count placed only by the freed persons named with it is weak: they are named in
    another statement of the sentence, after a semicolon ("frees 52; Tsikhanouski among them"
    tells of the 52, and says he was one of them: his earlier release does not date them)."""
    if placed.source != "persons":
        return ""
    start = s.text.rfind(";", 0, n.start) + 1
    end = s.text.find(";", n.end)
    end = len(s.text) if end < 0 else end
    if any(start <= m.start < end and m.person.name in ctx.person_events for m in s.mentions):
        return ""
    return "only persons named in another statement of the sentence date it"


def _readings(s: Sentence, ctx: Context, named_before: int = 0) -> tuple[list, set]:
    """(index, number, reading) of the sentence's numbers that count something, and the indexes
    of bare counts that share the release of the count before them; `named_before`: the
    persons the sentence before named."""
    readings, elliptic = [], set()
    for i, n in enumerate(s.nums):
        named = _named_before(s, n, ctx.lang)
        if _counts_the_named(s, n, named) or _counts_those_just_named(s, n, named_before, ctx.lang):
            continue
        reading = read_number(s.text, n, ctx.lang, named, s.nums)
        if reading is None and readings and readings[-1][2][0] == "total" and _elliptic(s, readings[-1][1], n, ctx.lang):
            reading = ("total", n.value, None)     # "14 were freed in June and 52 in September"
            elliptic.add(i)
        if reading is not None:
            readings.append((i, n, reading))
    return readings, elliptic


def _count_placed(s: Sentence, n: Num, kind: str, published, ctx: Context, state: State) -> ev.Placed | None:
    """The release a count is about, or None when it is not one release's count."""
    placed = place(s, n.start, published, ctx, state, True, count=n)
    if ctx.lang.search("in_total", s.text) and placed.source not in ev.STATED and not (
            placed.source == "published" and published and ev.match_event(published, ctx.events, ctx.slack)):
        return None                     # "in total, 189 were freed": over releases, not one (but
                                        # on a release's own day, the total is that release's)
    additive = ctx.lang.search("additive_before", s.text[max(0, n.start - 30):n.start]) and \
        not _counts_the_named_too(s, n, ctx.lang)
    if additive and _further_group(s, n, placed, ctx.lang) and not _dated_apart(placed, state):
        return None
    if placed.source == "published" and kind == "total" and published and additive:
        return ev.Placed(published, "published")   # "pardoned another 25": a further release
    if placed.day is None and not (placed.month and kind == "total"):
        return None                     # a month without a baseline event can only hold a new release
    return placed


def _dated_apart(placed: ev.Placed, state: State) -> bool:
    """A further count with a day or month of its own, other than that of the release told before
    it ("14 freed on 21 June ... In September a further 72 were handed over"): the next release's
    count, not a group of the last."""
    return placed.source in ev.STATED + ("month",) and state.told is not None and placed.day != state.told.day


def _further_group(s: Sentence, n: Num, placed: ev.Placed, lang: Lang) -> bool:
    """An additive count ("another nine", "ещё девять") that is a further group of a release, not
    its total nor a release of its own: one moved somewhere, with no release verb of its own
    ("ещё девять доставлены в Вильнюс", not "another 50 were released and sent to Lithuania"),
    one of the release just told (placed by it), or one whose only release word is its head
    ("ещё 189 освобождённых были выдворены")."""
    moved = lang.search("movement", s.text) and not any(real and at > n.end for at, real in s.predicates)
    return placed.source == "carry" or bool(moved) or _release_only_in_the_head(s, n)


def _counts_the_named_too(s: Sentence, n: Num, lang: Lang) -> bool:
    """"With him, another 15 were freed", "X and another 13": the additive count's others are
    added to the person named with them, and the sum is the release's count."""
    return bool(lang.search("comitative", s.text[:n.start])) or \
        _added_to_the_named(s.text, n, _named_before(s, n, lang), lang)


def _release_only_in_the_head(s: Sentence, n: Num) -> bool:
    """Whether the sentence's only release word is the count's own head ("189 освобождённых",
    "189 freed prisoners"), its predicate another verb."""
    real = [at for at, is_real in s.predicates if is_real]
    return bool(real) and all(at >= n.end and not s.text[n.end:at].strip() for at in real)


def _vague_population(value: int, relation: str) -> bool:
    """A rough figure in the hundreds or thousands is usually a prisoner population, not one release."""
    return value >= 500 and relation != "="


def _verb_bound(text: str, n: Num, lang: Lang) -> bool:
    """The number is the direct count of a release verb: "freed over 500", "about 600 were freed"."""
    pats = lang.guarded
    before = _built(lang)["bound_end"].sub(" ", text[:n.start])
    after = text[n.end:]
    people = _built(lang)["people_after"].match(after)
    return bool(lang.search("verb_before", before) or pats["verb_after"].match(after[people.end():] if people else after))


@lru_cache(maxsize=1024)
def spans_releases(text: str, lang: Lang) -> bool:
    """Whether the sentence counts over a span of releases ("since June", "so far"); a
    comparison ("the biggest release since 2020") is not such a span, nor is the time someone
    was held ("jailed since 2020")."""
    text = lang.guarded["held_since"].sub(" ", lang.guarded["comparison"].sub(" ", text))
    return bool(lang.search("cumulative", text))


def _after_other_counts(s: Sentence, n: Num, start: int) -> int:
    """Where a count's own part of its statement begins: after the clause of a count before it
    ("since 2020 over 3,000 were recognised, and today over 2,000 remain": the span is the
    3,000's, not the 2,000's)."""
    before = [m for m in s.nums if start <= m.start and m.end <= n.start
              and not (1900 <= m.value <= 2100 and m.text.isdigit())]      # a year is no count
    if not before:
        return start
    brk = _CLAUSE_BREAK.search(s.text, before[-1].end, n.start)
    return brk.end() if brk else start


def _remaining_ok(s: Sentence, n: Num, ctx: Context) -> bool:
    """Whether a remaining count is a current one: not future (in its own clause), not a total
    over releases, not dated before the story, all read in its own statement (up to a semicolon
    or colon)."""
    after = s.text[n.end:n.end + 50]
    next_clause = _built(ctx.lang)["joined_clause"].search(after)     # "600 are held, and we will ..."
    near = s.text[max(0, n.start - 60):n.start] + after[:next_clause.start() if next_clause else None]
    start, end = _statement_span(s.text, n)
    start = _after_other_counts(s, n, start)
    statement = s.text[start:end]
    clause_end = next((m.start() for m in _CLAUSE_BREAK.finditer(s.text, n.end, end)), end)
    if ctx.lang.search("future", near) or spans_releases(s.text[start:clause_end], ctx.lang) or \
            ctx.lang.search("in_total", statement):
        return False
    old = [c for c in s.clues if start <= c.start < end
           and (c.year or (c.day.year if c.day else 9999)) < (ctx.first_year or 0)]
    return not old


def _statement_span(text: str, n: Num) -> tuple[int, int]:
    """The statement of a sentence that holds a number: between the semicolons or colons
    around it."""
    start = max(text.rfind(";", 0, n.start), text.rfind(":", 0, n.start)) + 1
    ends = [i for i in (text.find(";", n.end), text.find(":", n.end)) if i != -1]
    return start, min(ends, default=len(text))


def _named_before(s: Sentence, n: Num, lang: Lang) -> int:
    """How many persons are named together before a count: "X and Y, along with 12 others" is
    14; a relative described in between ("X, husband of Y, and 13 others") is not one of them,
    a relative listed with a possessive is ("X, her husband Y and a dozen others"), and so is
    the one an opening "together with him" refers to.
    0 when a head count stands between them and this one: "N others" then adds to that counted
    group ("among the three Poles ... taken with eleven others")."""
    before = [m for m in s.mentions if m.end <= n.start]
    start = before[-1].end if before else 0
    if any(start <= m.start < n.start and _counts_heads(s.text[m.end:], lang) for m in s.nums):
        return 0
    chain = 1
    for a, b in zip(before, before[1:]):
        between = s.text[a.start:b.start]
        link = s.text[a.end:b.start]
        together = lang.match("coordinated", link) and (_possessive_kin_link(link) or not (
            lang.search("kin_before", between) or lang.search("whose_kin_before", between)))
        chain = chain + 1 if together else 1
    if before and chain == len(before) and lang.search("comitative_pronoun", s.text[:before[0].start]):
        chain += 1                      # "Together with him, X and 12 others": he is one more
    elif before and _comitative_just_before(s.text[:before[-chain].start], lang) and \
            _joined_by_conjunction(s.text[before[-1].end:n.start], lang):
        chain += 1                      # "he was freed together with X and 12 others": he is one more
    return chain


def _freed_with_the_named(s: Sentence, n: Num, value: int, lang: Lang) -> str:
    """Why a count is too weak to push when its clause frees persons named after it with it
    ("13 people were freed along with X"): the count may be of the others, X one more, or of
    all of them ("among the 14 released together with X"). Not a count already read with
    the persons named before it ("X and 13 others")."""
    after = next((m for m in s.mentions if m.start >= n.end), None)
    if after is None or value != n.value or not _comitative_just_before(s.text[n.end:after.start], lang) or \
            re.search(r"[.;:—–]", s.text[n.end:after.start]):
        return ""
    return "persons named with the count may be counted in it or not"


def _comitative_just_before(head: str, lang: Lang) -> bool:
    """Whether `head` ends with a comitative and at most a few words of title ("together with
    opposition figure"): the persons named after it, and the count joined to them, are freed
    with someone else, one more (not "вместе с X вышли ещё 13": the count is that one)."""
    last = _last(lang.finditer("comitative", head))
    return last is not None and _TITLE_WORDS.fullmatch(head, last.end()) is not None


def _joined_by_conjunction(link: str, lang: Lang) -> bool:
    """Whether a name and a count are joined by a conjunction ("X and another 12"), not a comma."""
    conjunction = _built(lang)["list_rest"].match(link)
    return conjunction is not None and _TITLE_WORDS.fullmatch(link, conjunction.end()) is not None


_TITLE_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’.-]*){0,3}\s*")


def _last(matches) -> re.Match | None:
    """The last of an iterator of matches, or None."""
    last = None
    for last in matches:
        pass
    return last


def _counts_the_named(s: Sentence, n: Num, named: int) -> bool:
    """A count in apposition to the persons just named counts them, not a release: "A, B and
    C, three prisoners the regime had refused to free" (as many as named, after a comma)."""
    before = [m for m in s.mentions if m.end <= n.start]
    return (named >= 2 and n.value == named and bool(before)
            and bool(_APPOSITION.fullmatch(s.text[before[-1].end:n.start])))


_APPOSITION = re.compile(r"\s*[,:—–]\s*")


def _counts_those_just_named(s: Sentence, n: Num, named_before: int, lang: Lang) -> bool:
    """A bare count opening a sentence, as many as the persons the sentence before named,
    counts them ("Bialiatski, Kalesnikava and Babaryka are free. All three were freed on 13
    December"), not a release."""
    return (named_before >= 2 and n.value == named_before and len(s.text[:n.start].split()) <= 2
            and not _built(lang)["people_after"].match(s.text[n.end:]))


def _counts_heads(after: str, lang: Lang) -> bool:
    """Whether a number counts people: a people noun or a nationality follows it."""
    return bool(_built(lang)["people_after"].match(after) or nationality_after(after[:90], lang))


def read_number(text: str, n: Num, lang: Lang, named: int = 1, nums: list = ()):
    """What a number counts: ("remaining"|"nationality"|"total", value, country) or None;
    `named`: the persons named before it, whom "and N others" adds to N; `nums`: the
    sentence's numbers, so that a spelled whole reads as one ("of the fifty-two freed, ...")."""
    pats = lang.guarded
    after, before = text[n.end:n.end + 90], text[max(0, n.start - 50):n.start]
    if pats["not_people_after"].match(after):
        return None
    if n.value == 1 and not n.text[:1].isdigit() and lang.search("pronoun_one_before", before):
        return None                     # "the one being released", "no one"
    additive = pats["additive_before"].search(before) or pats["more_after"].match(after)
    if additive and (pats["comitative"].search(text[:n.start]) or _added_to_the_named(text, n, named, lang)):
        country = nationality_after(after, lang)    # "with her, five more Lithuanian citizens"
        return ("nationality", n.value + named, country) if country else ("total", n.value + named, None)
    if pats["more_after"].match(after) or _some_of_the_freed(after, lang, n.value == 1):
        return None
    if _is_year(n, after, lang):
        return None
    if _is_remaining(text, n, after, before, lang):
        return ("remaining", n.value, None) if n.value >= 100 else None
    if lang.search("whole_marker", before):
        if _whole_of_a_freed_part(text, n, nums, lang):
            return None
        freed = _attributive_participle(after, lang)        # "among the three freed Poles": a nationality's whole
        country = nationality_after(" " + after[freed.end():] if freed else after, lang)
        if country:
            return ("nationality", n.value, country)
        return _read_total(n, after, before, lang, named)   # "трое из четырнадцати — поляки": 14 is the whole
    # the whole a part is counted from does not take the part's predicate: in "eight of the 52
    # were Lithuanian citizens", the 52 are not Lithuanians
    whole = any(is_part_of(text, m, n, lang) for m in nums)
    linked = (None if whole else pats["people_are"].match(after)) or _attributive_participle(after, lang)
    country = nationality_after(" " + after[linked.end():] if linked else after, lang)
    if linked and country and _citizens_of_several(" " + after[linked.end():], lang):
        return None                     # "14 of the pardoned are citizens of Lithuania, Latvia, ...": no one country's
    if country == lang.home and linked and nationality_after(after, lang) != lang.home:
        country = None                  # "14 detainees from Belarus": where they were held (not
                                        # "five citizens of Belarus", a part of the release)
    if pats["part_after"].match(after):
        country = country or nationality_part(after, text[:n.start], lang)
        return ("nationality", n.value, country) if country else None
    country = country or _country_after_dash(after, lang) or nationality_before(text, n, lang) \
        or _own_citizens(text, n, after, lang) or _country_before_bracket(text, n, lang)
    if country:
        return ("nationality", n.value + (named if _the_others_of_the_named(before, lang) else 0), country)
    subgroup = pats["subgroup_after"].match(after) or (
        linked and pats["subgroup_after"].match(" " + after[linked.end():]))     # "14 osób to obywatele państw obcych"
    if lang.search("part_before", before) or subgroup or \
            lang.search("whole_before", _as_digits(text, _clause_start(text, n.start), n.start, nums)):
        return None                     # a part: "из 52 освобожденных границу пересек 51"
    return _read_total(n, after, before, lang, named)


def _some_of_the_freed(after: str, lang: Lang, one: bool) -> bool:
    """"Two freed prisoners told reporters ...", "one released man, X, refused to leave": a count
    before a bare participle and its noun that counts some of the freed, the speakers or one
    person (`one`: the count is 1), not the release."""
    people = _built(lang)["people_after"].match(after)
    if people is not None and lang.search("release", people.group(0)):
        ends = [people.end()]                               # "two freed prisoners", "двое освобождённых"
    else:
        participle = lang.guarded["verb_after"].match(after)
        if participle is None or len(participle.group(0).split()) != 1:
            return False                # "14 were freed, officials said": the release's own count
        noun_words = _NOUN_WORDS.match(after, participle.end())
        ends = _word_ends(noun_words) if noun_words else []  # "one freed man"
    return one or any(_WORD_NEXT.match(after, end) and lang.guarded["speaks_after"].match(after[end:])
                      for end in ends)  # their own verb, not an inserted "officials said"


def _word_ends(words: re.Match) -> list[int]:
    """Where each word of a match ends."""
    return [words.start() + m.end() for m in re.finditer(r"\S+", words.group(0))]


_NOUN_WORDS = re.compile(r"(?:\s+[^\W\d_][\w-]*){1,2}")
# a word next, not a comma, bracket or dash: a predicate right after a name or a noun
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")


def _added_to_the_named(text: str, n: Num, named: int, lang: Lang) -> bool:
    """"X and another 13 prisoners", "X and 13 more": a count joined by "and" to the persons named
    before it counts the others (not "..., and still 1,100 remain behind bars")."""
    pats, before, after = lang.guarded, text[max(0, n.start - 50):n.start], text[n.end:n.end + 90]
    joined, additive = _before_the_additive(text, n, lang)
    link = pats["plus_one_before"].search(joined)
    after_comma = link is not None and joined[:link.start()].rstrip().endswith(",")
    others = additive is not None and lang.search("others_word", additive.group(0))
    return bool(named and link and (not after_comma or others)     # ", and also other 13 persons"
                and not _is_remaining(text, n, after, before, lang))


def _whole_of_a_freed_part(text: str, n: Num, nums: list, lang: Lang) -> bool:
    """Whether a whole is the one a count of the freed is taken from ("52 освобождённых из
    полутора тысяч осуждённых"): the rest of it were not freed, so it is no release's count."""
    part = next((m for m in reversed(nums) if m.end <= n.start), None)
    return part is not None and n.start - part.end <= 40 and bool(lang.search("release", text[part.end:n.start]))


def _attributive_participle(after: str, lang: Lang) -> re.Match | None:
    """A release participle (or a substantivised one: "освобождённых") between a count and a
    nationality noun: "the two freed Latvians" counts Latvians, the participle is no predicate."""
    for participle in (lang.guarded["verb_after"].match(after), _built(lang)["people_after"].match(after)):
        if participle and nationality_after(" " + after[participle.end():], lang):
            return participle
    return None


def is_part_of(text: str, part: Num, whole: Num, lang: Lang) -> bool:
    """Whether `whole` is the stated whole a part is counted from: "eight of the 52"."""
    if part.end >= whole.start:
        return False
    link = lang.guarded["part_after"].match(text[part.end:whole.start])
    return bool(link) and not text[part.end + link.end():whole.start].strip()


def _as_digits(text: str, start: int, end: int, nums) -> str:
    """text[start:end] with each number in it written in digits ("пятидесяти двух" → "52")."""
    out, at = [], start
    for m in sorted((m for m in nums if start <= m.start and m.end <= end), key=lambda m: m.start):
        out += [text[at:m.start], str(m.value)]
        at = m.end
    return "".join(out) + text[at:end]


def _the_others_of_the_named(before: str, lang: Lang) -> bool:
    """"X walked out with the other two Poles": the count is of the others, X one more of them."""
    link = lang.guarded["plus_one_before"].search(before)
    return link is not None and bool(lang.search("others_word", link.group(0)))


def _read_total(n: Num, after: str, before: str, lang: Lang, named: int = 1):
    pats = lang.guarded
    plus = pats["plus_one_after"].match(after)
    if (plus and pats["plus_one_before"].search(before)) or _the_others_of_the_named(before, lang):
        if not named:
            return None
        country = nationality_after(" " + after[plus.end():] if plus else after, lang)
        if country:                     # "X, together with two other Polish citizens": three Poles
            return ("nationality", n.value + named, country)
        return ("total", n.value + named, None)     # "X and 13 others", "with other 51"
    people = _built(lang)["people_after"].match(after)
    if people:
        return None if lang.search("others_word", people.group(0)) else ("total", n.value, None)
    if lang.search("verb_before", before) and pats["count_end"].match(after):
        return ("total", n.value, None)
    verb = pats["verb_after"].match(after)
    if verb and _built(lang)["citizen_noun"].match(after, verb.end()):
        return None                     # "the three freed citizens": some country's, not the release's
    if verb or lang.search("number_is", before):
        return ("total", n.value, None)
    return None


def _is_year(n: Num, after: str, lang: Lang) -> bool:
    if not (1900 <= n.value <= 2100 and n.text.isdigit() and n.relation == "="):
        return False
    return not _built(lang)["people_after"].match(after)


def _is_remaining(text, n, after, before, lang) -> bool:
    pats = lang.guarded
    if not lang.search("remaining", text) or lang.search("verb_before", before):
        return False                    # "вітаємо звільнення 123 людей, яких ... утримував за ґратами"
    people = _built(lang)["people_after"].match(after)
    if pats["verb_after"].match(after[people.end():] if people else after):
        return False                    # "123 people freed on 13 December - ... everyone still behind bars"
    noun = _built(lang)["remaining_noun_after"].match(after)
    if noun is None and lang.match("remaining", after.lstrip()):
        return True                     # "but 1,100 remain behind bars"
    held = noun and lang.search("remaining", after[:90])
    if held and not _freed_after(after[:90], lang) and not find_numbers(after[noun.end():held.start()], lang):
        return True                     # (not "123 people free, but a thousand still imprisoned")
    clause = text[max(_clause_start(text, n.start), n.start - 90):n.start]   # its own clause, in reach
    opening = noun is not None and _opens_on_the_held(text[:n.start], after[noun.end():], lang)
    label = _term_labelling(text[:n.start])
    return bool(lang.search("remaining", clause) or opening or (label and lang.search("remaining", label))) \
        and not pats["part_after"].match(after) \
        and not nationality_after(after, lang)      # "among the freed there are four Poles"


def _term_labelling(head: str) -> str:
    """The term of a fact line whose value opens with the text after `head`, at most a word
    before it ("- Still imprisoned: about 500 people ..."), or ""."""
    label, colon, value = head.lstrip(_BULLETS_AND_SPACE).rpartition(":")
    return label if colon and _TERM.fullmatch(label.strip()) and len(value.split()) <= 1 else ""


def _opens_on_the_held(before: str, rest: str, lang: Lang) -> bool:
    """A sentence that opens on where the held are and only then, past an aside, gives its first
    number, a count of people that closes its clause: "В тюрьмах Беларуси, по самым осторожным
    оценкам, сейчас находятся около 500 политзаключённых, и ..." (not "..., by many estimates,
    some 200,000 people marched")."""
    return len(before) <= 90 and _CLAUSE_END_AFTER.match(rest) is not None \
        and bool(lang.search("remaining", before)) and not release_predicates(before, lang) \
        and not find_numbers(before, lang)


def _freed_after(after: str, lang: Lang) -> bool:
    """Whether the still-held words only describe the group, set off by commas, and a real
    release predicate follows them: "123 человека, находившиеся в заключении в Беларуси, вышли
    на свободу" (not "1135 за решёткой, 189 выдворены после освобождения")."""
    held = lang.search("remaining", after)
    close = after.find(",", held.end())
    if "," not in after[:held.start()] or close < 0:
        return False
    return any(real and close < at <= close + 30 for at, real in release_predicates(after, lang))


@lru_cache(maxsize=8)
def _built(lang: Lang) -> dict:
    """Patterns built from a language's tables, compiled once per language."""
    pats, cit = lang.patterns, lang.citizen_nouns
    adjs, nouns, countries = (lang.alternation(t) for t in (lang.nat_adjectives, lang.nat_nouns, lang.countries))
    citizens_of = lang.extra["citizens_of"]
    weekdays = lang.alternation(lang.weekdays)
    conjunctions = lang.alternation(lang.extra["conjunctions"])
    table = {
        "people_after": r"^\s*" + pats["people"].pattern,
        "remaining_noun_after": r"^\s*(?:[\w«»\"'-]+\s+){0,2}?" + pats["remaining_noun"].pattern,
        "bound_end": r"(?:\W(?:" + lang.alternation(lang.bounds) + r"))\s*$",
        "adjective_citizens": rf"^\s+({adjs})\s+{cit}\b",
        # the citizens named once for a list: "keturi Lenkijos, du Japonijos ir du Latvijos piliečiai"
        "adjective_shared_citizens": rf"^\s+({adjs})(?=(?:\s*,\s*|\s+(?:{conjunctions})\s+)[\w-]+\s+(?:{adjs})"
                                     rf"(?:(?:\s*,\s*|\s+(?:{conjunctions})\s+)[\w-]+\s+(?:{adjs}))*\s+{cit}\b)",
        "nationality_noun": rf"^\s+({nouns})(?!\w)",
        "citizens_of": citizens_of.replace("{cit}", cit).replace("{countries}", countries),
        "of_its_citizens": pats["of_its_citizens"].pattern.replace("{cit}", cit),
        "of_them_adjective": pats["of_them_adjective"].pattern.replace("{cit}", cit).replace("{adjs}", adjs),
        # "Граждан Литвы / Литовских граждан / Литовцев среди них было восемь"
        "citizens_of_before": rf"(?<!\w)(?:{cit}\s+({countries})|({adjs})\s+{cit}|({nouns}))(?!\w)(?:\s+[\w-]+){{0,5}}\s*$",
        "country": rf"\b({countries})\b",
        "citizens_count": rf"\s*\d{{1,3}}\s+{cit}\s*\.?\s*",      # a list item's value: "2 citizens"
        "citizen_noun": rf"\s*{cit}\b",                          # "the three freed citizens"
        "next_country": rf"\s*(?:,|\s(?:{conjunctions}))\s*(?:{countries})\b",     # "Lithuania, Latvia"
        "country_bracket": rf"(?<!\w)({countries})\s*\(\s*$",       # "Poland (three person)"
        "dash_country": rf"^\s*[—–:]\s*({countries})(?!\w)",      # "і адзін — Эстоніі": the citizens' noun left out
        "country_count": rf"(?<!\w)({countries})(?:\s*[—–:-]\s*|\s+)(\d{{1,3}})(?![\w.,]\d)(?!\w)",   # "Литва — 5", "Estonia 2"
        "place": rf"\b({lang.alternation(_places(lang))})\b",
        "weekday_anaphora": lang.extra.get("weekday_anaphora", "").replace("{w}", f"({weekdays})"),
        # a relative clause after a preposition ("on the day in which", "w dniu, w którym"):
        # an adverbial of time or place with its own subject
        "adverbial_relative": r"(?<!\w)\w{1,3}\s+" + pats["relative_pronoun"].pattern,
        # a relative clause after a comma whose pronoun follows a preposition of one or two words
        # (", thanks to whom", ", благодаря которым"): an adverbial, its antecedent not the freed
        "adverbial_comma_relative": r",\s+(?:[\w-]+\s+){1,2}?" + pats["relative_pronoun"].pattern,
        # a conjunction ("and", "и", "ir"): between two words; opening the last clause after a comma;
        # before a list's rest; joining a kin phrase ("and his wife") to the name after it; before
        # the next subject (its first letter, within three words); between two names
        "conjunction": rf"\s(?:{conjunctions})\s",
        "joined_clause": rf"[,;]\s*(?:{conjunctions})\s",     # where a clause with its own predicate joins on
        "joined_clause_end": rf",\s*(?:{conjunctions})\s[^,;.]*$",
        "joined_clause_head": rf"(?:,\s*(?:{conjunctions})|;)\s+((?:\w+\s+){{0,3}})$",   # ", and the best known of them"
        "list_rest": rf"\s*,?\s*(?:{conjunctions})\s+",
        "joined_kin": rf"\s*(?:,\s*)?(?:{conjunctions})\s+\S+(?:\s+\S+){{0,3}}\s+",
        "conjoined_word": rf"\s(?:{conjunctions})\s+(?:[\w'’-]+\s+){{0,2}}(\w)",
        # between two names of a list: a comma or a conjunction, perhaps a lower-case title, and
        # the next one's first name
        "listed_name": rf"\s*(?:,\s*(?:(?:{conjunctions})\s+)?|\s(?:{conjunctions})\s+)"
                       rf"(?:(?-i:[^\W\d_A-ZА-ЯЁІЎЄҐ])[\w’'-]*\s+){{0,2}}(?:[^\W\d_][\w’'-]*\s+)?",
    }
    return {name: guarded(re.compile(pattern, FLAGS)) for name, pattern in table.items()}


def _country_before_bracket(text: str, n: Num, lang: Lang) -> str | None:
    """The country a bracketed count follows: "citizens of Poland (three person), Latvia (two)"."""
    m = _built(lang)["country_bracket"].search(text[max(0, n.start - 50):n.start])
    if m is None or ")" not in text[n.end:n.end + 20]:
        return None
    return lang.countries[table_key(m.group(1))]


def _country_after_dash(after: str, lang: Lang) -> str | None:
    """"два грамадзяніны Латвіі і адзін — Эстоніі": the country of a count whose citizens' noun is
    left out, after a dash (not the country named before the count)."""
    m = _built(lang)["dash_country"].match(after)
    return lang.countries[table_key(m.group(1))] if m else None


def _citizens_of_several(after: str, lang: Lang) -> bool:
    """Whether "citizens of" names a list of countries ("citizens of Lithuania, Latvia and Poland")."""
    built = _built(lang)
    m = built["citizens_of"].match(after)
    return m is not None and built["next_country"].match(after, m.end()) is not None


def nationality_after(after: str, lang: Lang) -> str | None:
    """The country of "three Poles", "two Latvian citizens", "six citizens of Lithuania"."""
    nouns, adjs, countries, built = lang.nat_nouns, lang.nat_adjectives, lang.countries, _built(lang)
    m = (built["adjective_citizens"].match(after) or built["adjective_shared_citizens"].match(after)) if adjs else None
    if m:
        return adjs[table_key(m.group(1))]
    m = built["nationality_noun"].match(after)
    if m:
        return nouns[table_key(m.group(1))]
    m = built["citizens_of"].match(after)
    return countries[table_key(m.group(1))] if m else None


def nationality_before(text: str, n: Num, lang: Lang) -> str | None:
    """The country of a count that ends its clause after the citizens it counts, a few words
    before: "Граждан Литвы среди них было пятеро", "Литовцев среди них было восемь человек"."""
    after = text[n.end:]
    people = _built(lang)["people_after"].match(after)
    if not _CLAUSE_END_AFTER.match(after[people.end():] if people else after):
        return None
    if people and lang.search("verb_before", text[max(0, n.start - 40):n.start]):
        return None                     # the object of its own verb: "Poles freed as Belarus releases 14 prisoners"
    start = _clause_start(text, n.start)
    m = _built(lang)["citizens_of_before"].search(text[start:n.start])
    if m is None or _counted_right_before(text[max(start, start + m.start() - 30):start + m.start()], lang):
        return None                     # "one of three Polish citizens in the group of 14": three Poles, not 14
    country, adjective, noun = m.groups()
    if noun and table_key(noun) in lang.nat_adjectives and re.match(r"\s+[^\W\d]", m.string[m.end(3):]):
        return None                     # an adjective of another noun: "the Lithuanian border together with 51"
    return lang.countries.get(table_key(country or "")) or lang.nat_adjectives.get(table_key(adjective or "")) \
        or lang.nat_nouns[table_key(noun)]


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;:!?—–]|$)")


def _counted_right_before(before: str, lang: Lang) -> bool:
    """Whether `before` ends on a number, which counts the citizens named next."""
    nums = find_numbers(before, lang)
    return bool(nums) and not before[nums[-1].end:].strip()


def _own_citizens(text: str, n: Num, after: str, lang: Lang) -> str | None:
    """The country of "three freed citizens of its own country", named before the count
    ("МИД Польши сообщил о трех освобожденных гражданах своей страны")."""
    people = _built(lang)["people_after"].match(after)
    rest = " " + after[people.end():] if people else after
    return _last_country(text[:n.start], lang) if _built(lang)["of_its_citizens"].match(rest) else None


def _last_country(before: str, lang: Lang) -> str | None:
    """The country named last in `before`: whose are "its citizens"."""
    found = list(_built(lang)["country"].finditer(before))
    return lang.countries[table_key(found[-1].group(1))] if found else None


def nationality_part(after: str, before: str, lang: Lang) -> str | None:
    """The country of "one of its citizens" (country named before) or "six of them Lithuanian citizens"."""
    adjs, built = lang.nat_adjectives, _built(lang)
    if built["of_its_citizens"].match(after):
        return _last_country(before, lang)
    m = built["of_them_adjective"].match(after)
    if m and _only_the_whole(m.group(1), lang):
        return adjs[table_key(m.group(2))]
    part = lang.guarded["part_after"].match(after)          # "seven of them are citizens of Lithuania"
    link = part and lang.guarded["people_are"].match(after[part.end():])
    return nationality_after(" " + after[part.end() + link.end():], lang) if link else None


def _only_the_whole(between: str, lang: Lang) -> bool:
    """Between "of the" and a nationality, no number, or only the whole the part is taken from
    with a verb between it and the nationality: "eight of the 52 were Lithuanian citizens"
    counts Lithuanians; "one of the three Polish citizens" does not (the three are Polish)."""
    numbers = find_numbers(between, lang)
    if not numbers:
        return True
    whole = numbers[0]
    return (len(numbers) == 1 and not between[:whole.start].strip()
            and bool(lang.guarded["people_are"].match(between[whole.end:])))


def destination(text: str, n: Num, later: list, lang: Lang) -> str | None:
    """Where the counted group was taken ("crossed into Lithuania" -> LT); "?" when unsaid."""
    place = _elided_place(text, n, lang)
    if place:
        return place       # "most went to Ukraine, nine people – to Vilnius"
    aside = _ASIDE_AFTER_COUNT.match(text, n.end)
    if aside and _names_a_part(aside.group(1), lang):
        later = [m for m in later if m.start >= aside.end()]    # "114 freed, among them five Ukrainians, arrived in Ukraine"
    end = later[0].start if later else len(text)
    adverbial = _built(lang)["adverbial_relative"].search(text, n.end, end)
    end = adverbial.start() if adverbial else end     # "... on the day in which Kellogg came to Minsk"
    dash = _DASH_BEFORE.search(text, 0, n.start)     # "taken ... to Ukraine — 114 people": the count restates
    at = dash.start() if dash else n.start          # the clause before the dash, where its movement is
    start = 0 if lang.guarded["movement"].match(text) else _movement_reach(text, at)
    moved = lang.search("movement", text[start:end])
    if moved and start + moved.start() > n.end and lang.search("part_before", text[n.end:start + moved.start()]):
        return None         # "200 were released, most of them bused to Ukraine": a part moved, not the count
    return moved_to(text[start:end], lang)


_DASH_BEFORE = re.compile(r"\s[—–]\s*$")

# an aside set off by commas right after a count ("114 freed, among them five Ukrainians,")
_ASIDE_AFTER_COUNT = re.compile(r"[^,.;:]{0,30},([^,.;:]{1,80}),")


def _names_a_part(aside: str, lang: Lang) -> bool:
    """Whether an aside opens by naming a part of the group before it ("among them five ...")."""
    return bool(lang.match("list_marker", aside.lstrip()) or lang.match("group_ref", aside.lstrip()))


def _elided_place(text: str, n: Num, lang: Lang) -> str | None:
    """The count's own place with its movement verb left out, after a dash or, when a movement
    verb comes earlier in the sentence, without one."""
    for elision, needs_movement in ((_ELIDED_MOVE, False), (_GAPPED_MOVE, True)):
        elided = elision.match(text, n.end)
        place = elided and _built(lang)["place"].match(text, elided.end())
        if (place and not lang.guarded["origin_before"].search(text[n.end:place.start()])
                and (not needs_movement or lang.search("movement", text[:n.start]))):
            return _places(lang)[table_key(place.group(1))]
    return None


def _movement_reach(text: str, at: int) -> int:
    """Where a count's movement phrase may start: 30 characters back, or as far as 60 within
    the count's clause ("Ukraine on Saturday evening received 114 people")."""
    return min(max(0, at - 30), max(0, at - 60, _clause_start(text, at)))


# after a count, its own place with the movement verb left out: "dziewięć osób – do Wilna"
_ELIDED_MOVE = re.compile(r"\s*(?:[^\W\d_]+\s+)?[—–-]\s*[^\W\d_]{1,4}\s+")
# the same without the dash, after a movement verb earlier in the sentence: "most were taken to
# Ukraine, and only nine people to Lithuania"
_GAPPED_MOVE = re.compile(r"\s*(?:[^\W\d_]+\s+)?[^\W\d_]{1,4}\s+")

_PLACES: dict = {}


def _places(lang: Lang) -> dict:
    held = _PLACES.get(id(lang))
    if held is None or held[0] is not lang:
        held = (lang, {**lang.countries, **lang.nat_adjectives})
        _PLACES[id(lang)] = held
    return held[1]


def moved_to(segment: str, lang: Lang) -> str | None:
    """The country after the first movement phrase of `segment` (or before it, in its clause),
    else after a later one ("taken out of Belarusian colonies and driven to the Lithuanian
    border": the first names only where they came from); "?" if none, None if no movement."""
    moves = list(lang.finditer("movement", segment))
    if not moves:
        return None
    first = moves[0]
    return _place_after_movement(segment, first, lang) or _place_before_movement(segment, first, lang) or \
        next(filter(None, (_place_after_movement(segment, m, lang) for m in moves[1:])), "?")


def _place_after_movement(segment: str, m: re.Match, lang: Lang) -> str | None:
    """The first place within the movement's clause after it, not one it comes from."""
    window = segment[m.start():m.start() + 70]
    clause_end = _CLAUSE_BREAK.search(window, m.end() - m.start())
    window = window[:clause_end.start()] if clause_end else window   # not "..., a Belavia lost US sanctions"
    for c in _built(lang)["place"].finditer(window):
        if not lang.guarded["origin_before"].search(segment[:m.start() + c.start()]):
            return _places(lang)[table_key(c.group(1))]
    return None


def _place_before_movement(segment: str, m: re.Match, lang: Lang) -> str | None:
    """A place before the movement verb in its clause ("na Litwę wywieziono 62")."""
    start = max(0, m.start() - _PLACE_BEFORE_REACH, _clause_start(segment, m.start()))
    for c in reversed(list(_built(lang)["place"].finditer(segment[start:m.start()]))):
        if not lang.guarded["origin_before"].search(segment[:start + c.start()]) and \
                not segment[start + c.end():m.start()].strip(" ,")[:1].isdigit():
            return _places(lang)[table_key(c.group(1))]
    return None


_PLACE_BEFORE_REACH = 60   # characters: a place before its movement verb, within the verb's clause


# ---- persons ------------------------------------------------------------------------------

def person_claims(s: Sentence, published, ctx: Context, state: State) -> list[Claim]:
    """Persons said to be freed, still held or in exile."""
    out = []
    for mention, after in _subjects(s, ctx, state):
        status = person_status(s, mention, after, ctx.lang)
        if status is None:
            continue
        released = status in ("freed", "not_freed")
        placed = (place(s, mention.start, published, ctx, state, True, mention.person.name) if released
                  else ev.Placed(published, "published"))
        if released and placed.day is None and placed.month is None:
            continue
        if status == "not_freed" and placed.source not in ev.STATED:
            continue                    # not freed in a release the sentence does not date: says little
        weak = ""
        if status == "freed" and not _in_release_clause(s, mention, ctx.lang):
            weak = "the person is named only near the release, not in its clause"
        elif status == "freed" and placed.day is None and not _month_of_the_release_clause(s, mention):
            weak = "only a month places this release, and it holds no baseline release"
        elif status == "freed" and placed.source == "persons" and mention.person.name in ctx.person_events:
            weak = "only the release of others named with the person places it, against their own"
        out.append(_claim("person_status", s, placed, None, "=", person=mention.person.name,
                          status=status, weak=weak))
    return out


def _month_of_the_release_clause(s: Sentence, mention: Mention) -> bool:
    """Whether the month that places a person's release stands in the release verb's own clause
    ("he released 14 political prisoners last month, including X"), not in another one
    ("In July, X, who was released by Minsk, spoke in Vilnius")."""
    clue = ev.pick_clue(s.clues, mention.start)
    if clue is None or s.release_at is None:
        return False
    low, high = sorted((s.release_at, clue.start))
    return not _MONTH_CLAUSE_BREAK.search(s.text, low, high)


_MONTH_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def _in_release_clause(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """Whether a person is read as freed within a release's own stretch of the sentence: no
    semicolon, dash or bracket stands between the name and a release verb, unless a list
    marker does too ("14 freed; among them X", "freed 14 — including X")."""
    if s.release_at is None or (s.release_at == 0 and not _clause_closed_before(s, mention)):
        return True                     # a list introduced by the previous sentence
    if _heads_item(s, mention) and _HEAD_DASH.fullmatch(s.text[mention.end:s.release_at]):
        return True                     # "- Viktar Babaryka — freed on 11 September": the name the item is about
    if _item_about(s, mention):
        return True                     # "- X, 62 - founder of ...; freed with the group on Saturday"
    low, high = sorted((s.release_at, mention.start))
    if not _STRONG_BREAK.search(s.text[low:high]) or lang.search("list_marker", s.text[max(0, low - 30):high]):
        return True
    if s.release_at < mention.start and _release_in_list_intro(s, lang):
        return True                     # "Among those who walked free on Saturday — X"
    if mention.start < s.release_at and _named_again_after_semicolon(s, mention, lang):
        return True                     # "X, who ran in 2020; he too walked out on Saturday"
    return any(not _STRONG_BREAK.search(s.text[min(at, mention.start):max(at, mention.start)])
               for at, real in s.predicates if real)     # "...; X was among those who walked out"


def _named_again_after_semicolon(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """Whether the clause holding the release opens, after a semicolon, with a pronoun for the
    person, the last one named before it ("X, the banker who ran in 2020; he too walked out")."""
    semicolon = s.text.rfind(";", mention.end, s.release_at)
    if semicolon == -1 or _STRONG_BREAK.search(s.text, semicolon + 1, s.release_at) or \
            any(mention.end <= m.start < semicolon for m in s.mentions):
        return False
    pronoun = lang.guarded["pronoun_subject"].match(s.text[semicolon + 1:s.release_at])
    return pronoun is not None and _gender_fits(pronoun.group(0), mention, lang)


def _clause_closed_before(s: Sentence, mention: Mention) -> bool:
    """Whether the sentence opens with its own release verb and a semicolon closes that clause
    before the name, no colon opening a list first ("14 freed; X was never jailed", not "Freed:
    X; Y")."""
    head = s.text[:mention.start]
    return any(real and at == 0 for at, real in s.predicates) and ";" in head and ":" not in head


def _item_about(s: Sentence, mention: Mention) -> bool:
    """Whether the sentence is a list item that opens with the name and tells of its release
    after it, no other person named between: the item's predicate is the person's."""
    return s.text.lstrip().startswith(LIST_ITEM) and bool(_ITEM_HEAD.fullmatch(s.text[:mention.start])) \
        and mention.end <= s.release_at and not any(mention.end <= m.start < s.release_at for m in s.mentions)


def _release_in_list_intro(s: Sentence, lang: Lang) -> bool:
    """Whether the sentence opens with a list's introduction that holds its release verb
    ("Серед тих, хто 11 вересня вийшов на волю, — X"): the names after it are the freed."""
    intro = lang.guarded["list_intro"].match(s.text)
    return intro is not None and s.release_at is not None and intro.end() > s.release_at


_STRONG_BREAK = re.compile(r"[;—–()]")
_ITEM_HEAD = re.compile(rf"[\s{_BULLETS}]*(?:[\w’'.-]+\s+){{0,2}}")   # a bullet, a first name or two
_HEAD_DASH = re.compile(r"\s*[—–-]\s*")


def _release_reaches(s: Sentence, n: Num, lang: Lang) -> bool:
    """Whether a release predicate of the sentence reaches the count: no semicolon, dash, colon
    or bracket stands between them ("in place of the freed come new ones: 509 this year"), or a
    list marker bridges it ("14 released — including three Poles")."""
    starts = [at for at, real in s.predicates if real] or ([s.release_at] if s.release_at is not None else [])
    def reaches(at: int) -> bool:
        low, high = min(at, n.start), max(at, n.start)
        breaks = _COUNT_BREAK if at < n.start else _STRONG_BREAK   # "N and 12 others: who walked free"
        bridge = s.text[max(0, low - 30):high]      # "среди освобождённых 11 сентября — четверо"
        return not breaks.search(s.text[low:high]) or bool(lang.search("list_marker", bridge)
                                                           or lang.search("group_ref", bridge))
    return any(reaches(at) for at in starts)


_COUNT_BREAK = re.compile(r"[;:—–()]")


def _breakdown_after_colon(s: Sentence, n: Num) -> bool:
    """Whether a count stands in the breakdown after a colon that closes a release with its
    count ("52 freed: seven Lithuanians and Statkevich's refusal")."""
    colon = s.text.rfind(":", 0, n.start)
    return colon > 0 and not _COUNT_BREAK.search(s.text, colon + 1, n.start) and \
        any(at < colon for at, real in s.predicates if real) and any(m.end <= colon for m in s.nums)


def _subjects(s: Sentence, ctx: Context, state: State):
    """Person mentions with the text after each; a leading He/She or "the laureate" refers back,
    and a leading "Both" to the persons the sentence before named."""
    pats = ctx.lang.guarded
    found = [(m, s.text[m.end:]) for m in s.mentions]
    both = pats["plural_subject"].match(s.text) if state.people else None
    if both and not (found and found[0][0].start < both.end()):
        named = _named_not_as_kin(*state.people, ctx.lang)
        if len(named) == 2:
            return [(Mention(m.person, 0, both.end()), s.text[both.end():]) for m in named] + found
    if state.person is None or (found and found[0][0].start < 3):
        return found
    for name in ("pronoun_subject", "epithet_subject"):
        m = pats[name].match(s.text)
        first = found[0][0].start if found else None
        if m and found and (first < m.end() or _FIRST_NAME_GAP.fullmatch(s.text, m.end(), first)):
            continue                    # the name itself is the subject, or the epithet's ("the journalist X")
        if m and _gender_fits(m.group(0), state.person, ctx.lang) and not _pronoun_before_release(s, m.end(), ctx.lang):
            return [(Mention(state.person.person, 0, m.end()), s.text[m.end():])] + found
    return found


def _pronoun_before_release(s: Sentence, start: int, lang: Lang) -> bool:
    """Whether, between the sentence's subject and its release word, another person is named and
    then a pronoun ("She was waiting ... to embrace her husband, X, as he stepped off the bus"):
    the release is that person's."""
    if s.release_at is None or s.release_at <= start:
        return False
    other = next((m for m in s.mentions if start <= m.start and m.end <= s.release_at), None)
    return other is not None and _pronoun_words(lang).search(s.text, other.end, s.release_at) is not None


@lru_cache(maxsize=8)
def _pronoun_words(lang: Lang) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{lang.alternation(lang.extra['pronouns'])})(?!\w)", FLAGS)


# between an epithet and the surname it premodifies: at most a first name ("journalist Ihar Karnei")
_FIRST_NAME_GAP = re.compile(r"\s*(?:[\w.'’-]+\s+)?")


def _gender_fits(subject: str, mention: Mention, lang: Lang) -> bool:
    """Whether a subject ("In June he", "the laureate") may stand for the person: its pronoun,
    the last word, is of the person's gender (a word that is no pronoun fits anyone)."""
    word = subject.strip().split()[-1].lower()
    pronouns = lang.extra["pronouns"]
    return pronouns.get(word, mention.person.gender) == mention.person.gender


def person_status(s: Sentence, mention: Mention, after: str, lang: Lang) -> str | None:
    """freed | not_freed | held | exiled | None for one mention (read once per sentence)."""
    key = (mention.person.name, mention.start, mention.end)
    if key not in s.statuses:
        s.statuses[key] = _read_person_status(s, mention, after, lang)
    return s.statuses[key]


def _read_person_status(s: Sentence, mention: Mention, after: str, lang: Lang) -> str | None:
    if lang.guarded["relative_after"].match(after) or _name_quoted(s.text, mention):
        return None
    described = _own_apposition(s, mention, after, lang)
    held = _held(s, mention, after, described, lang)
    if held is not None:
        return held or None
    if _exiled(s, mention, lang.guarded["exiled"]):
        return "exiled"
    if s.release_at is None or _not_the_freed(s, mention, after, described, lang):
        return None
    if _release_negated(s, mention, lang):
        return "not_freed"              # "X was not among those freed on Saturday"
    return "freed"


def _name_quoted(text: str, mention: Mention) -> bool:
    """A name alone in quotation marks is the name as a word ("«муж Светланы» turned into
    «Светлану Тихановскую»"), not the person."""
    closes = text[mention.end:mention.end + 1] in ("»", "”", "“", '"')
    return closes and bool(_QUOTE_BEFORE_NAME.search(text, 0, mention.start))


def _held(s: Sentence, mention: Mention, after: str, described: str, lang: Lang) -> str | None:
    """"held" when the sentence says the person is still held; "" when a held phrase near the
    name describes someone else; None when it says nothing of it."""
    pats = lang.guarded
    if any(pats["held"].match(rest) for rest in _after_relative_clause(s, mention, described, lang, len(after) - len(described))):
        return "held"                   # "X, [a former banker,] who shared the 2022 prize, remains in prison"
    if _heads_item(s, mention) and _predicate_held(s, mention, after, lang):
        return "held"                   # "- X — the flautist who led the protests remains in a colony"
    if _shares_held_predicate(s, mention, lang):
        return "held"                   # "X and Y remain behind bars"
    if _held_after_conjunction(s, mention, described, lang):
        return "held"                   # "X was left out of Saturday's release and remains in a colony"
    if _among_the_held(s, mention, lang):
        return "held"                   # "..., but 1,100 remain behind bars, among them X"
    if _held_after_restrictive_clause(s, mention, after, lang):
        return "held"                   # "the blogger whose arrest started it all remains behind bars"
    if _held_only_in_own_apposition(after, described, lang):
        return None                     # "X, the best-known face of the protests still in prison, walked free"
    past_clause = re.sub(r"^,[^,]{1,120},", ",", after)
    if pats["held"].search(after[:70]) or pats["held"].search(past_clause[:70]):
        return "held" if pats["held"].match(described) or _held_right_after(s, mention, after, lang) else ""
    own = _own_text(s, mention)[:200]
    relative = lang.search("held_relative", own)
    if lang.search("held_before", s.text[max(0, mention.start - 120):mention.start]) or \
            lang.search("held_apposition", after) or (relative and not _of_kin(own[:relative.start()], lang)):
        return "held"
    return None


def _held_after_restrictive_clause(s: Sentence, mention: Mention, after: str, lang: Lang) -> bool:
    """A held predicate right after a relative clause set off by no comma ("X whose arrest
    started it all remains behind bars"): the subject's own, when the clause is short and holds
    no punctuation, number, other person or speech."""
    first = re.match(r"\s+(\w+)", after)
    if not first or not _relative_word(first.group(1), lang):
        return False
    for word in re.finditer(r"\s(?=\w)", after[first.end():first.end() + _RESTRICTIVE_REACH]):
        clause = after[:first.end() + word.start()]
        if lang.guarded["held"].match(after[len(clause):]):
            return not re.search(r"[,;:()\d—–]", clause) and not lang.search("speaks_after", clause) and \
                not any(mention.end < m.start <= mention.end + len(clause) for m in s.mentions)
    return False


_RESTRICTIVE_REACH = 50     # characters of a relative clause between a subject and its predicate


def _held_only_in_own_apposition(after: str, described: str, lang: Lang) -> bool:
    """A held phrase inside the person's own apposition, whose predicate after it is a release:
    the apposition tells how things stood before, the predicate what happened."""
    apposition = after[:len(after) - len(described)]
    held = apposition and (lang.match("held_apposition", after) or lang.search("held", apposition))
    at = _release_position(described, lang) if held else None
    return at is not None and _OWN_PREDICATE_GAP.fullmatch(described, 0, at) is not None


def _held_right_after(s: Sentence, mention: Mention, after: str, lang: Lang) -> bool:
    """A held predicate right after the name, the name in no other's apposition: "her husband,
    X, remains in a colony, and she ..." (not "Y, the son of X, remains imprisoned")."""
    before = _name_before(s, mention)
    return lang.guarded["held"].match(after) is not None and \
        (before is None or bool(_STATEMENT_BREAK.search(s.text, before.end, mention.start)))


def _held_after_conjunction(s: Sentence, mention: Mention, described: str, lang: Lang) -> bool:
    """The person's own predicate goes on, after "and", to say the person is held: a held
    phrase opens with its verb, so the subject it shares is the name's; not inside what the
    person says ("X said that thousands were and are still jailed")."""
    own = max(0, len(_own_text(s, mention)) - (len(s.text) - mention.end - len(described)))
    for m in _built(lang)["conjunction"].finditer(described[:min(own, _ITEM_REACH)]):
        said = ":" in described[:m.start()] or any(
            lang.guarded["speaks_after"].match(described[w.start():m.start()])
            for w in re.finditer(r"(?<!\S)\S", described[:m.start()]))
        if not said and lang.guarded["held"].match(described[m.end():own]):
            return True
    return False


def _among_the_held(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """The person is named just after "among them" that opens an aside on the count of those
    still held, with no release told between: one of the held ("We welcome those freed on
    Saturday, but more than 1,100 remain in prison, among them the journalist X")."""
    before = s.text[:mention.start]
    group = next((g for g in reversed(list(lang.finditer("group_ref", before)))
                  if not lang.search("release", g.group(0))), None)     # not "among the freed"
    if group is None or not before[:group.start()].rstrip().endswith((",", ";", ":", "—", "–", "-")) or \
            lang.search("kin_before", before[-60:]):
        return False                    # not "each of them, like X", "the son of X"
    first = min((m.start for m in s.mentions if m.start >= group.end()), default=mention.start)  # its list
    since = max((at + 1 for at, _ in s.predicates if at < group.start()), default=0)
    held_count = any(since <= n.start < group.start() and _reads_as(s.text, n, lang) == "remaining"
                     for n in s.nums)
    return held_count and first - group.end() <= _EPITHET_REACH and \
        not any(group.end() <= at < mention.start for at, _ in s.predicates)


def _reads_as(text: str, n: Num, lang: Lang) -> str | None:
    """What a number counts, alone ("remaining", "nationality", "total"), or None."""
    reading = read_number(text, n, lang)
    return reading[0] if reading else None


_EPITHET_REACH = 60     # characters of a title or an epithet between "among them" and the name


def _of_kin(before: str, lang: Lang) -> bool:
    """Whether a relative clause follows a kin noun, and so describes the relative: "He came out
    in December and spoke of his son Eduard, who is still in prison"."""
    return lang.search("kin_before", before.rstrip(", ") + " ") is not None


def _heads_item(s: Sentence, mention: Mention) -> bool:
    """Whether the name heads a list item or line, a dash after it ("- X — ...")."""
    return bool(_ITEM_HEAD.fullmatch(s.text[:mention.start]) and _HEAD_DASH.match(s.text, mention.end))


def _predicate_held(s: Sentence, mention: Mention, after: str, lang: Lang) -> bool:
    """Whether the item's own words, up to the next person named, say the person is held."""
    end = next((m.start - mention.end for m in s.mentions if m.start > mention.end), _ITEM_REACH)
    body = after[:min(end, _ITEM_REACH)]
    return any(lang.guarded["held"].match(body[w.start():]) for w in re.finditer(r"(?<!\S)\S", body))


_ITEM_REACH = 160       # characters of a list item read as its head person's predicate


def _listed_before_a_hypothetical(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """Whether the person is listed in an aside (", including X,") after which the predicate of
    the aside's head opens hypothetical ("others, including X, would follow")."""
    clause = _clause_at(s.text, mention.start)
    end = _CLAUSE_BREAK.search(s.text, mention.end)
    if not lang.match("list_marker", clause.lstrip()) or end is None or s.text[end.start()] != ",":
        return False
    verb = re.match(r"\s*(\w+)", s.text[end.end():])
    return verb is not None and lang.search("hypothetical", verb.group(1)) is not None


def _not_the_freed(s: Sentence, mention: Mention, after: str, described: str, lang: Lang) -> bool:
    """Whether the sentence's release is not this person's: a relative, a hypothetical release,
    someone held by the one arriving, a speaker, the one who releases, another's clause."""
    pats = lang.guarded
    if _kin_describes(s, mention, lang) and not _kin_in_list_of_the_freed(s, mention, after, lang) and \
            not _kin_freed_as_subject(s, mention, after, lang) and \
            not _kin_joined_in_the_freed_subject(s, mention, lang):
        return True
    if _after_an_unreal_release(s, mention):
        return True                     # "a first step towards freeing further prisoners, including X"
    if lang.search("hypothetical", _clause_at(s.text, s.release_at)) or \
            lang.search("hypothetical", _clause_at(s.text, mention.start)):
        return True                     # "next to walk free will be X", "hopes X will be freed"
    if _listed_before_a_hypothetical(s, mention, lang):
        return True                     # "hoped that others, including X, would follow"
    if s.arrival and 0 < s.release_at < mention.start and any(m.end <= s.release_at for m in s.mentions):
        return True                     # "showed Y stepping out of a van and holding X": Y arrives, not X
    if lang.search("whose_kin_before", s.text[max(0, mention.start - 60):mention.start]) and \
            not _release_in_own_clause(s, mention):
        return True
    tag = described is not after and after.lstrip().startswith(",")    # "X, reported the rights group, ..."
    speaks = any(pats["agent_after"].match(a) for a in (after, described)) or \
        bool(pats["speaks_after"].match(described)) or \
        ((not tag or _speech_closes_on_punctuation(after, lang)) and bool(pats["speaks_after"].match(after)))
    speaks = speaks or (mention.start <= 2 and _SPEAKER_COLON.match(after) is not None)   # "X: ..." quotes X
    speaks = speaks or (s.release_at > mention.end and _QUOTE_OPENS.search(s.text, mention.end, s.release_at) is not None)
    return speaks or _release_of_another(s, mention, lang) or _release_in_closed_relative_clause(s, mention, lang) \
        or _inside_anothers_relative_clause(s, mention, lang) \
        or _release_in_later_relative_clause(s, mention, lang) or bool(lang.search("by_before", s.text[:mention.start]))


def _speech_closes_on_punctuation(after: str, lang: Lang) -> bool:
    """A speech verb after the name's comma that a comma or colon closes ("X, the opposition
    leader in exile, said, that her husband is free") has the name as its subject; a reporting
    tag names its speaker after the verb ("X, reported the rights group, ...")."""
    verb = lang.guarded["speaks_after"].match(after)
    return verb is not None and _CLOSED_BY_PUNCTUATION.match(after, verb.end()) is not None


_CLOSED_BY_PUNCTUATION = re.compile(r"\w*\s*[,:]")


def _after_an_unreal_release(s: Sentence, mention: Mention) -> bool:
    """The release predicate nearest before the name is hoped, demanded or future, not done."""
    before = [real for at, real in s.predicates if at < mention.start]
    return bool(before) and not before[-1]


# a colon that opens a quotation: the release inside it is the speaker's news, not the speaker's
# own ("сообщила Светлана Тихановская: «Мой муж Сергей на свободе»")
_QUOTE_OPENS = re.compile(r':\s*[«“"„]')


def _name_before(s: Sentence, mention: Mention) -> Mention | None:
    """The known person named last before this mention in its sentence, if any."""
    return _last(m for m in s.mentions if m.end <= mention.start)


def _own_release_gap(s: Sentence, mention: Mention) -> re.Match | None:
    """What stands between a name and the first release predicate after it, when that predicate
    is real and is the name's own (", was ", ", a banker, walked"), not another name's; None otherwise."""
    at, real = next(((at, real) for at, real in s.predicates if at >= mention.end), (None, False))
    gap = _OWN_PREDICATE_GAP.fullmatch(s.text, mention.end, at) if real else None
    return None if gap is None or any(gap.start("words") <= m.start < at for m in s.mentions) else gap


def _kin_in_list_of_the_freed(s: Sentence, mention: Mention, after: str, lang: Lang) -> bool:
    """A relative who is a conjunct of the list of the freed itself: "Among those freed were X
    and his wife Y", "Freed were X, his wife Y and 12 others" (the release and X before her,
    joined by a conjunction or a comma; nothing after her, or the list's counted rest)."""
    before = _name_before(s, mention)
    if before is None or s.release_at is None or s.release_at > before.start:
        return False
    link = s.text[before.end:mention.start]
    rest = _built(lang)["list_rest"].match(after)
    if _possessive_kin_link(link):      # "X, his wife Y" (not "X, husband of Y"): only with the list's rest
        return bool(rest and find_numbers(after[rest.end():rest.end() + 20], lang))
    if not _built(lang)["joined_kin"].fullmatch(link):
        return False                    # "X and his wife [first name] Y", "X, а также его супруга Y"
    return not after.strip(" ,") or after.lstrip().startswith((",", ".", ";")) and not \
        lang.match("relative_after", after)


def _kin_joined_in_the_freed_subject(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """"X and his wife Y were both released": a relative joined by a conjunction to the name
    before her, the two the subject of the release that follows her as her own predicate."""
    before = _name_before(s, mention)
    if before is None or not _built(lang)["joined_kin"].fullmatch(s.text[before.end:mention.start]):
        return False
    return _own_release_gap(s, mention) is not None


def _named_not_as_kin(s: Sentence, mentions: list, lang: Lang) -> list:
    """The distinct persons a sentence names, without those named only as someone's relative."""
    return list({m.person.name: m for m in mentions if not _named_as_kin(s, m, lang)}.values())


def _named_as_kin(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """Whether the person is named only as someone's relative ("X, whose wife Y ...", "his wife Y")."""
    return _kin_describes(s, mention, lang) or \
        lang.search("whose_kin_before", s.text[max(0, mention.start - 60):mention.start]) is not None


def _kin_describes(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """A kin noun (or a word of saying) before the name describes it, unless a release verb
    stands between them ("Together with her husband walked free also X": X's own release)."""
    start = max(0, mention.start - 90)
    kin = lang.search("kin_before", s.text[start:mention.start])
    return kin is not None and not any(start + kin.start() < at < mention.start for at, _ in s.predicates)


def _kin_freed_as_subject(s: Sentence, mention: Mention, after: str, lang: Lang) -> bool:
    """The kin noun that opens the sentence is the person's own apposition, and the release
    follows the name (and perhaps a short apposition) as its own predicate: "Her husband, X,
    walked free on 11 September", "Her ally X, a former banker, walked free",
    "Jej mąż, X, wyszedł na wolność", "Муж Y X вышел на свободу" (X is the freed one, not a
    relative of the freed; Y, named before him, is the relative)."""
    opening = s.text[:mention.start]
    for other in reversed([m for m in s.mentions if m.end <= mention.start]):
        opening = opening[:other.start] + "\0" + opening[other.end:]
    if not any(_KIN_OPENS.fullmatch(o) for o in _clause_openings(opening, lang)):
        return False
    gap = _own_release_gap(s, mention)
    return gap is not None and not lang.guarded["speaks_after"].match(after) and \
        not any(_relative_word(w, lang) for w in re.findall(r"\w+", gap.group(0)))


def _clause_openings(opening: str, lang: Lang) -> list[str]:
    """The opening of a sentence, and, after a speaker named first and a word of saying, the
    clause said with and without its first word ("\0 confirms that her husband, "): where a kin
    noun may open the freed person's own clause."""
    speaker = re.match(r"\W*(?:[\w’'-]+\s+){0,2}\0", opening)
    said = speaker and lang.guarded["speaks_after"].match(opening[speaker.end():])
    if not said:
        return [opening]
    clause = opening[speaker.end() + said.end():]
    return [opening, clause, re.sub(r"^\s*\w+", "", clause)]


# "Her husband, [Siarhei] ", "Jej mąż, "; "The husband of \0, ", "Муж \0 " (\0: the relative named)
_KIN_OPENS = re.compile(r"\W*(?:\w{2,4}\s+\w{3,}|(?:\w{1,4}\s+)?\w{3,}(?:\s+\w{2,3})?\s+(?:[\w’'-]+\s+)?\0)\s*,?\s*(?:[\w’'-]+\s+)?")
# ", was ", ", wyszedł ", ", a banker, ", ", is among the prisoners " (no name in its words)
_OWN_PREDICATE_GAP = re.compile(r"\s*(?:,[^,;:()]{1,40},)?\s*,?\s*(?P<words>(?:\w+\s+){0,4})")


def _possessive_kin_link(link: str) -> bool:
    """A comma, a short possessive, a kin noun and perhaps a first name (a capital in any script):
    "X, his wife [Sviatlana] Y", "X, jaho žonka Y" (not "X, чоловік Світлани Y", "X, the wife of Y")."""
    m = _POSSESSIVE_KIN_LINK.fullmatch(link)
    return m is not None and (m.group(1) is None or m.group(1)[0].isupper())


def _release_in_own_clause(s: Sentence, mention: Mention) -> bool:
    """A real release predicate after the mention and before its clause closes ("X, whose
    husband Y walked free in June, ...": Y's release)."""
    close = _CLAUSE_END.search(s.text, mention.end)
    end = close.start() if close else len(s.text)
    return any(real and mention.end < at < end for at, real in s.predicates)


def _release_in_later_relative_clause(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """"X thanked the US and the EU, thanks to whom 52 were freed": the name opens its own
    predicate, and the first release verb stands in an adverbial relative clause of a later noun;
    not when the words up to it count or list a group ("X was one of 52 prisoners, among whom")."""
    if s.release_at is None or s.release_at <= mention.end or not _WORD_NEXT.match(s.text, mention.end):
        return False
    opener = _last(_built(lang)["adverbial_comma_relative"].finditer(s.text, mention.end, s.release_at))
    if opener is None:
        return False
    between = s.text[mention.end:opener.end()]
    return not any(mention.end <= n.start < opener.start() for n in s.nums) and \
        not any(lang.search(name, between) for name in ("group_ref", "list_marker", "comitative"))


def _release_of_another(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """The release verb comes in a relative clause of another name after the mention ("X, the son
    of Y, and Z, who was pardoned in September"), or inside a whose-clause (below)."""
    if s.release_at is None or s.release_at <= mention.end:
        return False
    between = s.text[mention.end:s.release_at]
    names = list(lang.guarded["unknown_name"].finditer(between))
    return any(lang.guarded["relative_pronoun"].match(between[m.end():].lstrip(" ,")) for m in names) \
        or _release_in_whose_clause(s, mention, lang)


def _release_in_closed_relative_clause(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """"X, who was freed in September along with 51 others, appeared next to Y": the only release
    verb is in a relative clause of a name before, closed before this mention."""
    if s.release_at is None or s.release_at >= mention.start:
        return False
    if _release_in_list_intro(s, lang):
        return False                    # "Among those who walked free on Saturday, — X"
    openers = [m for m in _COMMA_WORD.finditer(s.text, 0, s.release_at) if _relative_word(m.group(1), lang)]
    if not openers or "," in s.text[openers[-1].end():s.release_at]:
        return False
    close = _CLAUSE_END.search(s.text, s.release_at, mention.start)
    return close is not None and not any(at > close.start() for at, real in s.predicates if real)


def _inside_anothers_relative_clause(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """"X, who led the protests alongside Y; ...", "X, who worked with Y, was also freed": Y is named
    inside a relative clause about the person named just before, a clause (up to the comma that
    closes it) with no release of its own, and is not one of the listed."""
    before = _name_before(s, mention)
    if before is None:
        return False
    between = s.text[before.end:mention.start]
    opener = _COMMA_WORD.match(between)
    if opener is None or not _relative_word(opener.group(1), lang) or _STATEMENT_BREAK.search(between) or \
            _join(lang).search(between, opener.end()):
        return False                    # "X, whose face became a symbol, and Y": Y is listed
    clause = between + _STATEMENT_BREAK.split(s.text[mention.start:], maxsplit=1)[0].split(",", 1)[0]
    return not any(real for _, real in release_predicates(clause, lang))


def _release_in_whose_clause(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """"X, whose husband was freed", "X, leader of ... whose husband was freed": the release verb
    is inside a whose-clause about someone else; a release after the clause closes ("X, whose
    name was on the lists, also walked free") is X's own, and so is the release of a list X is
    named in ("among them were X, whose release ...")."""
    if s.release_at is None or s.release_at <= mention.end:
        return False
    if lang.guarded["list_intro"].search(s.text[:mention.start]) and not s.held_topic:
        return False                # "Among them were X, whose release Warsaw had demanded"
    m = lang.guarded["whose"].search(s.text, mention.end, s.release_at)
    if m is None:
        return False
    close = _CLAUSE_END.search(s.text, m.end())
    end = close.start() if close else len(s.text)
    if _own_dated_release(s, m, end):
        return False                # "X, whose release in December many saw as ..."
    return s.release_at < end


def _own_dated_release(s: Sentence, whose: re.Match, end: int) -> bool:
    """A whose-clause opening with the release itself and dating it, right after the name's
    comma, tells of the person's own release ("X, чьё освобождение в декабре ..."); after a
    preposition it is what others say or ask of it ("о чьём освобождении просило МИД")."""
    return (not s.text[whose.end():s.release_at].strip() and s.text[:whose.start()].rstrip().endswith(",")
            and any(whose.end() <= c.start < end for c in s.clues))


_CLAUSE_END = re.compile(r"[,;]")
_POSSESSIVE_KIN_LINK = re.compile(r"\s*,\s*\w{2,4}\s+\w{3,}\s+(?:(\w+)\s+)?")
_COMMA_WORD = re.compile(r",\s+(\w+)")
_QUOTE_BEFORE_NAME = re.compile(r"[«“„\"](?:[^\W\d_]+\s+)?$")     # the quote and a first name
_QUOTE_MARKS = re.compile(r"[«»„“”‘’\"]|(?<!\w)'|'(?!\w)")
_COUNT_CLAUSE = re.compile(r"[,;]\s+(?:\w+\s+){0,2}\d")
_SPEAKER_COLON = re.compile(r"\s*:\s")


def _own_text(s: Sentence, mention: Mention) -> str:
    """The text after a mention up to the next known person named."""
    following = [m.start for m in s.mentions if m.start >= mention.end]
    return s.text[mention.end:min(following) if following else len(s.text)]


def _release_negated(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """A negation that cancels the release for this person: "X was not among those freed",
    "except X", "not X but Y". The text after is read only up to the next person named, or a
    clause of its own count ("X walked free, and still 1,150 remain behind bars")."""
    own = _own_text(s, mention)
    days = [(c.start - mention.end, c.end - mention.end) for c in s.clues]   # a day is no count
    own = own[:next((m.start() for m in _COUNT_CLAUSE.finditer(own)
                     if not any(a < m.end() <= b for a, b in days)), len(own))]
    own = own[:_another_subject(own, lang)]
    own = _QUOTE_MARKS.sub("", own)     # read through quotation marks: "was not ‘released from prison’"
    after_pat, before_pat = lang.guarded.get("not_freed_after"), lang.guarded.get("not_freed_before")
    if after_pat is not None and after_pat.search(own[:120]):
        return True
    return bool(before_pat is not None and before_pat.search(s.text[max(0, mention.start - 100):mention.start]))


def _another_subject(own: str, lang: Lang) -> int:
    """Where a conjunction brings in another named subject within three words ("X walked free
    and his colleague Y remains in prison"): what follows is Y's, not X's. The text's length
    if none does."""
    for m in _built(lang)["conjoined_word"].finditer(own):
        if m.group(1).isupper():
            return m.start()
    return len(own)


def _exiled(s: Sentence, mention: Mention, exiled: re.Pattern) -> bool:
    """An exile word near the mention that describes it: the name it premodifies in the same
    phrase ("the exiled leader X"), else the nearest name."""
    start = max(0, mention.start - 40)
    for m in exiled.finditer(s.text[start:mention.end + 100]):
        a, b = start + m.start(), start + m.end()
        candidates = [mention] + s.mentions
        following = [x for x in candidates if 0 <= x.start - b <= 60 and not re.search(r"[,;()]", s.text[b:x.start])]
        nearest = min(following or candidates, key=lambda x: max(x.start - b, a - x.end, 0))
        if nearest.person == mention.person:
            return True
    return False


def _shares_held_predicate(s: Sentence, mention: Mention, lang: Lang) -> bool:
    """The names listed after this one share the held predicate after the last of them: "X and Y
    remain behind bars", "X, Y and the journalist Z, all of whom remain in custody" hold each."""
    if mention not in s.mentions:
        return False                    # a person referred to from an earlier sentence
    last = mention
    for following in (m for m in s.mentions if m.start >= mention.end):
        if _built(lang)["listed_name"].fullmatch(s.text[last.end:following.start]) is None:
            break
        last = following
    return last is not mention and bool(lang.guarded["held"].match(s.text[last.end:]))


def _own_apposition(s: Sentence, mention: Mention, after: str, lang: Lang) -> str:
    """The text after a mention with its apposition skipped, unless the apposition names another
    known person: then what follows it is about that person; not so after a whose-clause, a
    clause of its own (", whose husband Y remains in prison, said ...": X said)."""
    skipped = _skip_apposition(after, lang)
    end = mention.end + len(after) - len(skipped)
    if any(mention.end < m.start < end for m in s.mentions) and not lang.match("whose", after[1:].lstrip()):
        return after
    return skipped


def _after_relative_clause(s: Sentence, mention: Mention, after: str, lang: Lang, skipped: int = 0) -> list[str]:
    """What follows a relative clause (of one or two comma-separated parts) that names no other
    known person after the mention (", who has spent five years in custody, much of it in
    isolation,"): the predicate there is the person's. `after` may begin `skipped` characters
    past the mention, behind its apposition."""
    if not after.startswith(",") or not lang.match("relative_pronoun", after[1:].lstrip()):
        return []
    out, start = [], mention.end + skipped
    for clause in (re.match(r"^,[^,]{1,120},", after), re.match(r"^,[^,]{1,120},[^,]{1,60},", after)):
        if clause and not any(mention.end < m.start < start + clause.end() for m in s.mentions):
            out.append(after[clause.end() - 1:])
    return out


def _skip_apposition(after: str, lang: Lang) -> str:
    """The text after a mention without its apposition (", the blogger,"); a relative clause
    (", who ...") is kept."""
    if after.startswith(",") and lang.match("relative_pronoun", after[1:].lstrip()):
        return after
    return re.sub(r"^,\s[^,]{1,120},", ",", after)


# ---- tables -------------------------------------------------------------------------------

def table_claims(lines: list[str], published, ctx: Context, heading: str = "", told: str | None = None) -> list[Claim]:
    """Counts in a table, the status of known persons listed in its rows, and what the text
    cells of a dated row say (a timeline row: "11 September 2025 | 52 | among them five
    Lithuanians"), read as sentences about the row's date. `told`: the day of the release the
    paragraph above the table reports, for a table with no date of its own."""
    return (_count_table(lines, published, ctx, heading, told) + _status_rows(lines, published, ctx)
            + _dated_row_sentences(lines, published, ctx, heading) + _fact_rows(lines, published, ctx))


def _fact_rows(lines: list[str], published, ctx: Context) -> list[Claim]:
    """A fact box with no dates ("Political prisoners still held | about 600 | Estimate"): each
    row read as its figure before its label ("about 600 Political prisoners still held")."""
    rows = [_cells(line) for line in lines]
    caption = rows[0][0] if rows and not any(rows[0][1:]) else ""       # a first row of one cell
    if _cell_day(caption, published, ctx) or any(_is_date_cell(c, published, ctx) for row in rows for c in row):
        return []                       # a dated table or caption: read by the readers above
    out = []
    for row in rows:                    # a header ("Figure | Value") gives no number to read
        if len(row) >= 2 and re.search(r"[^\W\d]", row[0]) and find_numbers(row[1], ctx.lang):
            out += paragraph_claims(f"{row[1]} {row[0]}", published, ctx, state=State(seen_release=True))
    return out


def _dated_row_sentences(lines: list[str], published, ctx: Context, heading: str = "") -> list[Claim]:
    """The text cells of dated rows, each read as "its column's header: the cell" on the row's
    date ("Who was freed: Ales Bialiatski" in the 11 September row); in a table of releases
    (its heading or a column says so), a cell naming persons under a plain header ("Known
    names") names the freed of that row."""
    out, header = [], []
    releases = bool(release_predicates(heading, ctx.lang))
    for line in lines:
        cells = _cells(line)
        day = next((d for d in (_cell_day(c, published, ctx) for c in cells) if d), None)
        if day is None:
            words = [c for c in cells if c and not re.fullmatch(r":?-+:?", c)]
            header = cells if len(words) >= 2 else header
            continue
        placed = ev.place_clue(ev.Clue("explicit", 0, 0, day), ctx.events, ctx.slack)
        for i, cell in enumerate(cells):
            if len(cell.split()) >= 2 and _cell_day(cell, published, ctx) is None and _cell_int(cell) is None:
                label = header[i] if i < len(header) and header[i] else ""
                by_country = _counts_by_country(cell, placed, ctx) if ctx.lang.search("citizenship_label", label) else []
                if by_country:          # "Литва — 5, Латвія — 2"; else read as a phrase ("3 Polaków, 1 Łotysz")
                    out += by_country
                    continue
                of_releases = releases or any(release_predicates(h, ctx.lang) for h in header)
                # in a table of releases, a cell's counts are of its row's freed group
                row_state = State(carry=placed, seen_release=True, group_opened=of_releases)
                text = f"{label}: {cell}" if label else cell
                names = of_releases and _plain_label(label, ctx)
                freed = _freed_in_names_cell(cell, placed, ctx) if names or _release_label(label, ctx) else []
                if names or freed:              # "Known names" / "Who walked free": the freed named, and
                    out += freed + [c for c in paragraph_claims(text, published, ctx, state=row_state)
                                    if c.kind != "person_status"]  # the counts ("X і яшчэ 15", "семеро граждан Литвы")
                    continue
                out += paragraph_claims(text, published, ctx, state=row_state)
    return out


def _plain_label(label: str, ctx: Context) -> bool:
    """A column header that says nothing of release or imprisonment ("Known names")."""
    return bool(label) and not release_predicates(label, ctx.lang) and not _held_or_unreal(label, ctx.lang)


def _release_label(label: str, ctx: Context) -> bool:
    """A column header that names the freed ("Who walked free"), not those held or not freed."""
    return any(real for _, real in release_predicates(label, ctx.lang)) and not _held_or_unreal(label, ctx.lang)


def _held_or_unreal(label: str, lang: Lang) -> bool:
    return any(lang.search(key, label) for key in ("remaining", "held_cell", "not_freed_before", "hypothetical"))


def _freed_in_names_cell(cell: str, placed: ev.Placed, ctx: Context) -> list[Claim]:
    """The known persons a list-of-names cell of a release row names, freed on its day: a
    cell without sentences, each person opening an item of its list; one the cell itself says
    is held or not freed (up to the next name) is left out."""
    if re.search(r"[.:!?]", re.sub(r"\([^)]*\)", "", cell)):
        return []                       # sentences, not a list of names
    mentions = ctx.registry.find(cell)
    s = Sentence(cell, [], [], None, mentions, [])
    out = []
    for i, m in enumerate(mentions):
        own = cell[m.end:mentions[i + 1].start if i + 1 < len(mentions) else len(cell)]
        if not _opens_item(cell[:m.start], ctx.lang) or ctx.lang.search("held", own) or ctx.lang.search("not_freed_after", own) or \
                ctx.lang.search("remaining", own):
            continue
        out.append(_claim("person_status", s, placed, None, "=", person=m.person.name, status="freed"))
    return out


def _opens_item(before: str, lang: Lang) -> bool:
    """Whether a name opens its item of a list: only its first name or initials, and a
    conjunction, stand between it and the comma before ("…, and Viktar Babaryka")."""
    words = re.split(r"[,;]", re.sub(r"\([^)]*\)", "", before))[-1].split()
    joiners = {w.lower() for w in lang.extra["conjunctions"]}
    return len(words) <= 3 and all(w[:1].isupper() or w.lower() in joiners for w in words)


def _counts_by_country(cell: str, placed: ev.Placed, ctx: Context) -> list[Claim]:
    """Nationality counts of a cell under a citizenship column: "Литва — 5, Латвія — 2", or
    counts of nationals ("three Poles, two Estonians")."""
    s = Sentence(cell, [], [], None, [], [])
    counts = [(ctx.lang.countries[table_key(m.group(1))], int(m.group(2)))
              for m in _built(ctx.lang)["country_count"].finditer(cell)]
    if not counts:
        nationals = ((nationality_after(cell[n.end:n.end + 90], ctx.lang), n.value) for n in find_numbers(cell, ctx.lang))
        counts = [(country, value) for country, value in nationals if country]
    return [_claim("nationality_count", s, placed, value, "=", country=country) for country, value in counts]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _status_rows(lines: list[str], published, ctx: Context) -> list[Claim]:
    """A row naming a known person in one cell and a still-imprisoned status in another
    ("Name | 14 years | held") says that person is still held as of publication."""
    held = ctx.lang.guarded.get("held_cell")
    if held is None:
        return []
    out = []
    for line in lines:
        cells = _cells(line)
        for i, cell in enumerate(cells):
            mentions = ctx.registry.find(cell)
            if len(mentions) != 1 or not any(held.match(c) for j, c in enumerate(cells) if j != i):
                continue
            s = Sentence(" | ".join(cells), [], [], None, mentions, [])
            out.append(_claim("person_status", s, ev.Placed(published, "published"), None, "=",
                              person=mentions[0].person.name, status="held"))
            break
    return out


def _count_table(lines: list[str], published, ctx: Context, heading: str = "", told: str | None = None) -> list[Claim]:
    """Counts in a table: by date columns (rows are countries or a total), by a dated caption
    (in its first row or a heading just above it), by date rows, or else by the release the
    paragraph above tells of ("the group broke down as follows:" over "Latvia | 3")."""
    rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]
    rows = [r for r in rows if not all(re.fullmatch(r":?-+:?", c) or not c for c in r)]
    if heading and is_heading(heading):
        rows = [[heading]] + rows
    for i, row in enumerate(rows):
        days = [_cell_day(c, published, ctx) for c in row]
        if sum(d is not None for d in days[1:]) >= 1 and days[0] is None:
            return _column_table(rows[i + 1:], days, ctx)
    caption = _caption_day(rows, published, ctx)
    if caption is not None:
        return _column_table(rows, [None, caption], ctx)
    dated_rows = _row_table(rows, published, ctx)
    if dated_rows or told is None:
        return dated_rows
    return _column_table(rows, _count_column(rows, date.fromisoformat(told), ctx), ctx)


def _count_column(rows, day: date, ctx: Context) -> list:
    """The day of each column of an undated table: `day` for the column whose header names the
    released or the people ("Number freed"), or for the one count column of a two-column table
    whose caption does ("Foreign citizens among those released, by country" over "Country |
    Number"); None for the others."""
    caption = rows[0][0] if rows and sum(bool(c) for c in rows[0]) == 1 else ""
    head = next((r for r in rows if sum(bool(c) for c in r) >= 2), [])
    column = next((i for i, cell in enumerate(head) if i and _names_the_freed(cell, ctx.lang)), None)
    if column is None and len(head) == 2 and caption and _names_the_freed(caption, ctx.lang):
        column = 1
    return [day if i == column else None for i in range(len(head))]


def _names_the_freed(cell: str, lang: Lang) -> bool:
    return bool(lang.guarded["release"].search(cell) or lang.guarded["people"].search(cell))


def _caption_day(rows, published, ctx: Context):
    """The date of a caption row (one filled cell with a date) over the table, where the caption
    or a column header below it names a release ("21 June 2025 release" over "Citizens freed")."""
    release = ctx.lang.guarded["release"]
    for i, row in enumerate(rows[:3]):
        filled = [c for c in row if c]
        below = rows[i + 1] if i + 1 < len(rows) else []
        if len(filled) == 1 and any(release.search(c) for c in [filled[0], *below] if c):
            return _cell_day(filled[0], published, ctx)
    return None


def _cell_day(cell: str, published, ctx: Context):
    clues, _ = ev.find_clues(cell, ctx.lang, published)
    days = [c.day for c in clues if c.kind == "explicit"]
    return days[0] if days else None


def _is_date_cell(cell: str, published, ctx: Context) -> bool:
    """A cell that is a date ("21 June (Sat)", "13.12.2025"), not a label that holds one
    ("Prisoners freed on 13 December")."""
    clues, _ = ev.find_clues(cell, ctx.lang, published)
    day = next((c for c in clues if c.kind == "explicit"), None)
    return day is not None and len((cell[:day.start] + cell[day.end:]).split()) <= 2


def _cell_int(cell: str) -> int | None:
    """The count a cell gives: its whole text, or its leading number ("52 (14 of them foreign)")."""
    m = re.match(r"(\d[\d,]*)(?:\s*$|\s*\()", cell)
    return int(m.group(1).replace(",", "")) if m else None


def _cell_count(cell: str, lang: Lang) -> tuple[int, str] | None:
    """The count a cell gives and its relation: "52", "52 (14 of them foreign)", "over 150"."""
    value = _cell_int(cell)
    if value is not None:
        return value, "="
    nums = find_numbers(cell, lang)
    bound = len(nums) == 1 and nums[0].relation != "=" and not cell[nums[0].end:].strip()
    return (nums[0].value, nums[0].relation) if bound else None


def _column_table(rows, days, ctx: Context) -> list[Claim]:
    out = []
    for row in rows:
        label = row[0].lower()
        country = ctx.lang.countries.get(label) or ctx.lang.nat_nouns.get(label) or _nationals_label(row[0], ctx.lang)
        total = label in ctx.lang.extra["total_words"] or _names_the_release_total(row[0], ctx.lang)
        for cell, day in zip(row[1:], days[1:]):
            count = _cell_count(cell, ctx.lang)
            if day is None or count is None or not (country or total):
                continue
            placed = ev.place_clue(ev.Clue("explicit", 0, 0, day), ctx.events, ctx.slack)
            s = Sentence(" | ".join(row), [], [], None, [], [])
            out.append(_claim("nationality_count" if country else "release_count", s, placed,
                              *count, country=country))
    return out


def _names_the_release_total(label: str, lang: Lang) -> bool:
    """A row label that names the released and nothing narrower or wider ("Prisoners released";
    not "Released to Ukraine", "Still held", "Freed Lithuanians", "Pardoned since November")."""
    return bool(lang.guarded["release"].search(label)) and not (
        lang.search("remaining", label) or lang.search("movement", label) or _built(lang)["place"].search(label)
        or spans_releases(label, lang)
        or nationality_after(" " + label, lang) or find_numbers(label, lang))


def _nationals_label(label: str, lang: Lang) -> str | None:
    """The country of a row label that names its citizens, perhaps as a part of the total above
    ("Of them, citizens of Lithuania", "Из них граждан Литвы")."""
    if lang.search("remaining", label):
        return None                     # "Lithuanian citizens still held"
    part = lang.guarded["part_after"].match(label)
    return nationality_after(" " + label[part.end() if part else 0:].lstrip(" ,:—–-"), lang)


def _row_table(rows, published, ctx: Context) -> list[Claim]:
    """Counts of date rows: in the column whose header names the released (or the people) a
    release total, in a column whose header names a nationality ("Polish citizens") its count."""
    head = next((r for r in rows if sum(bool(c) for c in r) >= 2), None)
    if head is None:
        return []
    columns = {}                        # column -> None (the total) or a country
    for i, cell in enumerate(head):
        country = nationality_after(" " + cell, ctx.lang)
        if country:
            columns[i] = country
        elif _names_the_freed(cell, ctx.lang):
            columns.setdefault(i, None)
    out = []
    for row in rows[rows.index(head) + 1:]:
        day = next((d for d in (_cell_day(c, published, ctx) for c in row) if d), None)
        if day is None:
            continue
        placed = ev.place_clue(ev.Clue("explicit", 0, 0, day), ctx.events, ctx.slack)
        s = Sentence(" | ".join(row), [], [], None, [], [])
        for i, country in columns.items():
            count = _cell_count(row[i], ctx.lang) if i < len(row) else None
            if count is not None:
                kind = "nationality_count" if country else "release_count"
                out.append(_claim(kind, s, placed, *count, country=country))
    return out
