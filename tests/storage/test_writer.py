"""Group commit: many threads' writes share transactions; each caller learns its own outcome."""
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import Session, select

from storage.models import Feed
from storage.writer import GroupWriter


def add_feed(url):
    def write(session):
        session.add(Feed(name=url, url=url))
        return url
    return write


def stored_urls(db) -> set[str]:
    with Session(db) as session:
        return set(session.exec(select(Feed.url)))


def test_writes_from_many_threads_share_transactions_and_are_all_committed(db):
    batches = []
    writer = GroupWriter(db, linger=0.05, on_commit=batches.append)
    urls = [f"http://feed.test/{n}" for n in range(200)]
    with ThreadPoolExecutor(16) as threads:
        assert list(threads.map(lambda url: writer.write(add_feed(url)), urls)) == urls
    writer.close()
    assert stored_urls(db) == set(urls)
    assert len(batches) < len(urls) / 4                    # grouped, not one commit each


def test_a_failing_write_fails_only_its_own_caller(db):
    writer = GroupWriter(db, linger=0.2)                   # long enough to share one batch

    def broken(session):
        raise ValueError("bad row")
    good, bad, duplicate = (writer.submit(add_feed("http://a.test")), writer.submit(broken),
                            writer.submit(add_feed("http://a.test")))      # violates the unique URL
    assert good.result() == "http://a.test"
    with pytest.raises(ValueError, match="bad row"):
        bad.result()
    with pytest.raises(Exception):
        duplicate.result()
    writer.close()
    assert stored_urls(db) == {"http://a.test"}


def test_close_commits_what_was_handed_over(db):
    writer = GroupWriter(db, linger=1.0)
    pending = [writer.submit(add_feed(f"http://b.test/{n}")) for n in range(5)]
    writer.close()
    assert all(f.done() for f in pending)
    assert len(stored_urls(db)) == 5


def test_items_of_a_batch_go_in_one_bulk_call_and_each_caller_gets_its_result(db):
    calls = []

    def add_feeds(session, urls):
        calls.append(len(urls))
        if "http://bad.test" in urls:
            raise ValueError("bad row")
        for url in urls:
            session.add(Feed(name=url, url=url))
        return [url.upper() for url in urls]
    writer = GroupWriter(db, linger=0.2)
    good = [writer.submit_item(add_feeds, f"http://c.test/{n}") for n in range(5)]
    bad = writer.submit_item(add_feeds, "http://bad.test")
    assert [f.result() for f in good] == [f"HTTP://C.TEST/{n}" for n in range(5)]
    with pytest.raises(ValueError, match="bad row"):
        bad.result()
    writer.close()
    assert calls[0] == 6 and calls[1:] == [1] * 6         # together, then each alone after the failure
    assert stored_urls(db) == {f"http://c.test/{n}" for n in range(5)}


def test_a_write_its_caller_waits_for_closes_the_batch_at_once(db):
    writer = GroupWriter(db, linger=5.0)
    queued = writer.submit(add_feed("http://d.test/queued"))
    started = time.monotonic()
    assert writer.write(add_feed("http://d.test/waited")) == "http://d.test/waited"
    assert time.monotonic() - started < 2.5                # not held open for the whole linger
    assert queued.result(timeout=0) == "http://d.test/queued"   # committed in the same batch
    writer.close()
