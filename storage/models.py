"""The tables: feeds with their fetch state, articles, their claims, the baseline, alerts."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class Feed(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    url: str = Field(index=True, unique=True)
    etag: str | None = None
    last_modified: str | None = None
    last_fetch_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    error_count: int = 0                      # consecutive failures; 0 after a success
    next_fetch_at: datetime | None = None     # backoff: no poll before this time
    failing_since: datetime | None = None     # first failure of the current run of failures
    next_poll_at: datetime | None = None      # no process polls it on schedule before this
    lease_owner: str | None = None            # the process polling it now ("host:pid")
    lease_until: datetime | None = None       # when that process's hold lapses, if it died


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(index=True, unique=True)
    content_hash: str | None = Field(default=None, index=True)
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    title: str = ""
    published: date | None = None
    language: str | None = None
    text: str = Field(default="", sa_column=Column(Text))
    fetched_at: datetime | None = None
    status: str = "checked"                   # checked | not_checked | duplicate | no_text | error
    error: str | None = None
    attempts: int = 0


class Claim(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    kind: str
    value: int | None = None
    relation: str = "="
    event: str | None = None
    country: str | None = None
    person: str | None = None
    status: str | None = None
    in_title: bool = False
    sentence: str = Field(default="", sa_column=Column(Text))


class BaselineFact(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)
    kind: str
    data: str = Field(sa_column=Column(Text))     # rules.model.Fact as JSON, with sources


class BaselineConflict(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    key: str
    data: str = Field(sa_column=Column(Text))     # rules.model.Conflict as JSON


class BaselineDocument(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str                                  # as the facts' sources cite it
    title: str


class Alert(SQLModel, table=True):
    """One message about one article (or an operator notice), stored before any delivery."""
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(index=True, unique=True)
    article_id: int | None = Field(default=None, foreign_key="article.id", index=True)
    kind: str = "discrepancy"                 # discrepancy | candidate (review only) | operator
    title: str
    body: str = Field(sa_column=Column(Text))
    discrepancies: str = Field(default="[]", sa_column=Column(Text))   # JSON list
    created_at: datetime
    state: str = Field(default="pending", index=True)    # pending | delivered | failed | no_target | review


class Delivery(SQLModel, table=True):
    """The delivery of one alert to one target (an apprise URL, known by its hash)."""
    __table_args__ = (UniqueConstraint("alert_id", "target_id"),)
    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    target_id: str
    target_label: str                         # the URL with its secrets masked
    state: str = Field(default="pending", index=True)    # pending | delivered | failed
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None
    delivered_at: datetime | None = None
    claimed_by: str | None = None             # the process that last took it to send ("host:pid")


class Review(SQLModel, table=True):
    """A reviewer's judgement of an alert (or of one of its discrepancies, `item`, 1-based):
    confirm | dismiss | accept | reopen. The latest one of an alert is its review state."""
    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    item: int | None = None
    action: str
    note: str = Field(default="", sa_column=Column(Text))
    reviewer: str = ""
    created_at: datetime


class FactVersion(SQLModel, table=True):
    """A version of a baseline fact accepted from an alert. Nothing is overwritten: the
    latest version of a key is in force, the earlier ones (and the built fact) are its history."""
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True)
    data: str = Field(sa_column=Column(Text))     # rules.model.Fact as JSON
    valid_from: date | None = None
    source_url: str = ""
    source_title: str = ""
    review_id: int | None = Field(default=None, foreign_key="review.id")
    reviewer: str = ""
    recorded_at: datetime


class AlertClaim(SQLModel, table=True):
    """A claim an article's alert carries, by its signature (a hash of kind, release, value,
    person and country): how a later copy of the same story finds that alert."""
    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    signature: str = Field(index=True)
    created_at: datetime


class Reprint(SQLModel, table=True):
    """An article that repeats the text and the claims of an alerted one (a wire story
    reprinted): its outlet is added to that alert, and nothing more is pushed."""
    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    article_id: int = Field(foreign_key="article.id", unique=True)
    resemblance: float                        # the share of the shorter text's phrases in the other
    created_at: datetime
