"""`claimwatch check --json` with each file's own publication date, for scoring text corpora.

A text file carries no date of its own, so a corpus of texts (the real-coverage set of the
shared corpus, saved as <id>.txt) labels it: each file is checked with the `published` of the
label line whose `file` is its name. Use as score.py's checker:

  python3 ../shared/tools/score.py DIR --cmd ".venv/bin/python bench/check_dated.py DIR/labels.jsonl"
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon import cli  # noqa: E402


def published_dates(labels: Path) -> dict[str, str]:
    """file name -> published date of every label line."""
    lines = labels.read_text(encoding="utf-8").splitlines()
    return {row["file"]: row["published"] for row in map(json.loads, filter(str.strip, lines))}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: check_dated.py LABELS.jsonl FILE...", file=sys.stderr)
        return 2
    dates = published_dates(Path(argv[0]))
    failures = 0
    for path in argv[1:]:
        published = dates.get(Path(path).name)
        extra = ["--published", published] if published else []
        failures += cli.main(["check", "--json", *extra, path]) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
