"""Classes from the thirty-sixth round of blind sets (b107, b108, English), proven on sentences
written for these tests."""


def test_the_other_poles_count_the_named_one_too(alerts):
    text = "On 21 June Andrzej Poczobut walked out with the other two Poles."
    assert [k for k, _, _, _, _ in alerts(text, "2025-06-25")] == ["person_status"]
    # control: with two Poles, he need not be one of them
    text = "On 21 June Andrzej Poczobut walked out with two Poles."
    assert sorted(k for k, _, _, _, _ in alerts(text, "2025-06-25")) == ["nationality_count", "person_status"]


def test_a_count_the_sentence_sums_up_is_a_part(check):
    text = ("On Saturday Siarhei Tsikhanouski was released, and together with him were released also "
            "other 13 persons, in total fourteen people.")
    report = check(text, "2025-06-23")
    assert report.discrepancies == [] and [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 13)]


def test_hoping_for_a_release_is_no_release(alerts):
    assert alerts("The Polish ministry is hoping also for release of Andrzej Poczobut.", "2025-06-22") == []


def test_freed_prisoners_now_in_a_country_are_a_part(alerts):
    text = "On 13 December Ales Bialiatski was among nine freed prisoners now in Lithuania."
    assert alerts(text, "2025-12-14") == []
