"""A feed that grows as a story unfolds: tests add the articles of tests/data/review to it
one at a time, each with its own URL on the local test site."""
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "review"


class GrowingFeed:
    def __init__(self, site, name: str = "story", articles: Path = ARTICLES):
        self.site, self.name, self.items, self.articles = site, name, [], articles
        self.url = site.url(f"/{name}.xml")
        self._publish()

    def add(self, article: str) -> str:
        """Put <articles>/<article>.html (tests/data/review by default) on the site and at the
        top of the feed."""
        url = self.site.add(f"/{self.name}/{article}.html", (self.articles / f"{article}.html").read_bytes(),
                            headers={"Content-Type": "text/html; charset=utf-8"})
        self.items.insert(0, url)
        self._publish()
        return url

    def _publish(self) -> None:
        items = "".join(f"<item><title>{Path(u).stem}</title><link>{u}</link><guid>{u}</guid></item>"
                        for u in self.items)
        self.site.add(f"/{self.name}.xml", f'<?xml version="1.0"?><rss version="2.0"><channel>'
                      f"<title>{self.name}</title>{items}</channel></rss>",
                      headers={"Content-Type": "application/rss+xml"})
