"""What the review console shows, read from the database into plain dicts for its templates:
the alerts (filtered, paged), one alert with its evidence in context, the baseline with its
history, the feeds, the live precision of each rule, and the exports (ClaimReview, CSV)."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from sqlmodel import Session

from daemon.config import Config, mask_feed_url
from daemon.review import baseline_in_force, fact_history, review_state, shown_items
from rules.engine import Engine
from rules.model import Baseline, Discrepancy, fact_key
from storage import queries
from storage.models import Alert, Article, Feed

PAGE_SIZE = 50
REVIEW_STATES = ("open", "confirmed", "dismissed", "accepted")
CHART_DAYS = 30


@dataclass(frozen=True)
class AlertFilter:
    """The alert list's filters; an empty value does not filter."""
    state: str = ""             # delivery state
    kind: str = ""              # the alert's kind or one of its discrepancies'
    review: str = ""            # open | confirmed | dismissed | accepted
    language: str = ""
    feed: str = ""              # the feed's id
    since: date | None = None
    until: date | None = None

    def admits(self, row: dict) -> bool:
        return ((not self.state or row["state"] == self.state)
                and (not self.kind or self.kind in row["kinds"] or self.kind == row["kind"])
                and (not self.review or row["review"] == self.review)
                and (not self.language or row["language"] == self.language)
                and (not self.feed or str(row["feed_id"]) == self.feed)
                and (self.since is None or row["day"] >= self.since)
                and (self.until is None or row["day"] <= self.until))


def alert_summaries(session: Session) -> list[dict]:
    """Every alert, newest first, in a few fields: what the filters and the stats read."""
    reviews = queries.latest_reviews(session)
    rows = []
    for id_, kind, state, created, items, language, feed_id in queries.alert_overview(session):
        items = json.loads(items)
        rows.append({"id": id_, "kind": kind, "state": state, "day": created.date(), "language": language or "",
                     "feed_id": feed_id, "review": review_state(reviews.get(id_)),
                     "kinds": sorted({d["kind"] for d in items if not d.get("weak")}),
                     "candidate_kinds": sorted({d["kind"] for d in items if d.get("weak")})})
    return rows


