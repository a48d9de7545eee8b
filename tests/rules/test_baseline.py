def facts(baseline):
    return {f.key: f for f in baseline.facts}


def test_seed_events(baseline):
    events = sorted(f.event for f in baseline.facts if f.kind == "event")
    assert events == ["2025-06-21", "2025-09-11", "2025-12-13"]


def test_event_context_is_learned(baseline):
    f = facts(baseline)
    assert "kellogg" in f["event/2025-06-21"].terms and f["event/2025-06-21"].destination == "LT"
    assert "belavia" in f["event/2025-09-11"].terms
    assert "potash" in f["event/2025-12-13"].terms


def test_counts(baseline):
    f = facts(baseline)
    assert [f[f"release_count/{d}"].value for d in ("2025-06-21", "2025-09-11", "2025-12-13")] == [14, 52, 123]
    assert {k.split("/")[-1]: v.value for k, v in f.items()
            if k.startswith("nationality_count/2025-06-21")} == {"PL": 3, "EE": 1, "LV": 2}
    assert f["nationality_count/2025-09-11/LT"].value == 6
    assert len(f["release_count/2025-06-21"].sources) == 3


def test_persons(baseline):
    f = facts(baseline)
    for name in ("Siarhei Tsikhanouski", "Natallia Dulina", "Ihar Karnei"):
        assert (f[f"person/{name}"].value, f[f"person/{name}"].event) == ("freed", "2025-06-21")
    for name in ("Ales Bialiatski", "Maria Kalesnikava", "Viktar Babaryka"):
        assert (f[f"person/{name}"].value, f[f"person/{name}"].event) == ("freed", "2025-12-13")
    assert f["person/Sviatlana Tsikhanouskaya"].value == "never_imprisoned"
    assert f["person/Andrzej Poczobut"].value == "held"


def test_remaining_range(baseline):
    f = facts(baseline)["remaining_count"]
    assert (f.low, f.high) == (1000, 1400)


def test_conflicts(baseline):
    found = {(c.key, c.claimed) for c in baseline.conflicts}
    assert ("release_count/2025-06-21", 13) in found
    assert ("person/Sviatlana Tsikhanouskaya", "freed 2025-06-21") in found
    assert all(c.sources == ("002_3dcd32ed9e811432",) for c in baseline.conflicts)
