import datetime as dt
from functools import partial

import pytest

from rules.engine import Engine
from rules.model import Article
from rules.seeds import bundled_documents


@pytest.fixture(scope="session")
def engine():
    return Engine.load()


@pytest.fixture(scope="session")
def baseline(engine):
    return engine.build_baseline(bundled_documents())


def checked(engine, baseline, text, published="2025-06-22", title="", language="en"):
    """The engine's report on a text published on a day (YYYY-MM-DD)."""
    article = Article(text=text, title=title, published=dt.date.fromisoformat(published), language=language)
    return engine.check(article, baseline)


def discrepancies(engine, baseline, text, published="2025-06-22", title="", language="en"):
    """(kind, event, claimed, country, person) of each discrepancy the engine reports on a text."""
    return [(d.kind, d.event, d.claimed, d.country, d.person)
            for d in checked(engine, baseline, text, published, title, language).discrepancies]


@pytest.fixture(scope="session")
def check(engine, baseline):
    return partial(checked, engine, baseline)


@pytest.fixture(scope="session")
def alerts(engine, baseline):
    return partial(discrepancies, engine, baseline)