def alert_page(session: Session, wanted: AlertFilter, page: int) -> dict:
    """One page of the alerts the filter admits, newest first, and the choices of each filter."""
    summaries = alert_summaries(session)
    matching = [row for row in summaries if wanted.admits(row)]
    pages = max(1, -(-len(matching) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    shown = matching[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    by_id = {row["id"]: row for row in shown}
    feeds = _feed_names(session)
    alerts = [{**by_id[alert.id], "title": article.title if article else alert.title,
               "url": article.url if article else None, "feed": feeds.get(by_id[alert.id]["feed_id"], ""),
               "created_at": alert.created_at}
              for alert, article in queries.alerts_with_articles(session, [row["id"] for row in shown])]
    return {"alerts": alerts, "total": len(matching), "page": page, "pages": pages,
            "choices": {"state": sorted({r["state"] for r in summaries}),
                        "kind": sorted({k for r in summaries for k in [r["kind"], *r["kinds"]]}),
                        "review": list(REVIEW_STATES),
                        "language": sorted({r["language"] for r in summaries if r["language"]}),
                        "feed": sorted(feeds.items(), key=lambda item: item[1])}}


def alert_detail(session: Session, engine: Engine, alert_id: int, baseline: Baseline | None = None) -> dict | None:
    """One alert: its article, each discrepancy with its evidence in its paragraph, the
    baseline fact and its sources, the other outlets with the same claim; its deliveries and
    reviews."""
    alert = session.get(Alert, alert_id)
    if alert is None:
        return None
    article = session.get(Article, alert.article_id) if alert.article_id else None
    feed = session.get(Feed, article.feed_id) if article and article.feed_id else None
    baseline = baseline or current_baseline(session, engine)
    feeds = _feed_names(session)
    items = [_item_view(session, item, article, baseline, feeds) for item in shown_items(alert)]
    reviews = queries.reviews_of(session, alert_id)
    reprints = [{"url": a.url, "title": a.title, "site": urlsplit(a.url).hostname or "", "feed": feeds.get(a.feed_id, "")}
                for a in queries.reprints_of(session, [alert_id]).get(alert_id, [])]
    return {"alert": alert, "article": article, "feed": feed, "outlet": _outlet(feed, article),
            "items": items, "reprints": reprints, "deliveries": queries.deliveries_of(session, alert_id), "reviews": reviews,
            "review": review_state(reviews[-1] if reviews else None)}


def current_baseline(session: Session, engine: Engine) -> Baseline:
    """The baseline in force, or an empty one while none is stored."""
    stored = queries.load_baseline(session)
    return baseline_in_force(engine, session, stored) if stored else Baseline()


def _item_view(session: Session, item: Discrepancy, article: Article | None, baseline: Baseline,
               feeds: dict[int, str]) -> dict:
    key = fact_key(item.kind, item.event, item.country, item.person)
    fact = next((f for f in baseline.facts if f.key == key), None)
    sources = [{"name": s, "title": baseline.documents.get(s, s)} for s in (fact.sources if fact else item.sources)]
    others = [a for a in _articles_with_same_claim(session, item) if article is None or a.id != article.id]
    return {"item": item, "fact": fact, "sources": sources,
            "context": evidence_in_paragraph(item.evidence, article.text if article else ""),
            "others": [{"title": a.title, "url": a.url, "site": urlsplit(a.url).hostname or "",
                        "feed": feeds.get(a.feed_id, "")} for a in others[:20]]}


def _articles_with_same_claim(session: Session, item: Discrepancy) -> list[Article]:
    claimed = item.claimed if isinstance(item.claimed, int) else None
    if item.kind == "new_event":
        return queries.articles_claiming(session, ("release_count", "release"), item.event)
    if item.kind == "person_status":
        status, _, month = str(item.claimed).partition(" ")
        status = {"not": "not_freed"}.get(status, status)
        return queries.articles_claiming(session, ("person_status",), item.event or month or None,
                                         person=item.person, status=status)
    return queries.articles_claiming(session, (item.kind,), item.event, claimed, country=item.country)


def evidence_in_paragraph(evidence: str, text: str) -> dict | None:
    """The paragraph of `text` that holds the evidence sentence, split around it (so that a
    template can highlight it); None when the text does not hold it (the title, say)."""
    wanted = " ".join(evidence.split())
    for paragraph in text.split("\n"):
        paragraph = " ".join(paragraph.split())
        at = paragraph.find(wanted) if wanted else -1
        if at >= 0:
            return {"before": paragraph[:at], "match": wanted, "after": paragraph[at + len(wanted):]}
    return None


def baseline_view(session: Session, engine: Engine) -> dict:
    baseline = current_baseline(session, engine)
    return {"baseline": baseline, "stored": bool(baseline.facts), "history": fact_history(session),
            "published": engine.documents}


def feeds_view(session: Session, config: Config) -> list[dict]:
    stored = {f.url: f for f in queries.list_feeds(session)}
    counts = queries.article_counts(session)
    alerts: dict[int, int] = {}
    for *_, feed_id in queries.alert_overview(session):
        alerts[feed_id] = alerts.get(feed_id, 0) + 1
    views = []
    for feed in config.feeds:
        row = stored.get(feed.url)
        articles = counts.get(row.id, {}) if row else {}
        views.append({"config": feed, "url": mask_feed_url(feed.url), "row": row, "alerts": alerts.get(row.id, 0) if row else 0,
                      "articles": sum(n for k, n in articles.items() if not k.startswith("lang:")),
                      "by_status": {k: n for k, n in articles.items() if not k.startswith("lang:")}})
    return views


def stats_view(session: Session, today: date) -> dict:
    """Per discrepancy kind, language and feed: alerts open, confirmed, dismissed, accepted,
    and the live precision (confirmed or accepted, of those judged); alerts per day."""
    summaries = [r for r in alert_summaries(session) if r["kind"] != "operator"]
    feeds = _feed_names(session)
    tables = {"kind": {}, "language": {}, "feed": {}}
    for row in summaries:
        keys = {"kind": row["kinds"] or ["candidate (held for review)"],
                "language": [row["language"] or "unknown"], "feed": [feeds.get(row["feed_id"], "(none)")]}
        for dimension, names in keys.items():
            for name in names:
                counts = tables[dimension].setdefault(name, dict.fromkeys(REVIEW_STATES, 0))
                counts[row["review"]] += 1
    return {"tables": {d: [_with_precision(name, counts) for name, counts in sorted(t.items())]
                       for d, t in tables.items()},
            "chart": per_day_chart(summaries, today)}


def _with_precision(name: str, counts: dict) -> dict:
    right, judged = counts["confirmed"] + counts["accepted"], counts["confirmed"] + counts["accepted"] + counts["dismissed"]
    return {"name": name, **counts, "total": sum(counts.values()),
            "precision": f"{right / judged:.2f}" if judged else "–"}


def per_day_chart(summaries: list[dict], today: date, days: int = CHART_DAYS) -> dict:
    """Bars of alerts per day over the last `days` days (pushed, and held for review), with
    the geometry of an SVG drawing of them."""
    first = today - timedelta(days=days - 1)
    pushed, held = [0] * days, [0] * days
    for row in summaries:
        offset = (row["day"] - first).days
        if 0 <= offset < days:
            (pushed if row["kinds"] else held)[offset] += 1
    top = max([p + h for p, h in zip(pushed, held)] + [1])
    width, height, bar = 600, 160, 600 / days
    bars = []
    for i in range(days):
        p, h = pushed[i] / top * height, held[i] / top * height
        bars.append({"x": round(i * bar + 1, 1), "w": round(bar - 2, 1), "pushed": pushed[i], "held": held[i],
                     "y_pushed": round(height - p, 1), "h_pushed": round(p, 1),
                     "y_held": round(height - p - h, 1), "h_held": round(h, 1),
                     "day": (first + timedelta(days=i)).isoformat()})
    return {"bars": bars, "width": width, "height": height, "top": top, "first": first.isoformat(),
            "last": today.isoformat(), "total": sum(pushed) + sum(held)}


# --- exports -----------------------------------------------------------------------------

def claim_reviews(session: Session, engine: Engine, organization: str, console_url: str) -> list[dict]:
    """Each confirmed finding as a schema.org ClaimReview: the article's claim, rated false
    against the baseline, with the baseline's value and sources in the review's text."""
    out, baseline = [], current_baseline(session, engine)
    for row in alert_summaries(session):
        if row["review"] != "confirmed":
            continue
        detail = alert_detail(session, engine, row["id"], baseline)
        reviewed = detail["reviews"][-1]
        for view in detail["items"]:
            if not view["item"].weak:
                out.append(_claim_review(detail, view, reviewed, organization, console_url))
    return out


def _claim_review(detail: dict, view: dict, reviewed, organization: str, console_url: str) -> dict:
    item, article = view["item"], detail["article"]
    sources = "; ".join(s["title"] for s in view["sources"]) or "the baseline"
    appearance = {"@type": "CreativeWork", "url": article.url if article else None,
                  "headline": article.title if article else detail["alert"].title}
    if article and article.published:
        appearance["datePublished"] = article.published.isoformat()
    site = urlsplit(article.url).hostname if article else None
    if site:
        appearance["publisher"] = {"@type": "Organization", "name": site}
    return {"@context": "https://schema.org", "@type": "ClaimReview",
            "url": f"{console_url}/alerts/{detail['alert'].id}",
            "datePublished": reviewed.created_at.date().isoformat(),
            "author": {"@type": "Organization", "name": organization},
            "claimReviewed": item.evidence.strip(),
            "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                             "alternateName": "False"},
            "reviewBody": f"The article states {item.claimed} ({item.kind.replace('_', ' ')}"
                          f"{', ' + item.event if item.event else ''}); the established figure is "
                          f"{item.baseline}, according to {sources}."
                          + (f" Reviewer's note: {reviewed.note}" if reviewed.note else "")}


CSV_COLUMNS = ("alert_id", "created_at", "alert_kind", "delivery_state", "review", "reviewer", "review_note",
               "language", "feed", "article_url", "article_title", "published", "item", "kind", "event",
               "claimed", "baseline", "person", "country", "held_for_review_because", "evidence")


def alerts_csv(session: Session) -> str:
    """Every alert, one row per discrepancy, as CSV; a cell that a spreadsheet would run as a
    formula is quoted as text."""
    reviews, feeds = queries.latest_reviews(session), _feed_names(session)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    ids = [row[0] for row in queries.alert_overview(session)]
    for alert, article in queries.alerts_with_articles(session, ids):
        review = reviews.get(alert.id)
        head = [alert.id, alert.created_at.isoformat(timespec="seconds"), alert.kind, alert.state,
                review_state(review), review.reviewer if review else "", review.note if review else "",
                article.language if article else "", feeds.get(article.feed_id, "") if article else "",
                article.url if article else "", article.title if article else alert.title,
                article.published.isoformat() if article and article.published else ""]
        for number, item in enumerate(shown_items(alert), 1):
            writer.writerow([_safe_cell(v) for v in head + _item_cells(number, item)])
        if not alert.discrepancies or alert.discrepancies == "[]":
            writer.writerow([_safe_cell(v) for v in head + [""] * 9])
    return buffer.getvalue()


def _item_cells(number: int, item: Discrepancy) -> list:
    return [number, item.kind, item.event or "", item.claimed, item.baseline if item.baseline is not None else "",
            item.person or "", item.country or "", item.weak, item.evidence.strip()]


def _safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _feed_names(session: Session) -> dict[int, str]:
    return {f.id: f.name for f in queries.list_feeds(session)}


def _outlet(feed: Feed | None, article: Article | None) -> str:
    if feed is not None:
        return feed.name
    return (urlsplit(article.url).hostname or "") if article else ""


def utc_today() -> date:
    return datetime.now(timezone.utc).date()
