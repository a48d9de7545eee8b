"""Throughput of the claim engine on extracted text: articles per second on one core.

Extracts the dev corpus once (trafilatura, not timed), then times Engine.check over the
texts repeatedly. Run: .venv/bin/python bench/bench_claims.py [CORPUS_DIR]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.extract import extract_article  # noqa: E402
from rules.engine import Engine  # noqa: E402
from rules.seeds import bundled_documents  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def load_articles(corpus: Path) -> list:
    """Extracted articles of every HTML file of the corpus."""
    pages = sorted(corpus.glob("*.html"))
    return [a for a in (extract_article(p.read_text(encoding="utf-8")) for p in pages) if a]


def main() -> None:
    """Print articles/s of Engine.check (extraction of claims + comparison)."""
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    articles = load_articles(corpus)
    engine = Engine.load()
    baseline = engine.build_baseline(bundled_documents())
    for article in articles:  # warm-up: each language's patterns compile on first use
        engine.check(article, baseline)
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < 3.0:
        for article in articles:
            engine.check(article, baseline)
        rounds += 1
    elapsed = time.perf_counter() - start
    print(f"{rounds * len(articles) / elapsed:.0f} articles/s "
          f"({len(articles)} articles x {rounds} rounds in {elapsed:.2f}s, one core)")


if __name__ == "__main__":
    main()
