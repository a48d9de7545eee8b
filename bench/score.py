#!/usr/bin/env python3
# A copy of the project's shared scorer (shared/tools/score.py), so that the sets in
# tests/corpus/ can be scored from a fresh clone; keep the two the same.
"""Score a claim checker against a labelled corpus (labels*.jsonl + <id>.html).

Runs the checker once over every article of the corpus and compares the discrepancies it
reports with the labels. The checker must accept many paths and print one JSON object per
path, one per line, each with "source" (the path as given) and "discrepancies" (a list of
objects with at least "kind"; plus "event", "country", "person" as the labels use them).

Usage:
  score.py CORPUS_DIR [--cmd "claimwatch check --json"] [--lang en] [--quiet]
           [--min-precision P] [--min-recall R] [--max-false-alarm F]
Exit status 0 when every given threshold holds, 1 when one does not, 2 when it cannot run.
The last line printed is the summary.
"""
import argparse
import difflib
import glob
import json
import os
import shlex
import subprocess
import sys
import unicodedata

KINDS = {"release_count", "nationality_count", "person_status", "remaining_count", "new_event"}
CONTRADICTIONS = KINDS - {"new_event"}

# Cyrillic -> Latin, enough to compare surnames written in either script.
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґє",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "yu", "ya", "i", "u", "g", "e"]))


def _fold(text):
    text = "".join(_CYR.get(c, c) for c in (text or "").lower())
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isalpha() or c == " ")


_FIRST_NAMES = [
    {"siarhei", "sergei", "sergey", "sergej", "siarhej", "serhiy"},
    {"sviatlana", "svetlana", "swiatlana", "sviatlane"},
    {"viktar", "viktor", "victor", "wiktor"},
    {"ales", "alies", "aleksandr", "alexander"},
    {"maria", "maryia", "mariya", "marya", "mariia"},
    {"ihar", "igor", "ihor"},
    {"natallia", "natalya", "natalia", "natalja"},
    {"kiryl", "kirill", "kyrylo", "kiril"},
    {"halina", "galina"},
    {"mikalai", "nikolai", "nikolay", "mikola", "mikalaj"},
    {"uladzimir", "vladimir", "wladimir"},
    {"maksim", "maxim", "maksym"},
    {"andrzej", "andrei", "andrey", "andrej"},
]


def _same_first(a, b):
    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.75:
        return True
    return any(a in group and b in group for group in _FIRST_NAMES)


def same_person(label_name, predicted):
    """Match a labelled person with a reported one across spellings
    (Tsikhanouski ~ Tikhanovsky ~ Тихановский), keeping husband and wife apart."""
    want = _fold(label_name).split()
    got = _fold(predicted).split()
    if not want or not got:
        return False
    surname = want[-1]
    hits = [i for i, tok in enumerate(got)
            if difflib.SequenceMatcher(None, surname, tok).ratio() >= 0.7]
    if not hits:
        return False
    if len(want) < 2:
        return True
    first = want[0]
    for i in hits:
        before = got[i - 1] if i > 0 else None
        after = got[i + 1] if i + 1 < len(got) else None  # "Tikhanovsky Sergei" order
        if before is None and after is None:
            return True
        if any(tok and _same_first(first, tok) for tok in (before, after)):
            return True
    return False


def matches(exp, pred):
    if exp["kind"] != pred.get("kind"):
        return False
    kind = exp["kind"]
    if kind == "new_event" or kind == "remaining_count":
        return True
    if kind == "person_status":
        who = str(pred.get("person") or pred.get("subject") or "")
        return same_person(exp.get("person", ""), who)
    if str(pred.get("event") or "")[:10] != str(exp.get("event") or "")[:10]:
        return False
    if kind == "nationality_count":
        return str(pred.get("country") or "").upper() == str(exp.get("country") or "").upper()
    return True


def load_labels(corpus):
    labels = []
    for path in sorted(glob.glob(os.path.join(corpus, "labels*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            labels += [json.loads(line) for line in fh if line.strip()]
    return labels


def run_checker(cmd, paths):
    proc = subprocess.run(shlex.split(cmd) + paths, capture_output=True, text=True, timeout=1800)
    results = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        obj = json.loads(line)
        results[os.path.basename(str(obj.get("source", "")))] = obj
    if not results:
        sys.stderr.write(proc.stderr[-3000:])
        print(f"score: the checker printed no JSON lines (exit {proc.returncode})")
        sys.exit(2)
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--cmd", default="claimwatch check --json")
    ap.add_argument("--lang", help="score only the articles labelled with this language")
    ap.add_argument("--quiet", action="store_true", help="summary only, no per-article detail")
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--max-false-alarm", type=float)
    args = ap.parse_args()

    labels = load_labels(args.corpus)
    if args.lang:
        labels = [lab for lab in labels if lab.get("lang", "en") == args.lang]
    if not labels:
        print(f"score: no labels*.jsonl in {args.corpus}")
        sys.exit(2)
    paths = [os.path.join(args.corpus, lab["file"]) for lab in labels]
    results = run_checker(args.cmd, paths)

    tally = {}  # group -> [tp, fp, fn]
    quiet_articles = alarms = missing = 0
    for lab in labels:
        res = results.get(lab["file"])
        if res is None:
            missing += 1
            res = {"discrepancies": []}
        preds = [p for p in res.get("discrepancies", []) if p.get("kind") in KINDS]
        expected = list(lab.get("expected", []))
        unmatched = list(preds)
        for exp in expected:
            group = "new_event" if exp["kind"] == "new_event" else "contradiction"
            hit = next((p for p in unmatched if matches(exp, p)), None)
            cell = tally.setdefault(group, [0, 0, 0])
            if hit is not None:
                unmatched.remove(hit)
                cell[0] += 1
            else:
                cell[2] += 1
                if not args.quiet:
                    print(f"MISS  {lab['id']}: {exp}")
            lang_cell = tally.setdefault(f"{group}[{lab.get('lang', 'en')}]", [0, 0, 0])
            lang_cell[0 if hit is not None else 2] += 1
        for p in unmatched:
            group = "new_event" if p["kind"] == "new_event" else "contradiction"
            tally.setdefault(group, [0, 0, 0])[1] += 1
            tally.setdefault(f"{group}[{lab.get('lang', 'en')}]", [0, 0, 0])[1] += 1
            if not args.quiet:
                brief = {k: p.get(k) for k in ("kind", "event", "claimed", "country", "person")}
                print(f"FALSE {lab['id']}: {brief}")
        if not expected:
            quiet_articles += 1
            if preds:
                alarms += 1

    def prf(cell):
        tp, fp, fn = cell
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    for group in sorted(tally):
        p, r, f = prf(tally[group])
        tp, fp, fn = tally[group]
        print(f"{group:24s} precision {p:.3f} recall {r:.3f} f1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    far = alarms / quiet_articles if quiet_articles else 0.0
    cp, cr, cf = prf(tally.get("contradiction", [0, 0, 0]))
    if missing:
        print(f"articles with no checker output: {missing}")
    ok = True
    if args.min_precision is not None and cp < args.min_precision:
        ok = False
    if args.min_recall is not None and cr < args.min_recall:
        ok = False
    if args.max_false_alarm is not None and far > args.max_false_alarm:
        ok = False
    if missing:
        ok = False
    print(f"articles {len(labels)}  contradiction P {cp:.3f} R {cr:.3f} F1 {cf:.3f}  "
          f"false-alarm rate {far:.3f} ({alarms}/{quiet_articles})")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
