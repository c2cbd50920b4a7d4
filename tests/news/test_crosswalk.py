"""CAMEO codes to PLOVER types: the shipped crosswalk and its sub-code exceptions."""

from __future__ import annotations

import pytest

from truce.news.lexicon import PLOVER_TYPES, cameo_root, plover_type


def test_notice_ships_with_the_crosswalk():
    from importlib import resources

    notice = resources.files("truce.news").joinpath("data/cameo_plover.NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice
    licence = resources.files("truce.news").joinpath("data/petrarch2/LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Open Event Data" in licence


@pytest.mark.parametrize(("code", "expected"), [
    ("010", None),                      # statements: PLOVER drops them
    ("0233", ("REQUEST", None)),        # appeals land in REQUEST (PLOVER practice)
    ("036", ("AGREE", None)),
    ("042", ("CONSULT", "visit")),
    ("081", ("CONCEDE", None)),         # 080-083 yield
    ("084", ("RETREAT", None)),         # 084-087 release, withdraw
    ("090", ("ACCUSE", "investigate")),
    ("112", ("ACCUSE", "allege")),
    ("163", ("COERCE", None)),          # embargo: COERCE, not SANCTION
    ("164", ("SANCTION", None)),
    ("175", ("ASSAULT", None)),         # violent repression
    ("191", ("COERCE", None)),          # blockade
    ("195", ("ASSAULT", None)),
    ("201", ("ASSAULT", None)),
])
def test_sub_code_exceptions(code, expected):
    assert plover_type(code) == expected


def test_every_type_has_a_cameo_root():
    expected = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
                "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
                "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
                "ASSAULT": "18"}
    assert {t: cameo_root(t) for t in PLOVER_TYPES} == expected
    assert cameo_root("ACCUSE", "investigate") == "09"
