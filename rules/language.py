"""Which language a text is written in: lingua's detector on the text itself, the page's
declared language as a hint, and letters only one candidate language uses
(rules/data/languages.toml)."""
from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

from rules.errors import RulesError, read_toml
from rules.lang import DATA

UNDETERMINED = "und"
SAMPLE = 4000           # characters read: plenty for a news article, bounded for hostile pages


@lru_cache(maxsize=1)
def _settings() -> dict:
    return read_toml(DATA / "languages.toml")


@lru_cache(maxsize=1)
def _detector():
    codes = _settings()["candidates"]
    try:
        languages = [_language_of(code) for code in codes]
    except AttributeError as exc:
        raise RulesError(f"languages.toml: unknown language code in candidates ({exc})") from None
    # low accuracy mode: trigram models only, ~30 MB instead of ~300 MB, and as accurate on
    # texts of a paragraph or more
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def _language_of(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


def detect_language(text: str, declared: str | None = None) -> str:
    """ISO 639-1 code of the text's language, or "und" when it cannot be told. The declared
    language wins when the detector finds it plausible or is itself unsure (a short text)."""
    sample = text[:SAMPLE]
    declared = (declared or "").lower()[:2]
    if len(sample.strip()) < _settings()["min_chars"] and declared in _settings()["candidates"]:
        return declared
    ranked = _detector().compute_language_confidence_values(sample)
    best = ranked[0] if ranked and ranked[0].value > 0 else None
    code = _by_markers(sample, best.language.iso_code_639_1.name.lower() if best else UNDETERMINED)
    if declared and declared != code and declared in _settings()["candidates"]:
        confidence = next((r.value for r in ranked if r.language.iso_code_639_1.name.lower() == declared), 0)
        unsure = best is None or best.value < _settings()["sure_confidence"]
        if unsure or confidence >= _settings()["declared_min_confidence"]:
            return declared
    return code


def _by_markers(text: str, code: str) -> str:
    for marker in _settings().get("markers", []):
        if code in marker["instead_of"] and sum(text.count(c) for c in marker["letters"]) >= marker["min_count"]:
            return marker["language"]
    return code
