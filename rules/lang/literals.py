"""The words a regex needs: a conservative reader of pattern source, for the gates of rules.lang.

`required_words` reads a pattern's source: the literal runs of a sequence that every match
consumes (not optional, not inside a lookaround), and alternations whose every branch has such
a run. One of the words it returns occurs (case aside) in every match. When it is unsure
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


# ---- a small reader of regex source: sequences of literal characters, groups and the rest ----

_OTHER = ("other",)
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
                element = _OTHER
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
        return _OTHER, _class_end(src, i)
    if c == "(":
        return _group(src, i)
    if c in ".^$":
        return _OTHER, i + 1
    return ("lit", c), i + 1


def _escape(src: str, i: int) -> tuple[tuple, int]:
    c = src[i + 1]
    if not c.isalnum():
        return ("lit", c), i + 2        # an escaped punctuation mark or space stands for itself
    if c in _HEX_LENGTH:
        return _OTHER, i + 2 + _HEX_LENGTH[c]
    if c.isdigit():
        j = i + 1
        while j < len(src) and src[j].isdigit():
            j += 1
        return _OTHER, j                # a backreference or an octal escape
    if c in _SIMPLE_ESCAPES:
        return _OTHER, i + 2
    raise _Unsure(src[i:i + 2])


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
        return _OTHER, _closing(src, end)
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
