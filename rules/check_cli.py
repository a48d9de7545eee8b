"""Development harness: python -m rules.check_cli [--published YYYY-MM-DD] FILE...

Prints one JSON line per file with its claims and discrepancies against the seed baseline.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from daemon.extract import extract_article, plain_article
from rules.engine import Engine
from rules.seeds import bundled_documents


def main(argv=None) -> None:
    """Check each file and print its report as one JSON line."""
    parser = argparse.ArgumentParser(prog="rules.check_cli")
    parser.add_argument("--published", type=date.fromisoformat)
    parser.add_argument("--overrides")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    engine = Engine.load(args.overrides)
    baseline = engine.build_baseline(bundled_documents())
    for name in args.files:
        article = _read(Path(name))
        if args.published:
            article = replace(article, published=args.published)
        report = engine.check(article, baseline)
        print(json.dumps({"source": name, "title": article.title,
                          "published": article.published.isoformat() if article.published else None,
                          "language": article.language,
                          "claims": [c.to_dict() for c in report.claims],
                          "discrepancies": [d.to_dict() for d in report.discrepancies]},
                         ensure_ascii=False))


def _read(path: Path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        return extract_article(raw) or plain_article("")
    return plain_article(raw)


if __name__ == "__main__":
    main()
