"""The shipped CAMEO-PLOVER crosswalk and the trigger lexicon."""

from __future__ import annotations

from truce.news.triggers import PLOVER_TYPES, TriggerLexicon, cameo_root, cameo_to_plover, inflections


def test_crosswalk_rows_and_notice():
    from importlib import resources

    rows = cameo_to_plover()
    assert len(rows) == 21
    assert [r[2] for r in rows if r[0] == "08"] == ["CONCEDE", "RETREAT"]
    assert {r[0] for r in rows if r[2] == ""} == {"01", "02"}
    notice = resources.files("truce.news").joinpath("data/cameo_plover.NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice


def test_every_type_has_a_cameo_root():
    expected = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
                "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
                "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
                "ASSAULT": "18"}
    assert {t: cameo_root(t) for t in PLOVER_TYPES} == expected
    assert cameo_root("ACCUSE", "investigate") == "09"


def test_inflections():
    assert set(inflections("urge")) >= {"urge", "urges", "urged", "urging"}
    assert set(inflections("meet")) >= {"met", "meets", "meeting"}
    assert set(inflections("deny")) >= {"denies", "denied"}
    assert set(inflections("drop")) >= {"dropped", "dropping"}


def test_lexicon_covers_all_sixteen_types():
    lexicon = TriggerLexicon.shipped()
    types = {e.event_type for bucket in lexicon._by_first.values() for _, entries in bucket for e in entries}
    assert types == set(PLOVER_TYPES)
