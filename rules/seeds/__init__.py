"""The five seed documents shipped with the rules."""
from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent


def bundled_documents() -> dict[str, str]:
    """Seed document name (file name without .txt) -> plain text."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
