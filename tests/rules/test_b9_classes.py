"""The failure classes blind set b9 showed at first contact, each proven on sentences written
for the test (none is taken from a corpus article)."""

import pytest

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


# A count with a release participle between it and a nationality counts those citizens: it is
# a nationality count, not the release's total ("the two freed Latvians").

def test_a_participle_before_the_nationality_makes_a_nationality_count(alerts):
    text = "On Saturday Minsk released 14 prisoners; Riga said the two freed Latvians were well."
    assert alerts(text, "2025-06-22") == []
    text = "On Saturday Minsk released 14 prisoners; Riga said the five freed Latvians were well."
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 5, "LV", None)]


def test_a_participle_before_a_people_noun_still_counts_the_release(alerts):
    text = "On Saturday the 16 freed prisoners crossed into Lithuania."
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_russian_participle_before_the_nationality(alerts):
    text = "В субботу Минск освободил 14 заключённых; в Риге сообщили, что двое освобождённых латышей здоровы."
    assert alerts(text, "2025-06-22", language="ru") == []


# A number in apposition to a list of named persons counts those persons, not the release.

def test_a_count_in_apposition_to_named_persons_counts_them(alerts):
    text = ("Among those freed on Saturday were Ales Bialiatski, Maria Kalesnikava and Viktar Babaryka, "
            "three prisoners the regime had refused to release for years.")
    assert alerts(text, "2025-12-14") == []
    text = "Those freed on Saturday included Natallia Dulina and Ihar Karnei, two journalists."
    assert alerts(text, "2025-06-22") == []


def test_a_release_total_after_named_persons_still_counts(alerts):
    text = "Siarhei Tsikhanouski and Ihar Karnei were among 16 prisoners freed on Saturday."
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]


# Two dates and two counts, each coordinated, pair in order ("in June and September ... 14 and 52").

def test_coordinated_months_and_counts_pair_in_order(alerts):
    text = "Earlier, in June and September, Minsk released 14 and 52 prisoners after American visits."
    assert alerts(text, "2025-12-15") == []
    text = "Earlier, in June and September, Minsk released 15 and 52 prisoners after American visits."
    assert alerts(text, "2025-12-15") == [("release_count", E1, 15, None, None)]


def test_coordinated_counts_with_one_date_are_not_paired(alerts):
    text = "On 13 December Minsk released 123 prisoners, among them 5 and 9 sent to two countries."
    assert all(kind != "release_count" or claimed == 123 for kind, _, claimed, _, _ in alerts(text, "2025-12-14"))


# A claim that posts or reports "describe" someone as freed is the claim a fact-check refutes.

def test_posts_describing_someone_as_freed_are_a_hedged_claim(alerts):
    text = ("Posts shared widely on social networks since the weekend show a photograph of Sviatlana "
            "Tsikhanouskaya and describe her as a prisoner released last Saturday.")
    assert alerts(text, "2025-12-16") == []


# A total over a span of months is cumulative, whatever release the sentence names last.

def test_a_total_over_a_span_of_months_is_cumulative(alerts):
    text = "Count Saturday's group and the total comes to 189 prisoners freed in under six months."
    assert alerts(text, "2025-12-16") == []


# A person who came to meet the freed is not one of them.

def test_a_person_who_came_to_meet_the_freed_is_not_freed(alerts):
    text = "On Saturday Sviatlana Tsikhanouskaya was in Vilnius to meet Ales Bialiatski after his release."
    assert alerts(text, "2025-12-14") == []
    text = "On Saturday Maria Kalesnikava was in Vilnius after her release from prison."
    assert alerts(text, "2025-12-14") == []


def test_a_nationality_part_of_a_stated_whole(alerts):
    text = "On Thursday 52 prisoners were pardoned. Eight of the 52 were Lithuanian citizens, Vilnius said."
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 8, "LT", None)]
    text = "On Thursday 52 prisoners were pardoned. Six of the 52 were Lithuanian citizens, Vilnius said."
    assert alerts(text, "2025-09-12") == []


def test_one_of_a_nationality_group_is_a_person_not_a_nationality_count(alerts):
    text = ("On Saturday Andrzej Poczobut was one of the three Polish citizens among the 14 prisoners "
            "driven to Lithuania.")
    assert [a for a in alerts(text, "2025-06-22") if a[0] == "nationality_count"] == []


# The time someone was held ("jailed since 2020") is not a span of releases: the release told
# in the same sentence is still one release. (Found reading b6's and b8's misses.)




@pytest.mark.parametrize("language, text", [
    ("en", "On Saturday Belarus freed 16 prisoners, some of them jailed since 2020."),
    ("ru", "В субботу Беларусь освободила 16 заключённых, некоторые из них сидели с 2020 года."),
    ("uk", "У суботу Білорусь звільнила 16 в'язнів, які сиділи з 2020 року."),
    ("pl", "W sobotę Białoruś uwolniła 16 więźniów, niektórzy z nich siedzieli od 2020 roku."),
    ("be", "У суботу Беларусь вызваліла 16 вязняў, некаторыя з іх былі за кратамі з 2020 года."),
    ("lt", "Šeštadienį Baltarusija paleido 16 kalinių, kai kurie jų buvo kalėjime nuo 2020 metų."),
])
def test_a_detention_since_a_date_leaves_the_release_one_release(alerts, language, text):
    assert alerts(text, "2025-06-22", language=language) == [("release_count", E1, 16, None, None)]


def test_a_single_release_with_a_detention_span_is_a_new_release(check):
    text = ("The United States welcomes the release on Wednesday, April 30, of Juras Dapkus, a U.S. "
            "citizen who had been wrongfully detained in Belarus since 2021.")
    assert [(d.kind, d.event) for d in check(text, "2025-05-01").discrepancies] == [("new_event", "2025-04-30")]


def test_a_span_of_releases_is_still_cumulative(alerts):
    text = "Since June, Belarus has freed 189 prisoners, some of them jailed since 2020."
    assert alerts(text, "2025-12-16") == []
