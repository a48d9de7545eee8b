"""What a regex needs: a conservative reader of pattern source, for the gates and guards of
rules.lang.

`required_words` reads a pattern's source: the literal runs of a sequence that every match
consumes (not optional, not inside a lookaround), and alternations whose every branch has such
a run. One of the words it returns occurs (case aside) in every match. `first_characters`
reads the characters one of which every match starts with (case aside). When either is unsure
(verbose mode, conditionals, an escape it does not know) it returns None.
"""
from __future__ import annotations

import re

MIN_LENGTH = 2      # a gate on single letters would pass on every sentence


class _Unsure(Exception):
    """The source uses a construction the reader does not follow."""


def required_words(source: str) -> set[str] | None:
    """Words one of which every match of the pattern `source` contains (case aside), or None."""
    try:
        branches, end = _alternatives(source, 0)
    except _Unsure:
        return None
    if end != len(source):
        return None
    words = _any_of(branches)
    if words is None or min(len(w) for w in words) < MIN_LENGTH:
        return None
    return words


def first_characters(source: str) -> set[str] | None:
    """Characters one of which every match of the pattern `source` starts with (case aside), or
    None: when unsure, when a match may start with any letter (a class such as \\w) or may be
    empty."""
    try:
        branches, end = _alternatives(source, 0)
        if end != len(source):
            return None
        chars, may_be_empty = _first_of_branches(branches)
    except _Unsure:
        return None
    return None if may_be_empty else chars


def _first_of_branches(branches: list[list]) -> tuple[set[str], bool]:
    chars, may_be_empty = set(), False
    for seq in branches:
        first, empty = _first_of_sequence(seq)
        chars |= first
        may_be_empty = may_be_empty or empty
    return chars, may_be_empty


def _first_of_sequence(seq: list) -> tuple[set[str], bool]:
    """The characters the sequence may start with, and whether it may match nothing."""
    chars: set[str] = set()
    for element in seq:
        optional = element[0] == "optional"
        first, empty = _first_of_element(element[1] if optional else element)
        chars |= first
        if not (empty or optional):
            return chars, False
    return chars, True


def _first_of_element(element: tuple) -> tuple[set[str], bool]:
    kind = element[0]
    if kind == "lit":
        return {element[1]}, False
    if kind == "class" and element[1] is not None:
        return set(element[1]), False
    if kind == "group":
        return _first_of_branches(element[1])
    if kind == "empty":
        return set(), True              # an anchor, a word boundary, a lookaround
    raise _Unsure("a class of any letter")


# ---- a small reader of regex source: sequences of literal characters, groups and the rest ----

_OTHER = ("other",)
_EMPTY = ("empty",)                     # consumes nothing: ^, $, a word boundary, a lookaround
_ANY = ("class", None)                  # a character of a class the reader does not list: a kind of letter, "."
_QUANTIFIER = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")
_SIMPLE_ESCAPES = set("bBsSwWdDAZntrfva")
_HEX_LENGTH = {"x": 2, "u": 4, "U": 8}


def _alternatives(src: str, i: int) -> tuple[list[list], int]:
    """The branches (lists of elements) from `i` up to an unmatched ")" or the end."""
    branches, seq = [], []
    while i < len(src) and src[i] != ")":
        if src[i] == "|":
            branches.append(seq)
            seq, i = [], i + 1
            continue
        element, i = _atom(src, i)
        q = _QUANTIFIER.match(src, i)
        if q:
            i = q.end()
            if i < len(src) and src[i] in "?+":
                i += 1                  # lazy or possessive
            at_least_once = q.group(0) == "+" or (q.group(1) not in (None, "") and int(q.group(1)) > 0)
            if not at_least_once:
                element = ("optional", element)
            elif element[0] == "lit":
                seq.append(element)     # "ab+": "ab" is consumed, what follows may not be next to it
                element = _OTHER
        seq.append(element)
    branches.append(seq)
    return branches, i


