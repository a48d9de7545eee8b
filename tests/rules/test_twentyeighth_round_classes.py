"""Classes from the twenty-eighth round of blind sets (b79-en, b80-en), proven on sentences written
for these tests."""


def test_a_welcome_on_a_weekday_dates_the_welcome_not_the_release(check):
    text = "Reporters Without Borders welcomed on Wednesday the release of Ihar Karnei."
    assert [d.kind for d in check(text, "2025-06-26").discrepancies] == []


def test_a_date_just_before_a_reporting_verb_dates_the_speech(check):
    text = ("Prime Minister Evika Silina on Monday thanked Washington for securing the freedom of three "
            "Latvian citizens who were released over the weekend.")
    report = check(text, "2025-06-23")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("nationality_count", "2025-06-21", 3)]


def test_the_same_day_does_not_refer_to_a_speech_date(check):
    text = ("Fourteen prisoners were freed on 21 June. \"We are home,\" Siarhei Tsikhanouski told "
            "supporters on Tuesday. Others freed on the same day included Ihar Karnei.")
    report = check(text, "2025-06-28")
    assert report.discrepancies + report.candidates == []


def test_a_relative_joined_to_the_freed_as_a_subject_is_freed(check):
    text = "Siarhei Tsikhanouski and his wife Sviatlana Tsikhanouskaya were both freed on 21 June."
    report = check(text, "2025-06-28")
    assert [d.person for d in report.discrepancies] == ["Sviatlana Tsikhanouskaya"]
    # control: a relative whose own predicate is another is not freed
    text = "Siarhei Tsikhanouski and his wife Sviatlana Tsikhanouskaya thanked those who freed 14 on 21 June."
    assert [d.person for d in check(text, "2025-06-28").discrepancies] == []


def test_the_date_of_an_ordinal_span_dates_no_release_before_it(check):
    text = "Lukashenko pardons 30 more convicts in the third clemency round since July"
    report = check(text, "2024-09-04")
    assert not [d for d in report.discrepancies + report.candidates if d.event and d.event.startswith("2024-07")]
    report = check("Lukashenko pardoned 30 convicts on Wednesday, the third such decree since July.", "2024-09-05")
    assert [(d.kind, d.event) for d in report.discrepancies] == [("new_event", "2024-09-04")]


def test_a_count_after_a_superlatives_span_date_is_that_dates(check):
    text = ("The release is the third and by far the largest since June, when 14 people including "
            "Siarhei Tsikhanouski were freed, followed by 52 in September.")
    assert check(text, "2025-12-14").discrepancies == []


def test_held_now_on_political_charges_is_a_remaining_count(check):
    text = "About 2,900 people are now held in Belarus on politically motivated charges."
    report = check(text, "2025-11-10")
    assert [(d.kind, d.claimed) for d in report.discrepancies] == [("remaining_count", 2900)]
