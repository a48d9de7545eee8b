import datetime as dt

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


@pytest.fixture(scope="session")
def check(engine, baseline):
    def run(text, published="2025-06-22", title="", language="en"):
        article = Article(text=text, title=title, published=dt.date.fromisoformat(published),
                          language=language)
        return engine.check(article, baseline)
    return run


@pytest.fixture(scope="session")
def alerts(check):
    def run(text, published="2025-06-22", title="", language="en"):
        return [(d.kind, d.event, d.claimed, d.country, d.person)
                for d in check(text, published, title, language).discrepancies]
    return run
