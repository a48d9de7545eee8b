"""Golden tests for general mechanisms: sections, tables, list items, appositions, sub-counts.

Every sentence here is written for the test; none is taken from a corpus article.
"""
import datetime as dt

from rules.model import Article

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_place_name_after_to_is_not_an_infinitive(alerts):
    text = ("Back in September the families waited at the border. "
            "That month, when the envoy's trip to Minsk freed 52 detainees, seven of them were Lithuanian citizens.")
    assert alerts(text, "2025-10-20") == [("nationality_count", E2, 7, "LT", None)]


def test_infinitive_release_stays_unreal(alerts):
    assert alerts("Washington wants Minsk to free 300 more prisoners.", "2025-09-12") == []
