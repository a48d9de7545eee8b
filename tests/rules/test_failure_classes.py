"""The failure classes of unseen coverage, one sentence or two each, all written for this test:
recalled counts, sub-counts, not-a-release, list arithmetic, persons near a release,
cumulative totals and structure (tables, nationality nouns, remaining counts)."""
import datetime as dt

import pytest

from rules.model import Article

CASES = [
 # (text, published, expected list of (kind,event,claimed)) ; [] means quiet
 ("Fourteen were freed in June and 52 in September; on Saturday Minsk let 123 go.", "2025-12-14", []),
 ("Belarus released 123 prisoners on Saturday. In June, 14 had walked free, among them Siarhei Tsikhanouski.", "2025-12-14", []),
 ("On Saturday, 123 prisoners were freed. A further group of nine was taken to Vilnius.", "2025-12-14", []),
 ("Belarus freed 123 prisoners on Saturday; Ukraine received 114 of them.", "2025-12-14", []),
 ("Nine freed prisoners reached Vilnius on Saturday evening.", "2025-12-14", []),
 ("The group freed on Saturday included two from Japan and three from Poland.", "2025-06-22", []),
 ("The group freed on Saturday included two from Japan and four from Poland.", "2025-06-22", [("nationality_count","2025-06-21",4)]),
 ("Rights groups are calling for the release of a further 1,150 prisoners.", "2025-12-14", []),
 ("US officials discussed freeing 1,300 more prisoners with Lukashenko on Saturday.", "2025-12-14", []),
 ("Lukashenko could free hundreds more next year, the envoy said.", "2025-12-14", []),
 ("Russia and Ukraine swapped 390 prisoners of war on Friday.", "2025-05-24", []),
 ("Tsikhanouski was released together with 13 other prisoners on Saturday.", "2025-06-22", []),
 ("Tsikhanouski and a dozen others were freed on Saturday.", "2025-06-22", [("release_count","2025-06-21",13)]),
 ("Tsikhanouski and 122 other prisoners were freed on Saturday.", "2025-12-14", [("person_status","2025-12-13","freed")]),
 ("Close to 190 people have been freed in three transfers since June.", "2025-12-20", []),
 ("Four Poles were among the 14 freed on Saturday.", "2025-06-22", [("nationality_count","2025-06-21",4)]),
 ("Three Estonians were among the 14 freed on Saturday.", "2025-06-22", [("nationality_count","2025-06-21",3)]),
 ("11000 political prisoners remain in Belarus jails, the group says.", "2025-10-01", [("remaining_count",None,11000)]),
 ("Ales Bialiatski remains behind bars, his wife said.", "2026-01-05", [("person_status",None,"held")]),
 ("Siarhei Tsikhanouski, whose wife Sviatlana leads the opposition from Vilnius, was freed on Saturday.", "2025-06-22", []),
 ("Sviatlana Tsikhanouskaya welcomed the freed prisoners in Vilnius on Saturday.", "2025-06-22", []),
 ("Andrzej Poczobut was not among those freed on Saturday.", "2025-06-22", []),
 ("Andrzej Poczobut was among those freed on Saturday.", "2025-06-22", [("person_status","2025-06-21","freed")]),
 ("Sixteen prisoners were freed on Saturday, including Siarhei Tsikhanouski.", "2025-06-22", [("release_count","2025-06-21",16)]),
 ("On Thursday Belarus freed 57 prisoners, who crossed into Lithuania.", "2025-09-12", [("release_count","2025-09-11",57)]),
 ("Belarus pardoned 18 people on 3 July, state media reported.", "2025-07-04", [("new_event","2025-07-03",18)]),
 ("| Date | Freed |\n|---|---|\n| 21 June 2025 | 16 |\n| 11 September 2025 | 52 |", "2025-12-20", [("release_count","2025-06-21",16)]),
 ("In total, 123 people were freed on Saturday; 114 went to Ukraine and nine to Lithuania.", "2025-12-14", []),
 ("The 52 freed on Thursday included six Lithuanians and two Latvians.", "2025-09-12", []),
 ("Of the 52 freed on Thursday, 8 were Lithuanian citizens.", "2025-09-12", [("nationality_count","2025-09-11",8)]),
 ("Minsk has released more than 400 political prisoners since July 2024.", "2025-12-20", []),
 ("Viktar Babaryka was freed on Thursday along with 51 others.", "2025-09-12", [("person_status","2025-09-11","freed")]),
 ("Viktar Babaryka, freed on 13 December, spoke to reporters in Kyiv.", "2025-12-20", []),
 ("Maria Kalesnikava, who was freed in December, met Babaryka's sister.", "2025-12-20", []),
 ("Maria Kalesnikava walked free in September.", "2025-12-20", [("person_status","2025-09-11","freed")]),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_failure_class_sentence(engine, baseline, text, published, expected):
    report = engine.check(Article(text, published=dt.date.fromisoformat(published)), baseline)
    assert sorted((d.kind, d.event, d.claimed) for d in report.discrepancies) == sorted(expected)
