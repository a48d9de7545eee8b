import pytest

from daemon import analysis
from daemon.config import parse_config
from daemon.fetch import Fetcher
from daemon.notify import Targets
from daemon.pipeline import Reviews, Services
from storage.db import open_database


@pytest.fixture
def newsroom():
    """Start a daemon in this process, built as `claimwatch run` builds it, from a parsed
    config.toml; the test polls and delivers at the times it chooses."""
    engine = analysis.load_engine(None)
    made = []

    def start(data: dict) -> Services:
        config = parse_config(data)
        db = open_database(config.database_url)
        baseline = analysis.stored_or_bundled_baseline(engine, config.database_url, store=True)
        services = Services(config=config, db=db, fetcher=Fetcher(config.fetch),
                            analyzer=analysis.PooledAnalyzer(None, baseline, workers=1),
                            targets=Targets(config.notify), engine=engine, reviews=Reviews.read(db))
        made.append(services)
        return services

    yield start
    for services in made:
        services.close()