def _atom(src: str, i: int) -> tuple[tuple, int]:
    c = src[i]
    if c == "\\":
        return _escape(src, i)
    if c == "[":
        end = _class_end(src, i)
        return ("class", _class_members(src[i + 1:end - 1])), end
    if c == "(":
        return _group(src, i)
    if c in "^$":
        return _EMPTY, i + 1
    if c == ".":
        return _ANY, i + 1
    return ("lit", c), i + 1


def _escape(src: str, i: int) -> tuple[tuple, int]:
    c = src[i + 1]
    if not c.isalnum():
        return ("lit", c), i + 2        # an escaped punctuation mark or space stands for itself
    if c in _HEX_LENGTH:
        return _ANY, i + 2 + _HEX_LENGTH[c]
    if c.isdigit():
        j = i + 1
        while j < len(src) and src[j].isdigit():
            j += 1
        return _ANY, j                  # a backreference or an octal escape
    if c in "bBAZ":
        return _EMPTY, i + 2
    if c in _SIMPLE_ESCAPES:
        return _ANY, i + 2
    raise _Unsure(src[i:i + 2])


def _class_members(body: str) -> str | None:
    """The characters a class "[...]" stands for (its body given), or None: a negated class, one
    with an escape of a kind of letter (\\w) or a wide range."""
    if body.startswith("^"):
        return None
    chars, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return None
            c, i = body[i + 1], i + 1
        if i + 2 < len(body) and body[i + 1] == "-":
            if body[i + 2] == "\\" or ord(body[i + 2]) - ord(c) > _WIDEST_RANGE:
                return None
            chars += [chr(x) for x in range(ord(c), ord(body[i + 2]) + 1)]
            i += 3
            continue
        chars.append(c)
        i += 1
    return "".join(chars)


_WIDEST_RANGE = 64      # "[а-я]" is listed; a wider range is as good as any letter


def _class_end(src: str, i: int) -> int:
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1                          # a "]" first in a class is a member
    while j < len(src) and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    if j >= len(src):
        raise _Unsure("class")
    return j + 1


_GROUP_OPENING = re.compile(r"\(\?(?:[aiLmsux]*-[imsx]+:|[aiLmsux]*:|P<\w+>)|\((?!\?)")
_LOOKAROUND = re.compile(r"\(\?(?:=|!|<=|<!)")


def _group(src: str, i: int) -> tuple[tuple, int]:
    """A consuming group ("(...)", "(?:...)", "(?-i:...)", named) and its branches; a lookaround
    consumes nothing, so it requires nothing here."""
    opening = _GROUP_OPENING.match(src, i)
    if opening and "x" not in opening.group(0):
        branches, end = _alternatives(src, opening.end())
        return ("group", branches), _closing(src, end)
    lookaround = _LOOKAROUND.match(src, i)
    if lookaround:
        _, end = _alternatives(src, lookaround.end())
        return _EMPTY, _closing(src, end)
    raise _Unsure(src[i:i + 4])          # flags for the whole pattern, conditionals, comments


def _closing(src: str, i: int) -> int:
    if i >= len(src) or src[i] != ")":
        raise _Unsure("unbalanced")
    return i + 1


def _any_of(branches: list[list]) -> set[str] | None:
    """Words one of which a match of any branch contains."""
    words: set[str] = set()
    for seq in branches:
        required = _in_sequence(seq)
        if required is None:
            return None
        words |= required
    return words


def _in_sequence(seq: list) -> set[str] | None:
    """The most selective requirement of a sequence: one of its literal runs (as a one-word
    set), or the words of one of its groups; None when it has neither."""
    options, run = [], ""
    for element in seq + [_OTHER]:
        if element[0] == "lit":
            run += element[1]
            continue
        if run:
            options.append({run})
            run = ""
        if element[0] == "group":
            words = _any_of(element[1])
            if words:
                options.append(words)
    if not options:
        return None
    return max(options, key=lambda ws: (min(len(w.strip()) for w in ws), -len(ws)))     # " the " is a short word
