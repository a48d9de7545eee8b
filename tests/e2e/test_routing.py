"""Named targets, routes and digests, through the real pipeline to a local webhook and a real
SMTP server: which alert reaches whom, when, and with what title."""
import tomllib
from datetime import datetime, timedelta, timezone

from sqlmodel import Session, select

from daemon.pipeline import deliver_due, run_feed
from storage.models import Delivery
from tests.e2e.story import GrowingFeed
from tests.servers import free_port

# 10:20 UTC: the hourly digest of what is stored now is due at 11:00.
MORNING = datetime(2026, 12, 2, 10, 20, tzinfo=timezone.utc)


def desk_config(tmp_path, feed_url: str, desk_url: str, mail_url: str, notify: str = "") -> dict:
    return tomllib.loads(f"""
[database]
url = "sqlite:///{tmp_path}/cw.db"
[fetch]
allow_private_addresses = true
timeout = 3.0
deadline = 6.0
[notify]
{notify}
[[notify.targets]]
name = "desk"
url = "{desk_url}"
tags = ["chat"]
[[notify.targets]]
name = "editors"
url = "{mail_url}"
digest = "hourly"
[[notify.routes]]
min_severity = "high"
targets = ["chat"]
continue_matching = true
[[notify.routes]]
kinds = ["new_event"]
targets = ["editors"]
[[feeds]]
name = "story"
url = "{feed_url}"
""")


def plain_text(message) -> str:
    return next(part.get_payload(decode=True).decode() for part in message.walk()
                if part.get_content_type() == "text/plain")


def hook_of(site, path: str) -> str:
    return site.url(path).replace("http://", "json://")


def test_contradictions_go_to_the_desk_at_once_new_releases_to_the_hourly_digest(newsroom, site, mailbox, tmp_path):
    start = newsroom
    feed = GrowingFeed(site)
    services = start(desk_config(tmp_path, feed.url, hook_of(site, "/desk"), mailbox.apprise_url()))
    feed.add("fifteen")                 # a contradicted count: severity high
    feed.add("new-release")             # a release the baseline lacks
    feed.add("wrong-release")           # another one
    run_feed(services.config.feeds[0], services=services, now=MORNING)

    assert deliver_due(services, MORNING) == 1
    [desk] = site.posted_json()
    assert "Fifteen freed" in desk["title"] and desk["message"].startswith("URL: http://")
    assert mailbox.messages == []                       # the digest's hour is not over

    assert deliver_due(services, MORNING + timedelta(minutes=44)) == 0   # 11:00, and 5 minutes' grace
    assert deliver_due(services, MORNING + timedelta(minutes=45)) == 2
    [digest] = mailbox.messages
    assert digest["Subject"] == "claimwatch digest: 2 alerts to 2026-12-02 11:00 UTC"
    text = plain_text(digest)
    assert "new-release.html" in text and "wrong-release.html" in text and "fifteen.html" not in text
    assert "claimed: 31" in text and "claimed: 35" in text

    assert deliver_due(services, MORNING + timedelta(hours=3)) == 0   # each sent once
    assert len(mailbox.messages) == 1 and len(site.posted_json()) == 1


def test_a_failed_digest_is_retried_whole_and_nothing_is_lost(newsroom, site, mailbox, tmp_path):
    start = newsroom
    feed = GrowingFeed(site)
    services = start(desk_config(tmp_path, feed.url, hook_of(site, "/desk"), mailbox.apprise_url()))
    feed.add("new-release")
    feed.add("wrong-release")
    run_feed(services.config.feeds[0], services=services, now=MORNING)
    mailbox.refuse = True
    assert deliver_due(services, MORNING + timedelta(hours=1)) == 0
    with Session(services.db) as session:
        held = session.exec(select(Delivery).where(Delivery.target_id == "editors")).all()
        assert [(d.state, d.attempts) for d in held] == [("pending", 1), ("pending", 1)]
    mailbox.refuse = False
    assert deliver_due(services, MORNING + timedelta(hours=1, seconds=30)) == 0     # backing off
    assert deliver_due(services, MORNING + timedelta(hours=1, minutes=2)) == 2
    assert len(mailbox.messages) == 1 and "2 alerts" in mailbox.messages[0]["Subject"]


def test_a_rotated_token_keeps_the_named_targets_pending_alerts(newsroom, site, mailbox, tmp_path):
    start = newsroom
    feed = GrowingFeed(site)
    dead = f"json://127.0.0.1:{free_port()}/hook?token=old-token-1"
    services = start(desk_config(tmp_path, feed.url, dead, mailbox.apprise_url()))
    feed.add("fifteen")
    run_feed(services.config.feeds[0], services=services, now=MORNING)
    assert deliver_due(services, MORNING) == 0                         # the old URL is gone
    services.close()

    rotated = start(desk_config(tmp_path, feed.url, hook_of(site, "/desk") + "?token=new-token-2",
                                mailbox.apprise_url()))
    assert deliver_due(rotated, MORNING + timedelta(minutes=5)) == 1
    assert "Fifteen freed" in site.posted_json()[0]["title"]
    with Session(rotated.db) as session:
        [delivery] = session.exec(select(Delivery)).all()
        assert (delivery.target_id, delivery.target_label, delivery.state) == ("desk", "desk", "delivered")


def test_titles_name_no_article_when_the_desk_says_so(newsroom, site, mailbox, tmp_path):
    start = newsroom
    feed = GrowingFeed(site)
    services = start(desk_config(tmp_path, feed.url, hook_of(site, "/desk"), mailbox.apprise_url(),
                                 notify="names_in_title = false\nmax_quote = 40"))
    feed.add("another-sixteen")
    run_feed(services.config.feeds[0], services=services, now=MORNING)
    assert deliver_due(services, MORNING) == 1
    [desk] = site.posted_json()
    assert desk["title"] == "claimwatch: 1 discrepancy (number released) from 127.0.0.1"
    assert "Sixteen prisoners" in desk["message"]                       # the body still says it all
    quote = next(line for line in desk["message"].split("\n") if line.strip().startswith("quote:"))
    assert len(quote.split('"')[1]) == 40 and quote.endswith('…"')


def test_a_route_to_nobody_stores_the_alert_and_sends_it_nowhere(newsroom, site, mailbox, tmp_path):
    start = newsroom
    feed = GrowingFeed(site)
    data = desk_config(tmp_path, feed.url, hook_of(site, "/desk"), mailbox.apprise_url())
    data["notify"]["routes"].insert(0, {"feeds": ["story"], "kinds": ["release_count"], "targets": []})
    services = start(data)
    feed.add("fifteen")
    feed.add("new-release")
    run_feed(services.config.feeds[0], services=services, now=MORNING)
    assert deliver_due(services, MORNING + timedelta(hours=1)) == 1      # only the new release, in the digest
    assert site.posted_json() == [] and len(mailbox.messages) == 1
    with Session(services.db) as session:
        assert len(session.exec(select(Delivery)).all()) == 1
