"""Office holders and armed-group leaders added to the actor dictionary (2014-2025, and 1990-2013).

Each is named in full and by the surname alone, once on a date in office (the government, the
international body or the armed group of that date) and once after the office ended (the later
code).  The sentences are the tests' own.
"""

from __future__ import annotations

import datetime as dt

import pytest

# (full name, surname as news text writes it, date in office, code then, date after, code after)
ADDED = [
    # United States
    ("Mike Pompeo", "Pompeo", "2019-06-01", "USAGOV", "2022-03-01", "USAELI"),
    ("Jim Mattis", "Mattis", "2018-03-01", "USAGOV", "2020-05-01", "USAMIL"),
    ("Mark Esper", "Esper", "2020-03-01", "USAGOV", "2022-03-01", "USAELI"),
    ("Mike Pence", "Pence", "2019-06-01", "USAGOV", "2022-03-01", "USAELI"),
    ("Zalmay Khalilzad", "Khalilzad", "2020-02-29", "USAGOV", "2022-03-01", "USAELI"),
    ("Amos Hochstein", "Hochstein", "2024-10-01", "USAGOV", "2025-06-01", "USAELI"),
    # Ukraine, Europe, the Caucasus
    ("Dmytro Kuleba", "Kuleba", "2022-05-01", "UKRGOV", "2025-01-15", "UKRELI"),
    ("Petro Poroshenko", "Poroshenko", "2016-04-01", "UKRGOV", "2020-04-01", "UKROPP"),
    ("Olaf Scholz", "Scholz", "2023-03-01", "DEUGOV", "2025-10-01", "DEULEG"),
    ("Angela Merkel", "Merkel", "2016-03-01", "DEUGOV", "2023-03-01", "DEUELI"),
    ("Rishi Sunak", "Sunak", "2023-03-01", "GBRGOV", "2025-03-01", "GBRLEG"),
    ("Liz Truss", "Truss", "2022-03-01", "GBRGOV", "2023-03-01", "GBRLEG"),
    ("Mario Draghi", "Draghi", "2021-06-01", "ITAGOV", "2023-03-01", "ITAELI"),
    ("Catherine Colonna", "Colonna", "2023-03-01", "FRAGOV", "2024-06-01", "FRAELI"),
    ("Michel Barnier", "Barnier", "2024-10-15", "FRAGOV", "2025-03-01", "FRAELI"),
    ("Federica Mogherini", "Mogherini", "2016-03-01", "IGOEUREEC", "2021-03-01", "ITAELI"),
    ("Jens Stoltenberg", "Stoltenberg", "2019-03-01", "IGOWSTNAT", "2024-12-01", "NORELI"),
    ("Andrzej Duda", "Duda", "2020-03-01", "POLGOV", "2025-10-01", "POLELI"),
    ("Mevlut Cavusoglu", "Cavusoglu", "2020-03-01", "TURGOV", "2024-03-01", "TURLEG"),
    ("Salome Zourabichvili", "Zourabichvili", "2020-03-01", "GEOGOV", "2025-03-01", "GEOOPP"),
    # Middle East
    ("Naftali Bennett", "Bennett", "2022-01-10", "ISRGOV", "2023-03-01", "ISRELI"),
    ("Mohammad Shtayyeh", "Shtayyeh", "2020-03-01", "PSEGOV", "2025-03-01", "PSEELI"),
    ("Mustafa al-Kadhimi", "Kadhimi", "2021-03-01", "IRQGOV", "2023-03-01", "IRQSPY"),
    ("Ebrahim Raisi", "Raisi", "2022-03-01", "IRNGOV", "2025-03-01", "IRNJUD"),
    ("Hossein Amir-Abdollahian", "Amir-Abdollahian", "2022-03-01", "IRNGOV", "2024-08-01", "IRNELI"),
    ("Sameh Shoukry", "Shoukry", "2020-03-01", "EGYGOV", "2025-03-01", "EGYELI"),
    ("Fayez al-Sarraj", "Sarraj", "2018-03-01", "LBYGOV", "2022-03-01", "LBYELI"),
    # Africa
    ("Abdalla Hamdok", "Hamdok", "2020-03-01", "SDNGOV", "2023-03-01", "SDNOPP"),
    ("Joseph Kabila", "Kabila", "2015-03-01", "CODGOV", "2020-03-01", "CODELI"),
    ("Mohamed Bazoum", "Bazoum", "2022-03-01", "NERGOV", "2024-03-01", "NERELI"),
    ("Paul-Henri Sandaogo Damiba", "Damiba", "2022-06-01", "BFAGOV", "2023-03-01", "BFAMIL"),
    ("Muhammadu Buhari", "Buhari", "2020-03-01", "NGAGOV", "2024-03-01", "NGAOPP"),
    ("Nana Akufo-Addo", "Akufo-Addo", "2020-03-01", "GHAGOV", "2025-06-01", "GHAELI"),
    ("Filipe Nyusi", "Nyusi", "2020-03-01", "MOZGOV", "2025-06-01", "MOZELI"),
    ("Moussa Faki Mahamat", "Faki", "2020-03-01", "IGOAFRAU", "2025-06-01", "TCDELI"),
    # South, Southeast and East Asia, Oceania, the Americas
    ("Sushma Swaraj", "Swaraj", "2016-03-01", "INDGOV", "2019-09-01", "INDLEG"),
    ("Bilawal Bhutto Zardari", "Bilawal", "2023-01-10", "PAKGOV", "2024-03-01", "PAKOPP"),
    ("Ashraf Ghani", "Ghani", "2018-03-01", "AFGGOV", "2022-03-01", "AFGELI"),
    ("Sheikh Hasina", "Hasina", "2020-03-01", "BGDGOV", "2025-03-01", "BGDOPP"),
    ("Ranil Wickremesinghe", "Wickremesinghe", "2023-03-01", "LKAGOV", "2025-03-01", "LKAOPP"),
    ("Prayut Chan-o-cha", "Prayut", "2019-03-01", "THAGOV", "2024-03-01", "THAMIL"),
    ("Joko Widodo", "Widodo", "2018-03-01", "IDNGOV", "2025-03-01", "IDNELI"),
    ("Fumio Kishida", "Kishida", "2022-03-01", "JPNGOV", "2025-02-01", "JPNLEG"),
    ("Yoon Suk Yeol", "Yoon", "2023-03-01", "KORGOV", "2025-06-01", "KORELI"),
    ("Jacinda Ardern", "Ardern", "2020-03-01", "NZLGOV", "2024-03-01", "NZLELI"),
    ("Justin Trudeau", "Trudeau", "2020-03-01", "CANGOV", "2025-06-01", "CANLEG"),
    ("Jair Bolsonaro", "Bolsonaro", "2020-03-01", "BRAGOV", "2023-06-01", "BRAOPP"),
    ("Mauricio Macri", "Macri", "2017-03-01", "ARGGOV", "2021-03-01", "ARGOPP"),
    ("Ivan Duque", "Duque", "2020-03-01", "COLGOV", "2023-03-01", "COLELI"),
    ("Dina Boluarte", "Boluarte", "2023-03-01", "PERGOV", "2025-12-01", "PERELI"),
    # International officials
    ("Michelle Bachelet", "Bachelet", "2020-03-01", "IGOUNOHRI", "2023-03-01", "CHLELI"),
    ("David Beasley", "Beasley", "2020-03-01", "IGOUNOWFP", "2024-03-01", "USAELI"),
    ("Nickolay Mladenov", "Mladenov", "2018-03-01", "IGOUNO", "2022-03-01", "BGRELI"),
]


# Office holders, envoys, rebel leaders and armed groups of the wars and peace processes of 1990-2013:
# (full name, surname or acronym, date in office or in arms, code then, date after, code after)
ADDED_1990_2013 = [
    ("Ellen Johnson Sirleaf", "Johnson Sirleaf", "2010-01-01", "LBRGOV", "2019-06-01", "LBROPP"),
    ("Revolutionary United Front", "RUF", "1998-06-01", "SLEREB", "2003-06-01", "SLEPTY"),
    ("Guillaume Soro", "Soro", "2004-01-01", "CIVREB", "2020-06-01", "CIVOPP"),
    ("Ibrahim Boubacar Keita", "Keita", "2015-01-01", "MLIGOV", "2021-06-01", "MLIOPP"),
    ("Umaru Yar'Adua", "Yar'Adua", "2008-06-01", "NGAGOV", "2011-06-01", "NGAELI"),
    ("Moussa Dadis Camara", "Dadis Camara", "2009-06-01", "GINGOV", "2011-06-01", "GINMIL"),
    ("Joao Bernardo Vieira", "Nino Vieira", "1998-08-01", "GNBGOV", "2010-06-01", "GNBELI"),
    ("Laurent-Desire Kabila", "Laurent Kabila", "1999-06-01", "CODGOV", "2002-06-01", "CODREB"),
    ("Jean-Pierre Bemba", "Bemba", "2000-06-01", "CODREB", "2007-06-01", "CODOPP"),
    ("National Congress for the Defence of the People", "CNDP",
     "2008-06-01", "CODREB", "2010-06-01", "CODPTY"),
    ("Agathon Rwasa", "Rwasa", "2005-01-01", "BDIREB", "2010-06-01", "BDIOPP"),
    ("Djibril Bassole", "Bassole", "2009-06-01", "IGOUNO", "2012-06-01", "BFAGOV"),
    ("Seyoum Mesfin", "Seyoum", "2000-01-01", "ETHGOV", "2011-06-01", "ETHELI"),
    ("Hailemariam Desalegn", "Hailemariam", "2013-01-01", "ETHGOV", "2019-06-01", "ETHELI"),
    ("Sharif Sheikh Ahmed", "Sheikh Sharif", "2010-01-01", "SOMGOV", "2013-06-01", "SOMOPP"),
    ("Slobodan Milosevic", "Milosevic", "1995-06-01", "SRBGOV", "2001-06-01", "SRBELI"),
    ("Alija Izetbegovic", "Izetbegovic", "1994-06-01", "BIHGOV", "2001-06-01", "BIHELI"),
    ("Hashim Thaci", "Thaci", "1999-03-01", "KSVREB", "2021-06-01", "KSVOPP"),
    ("Ali Ahmeti", "Ahmeti", "2001-06-01", "MKDREB", "2002-06-01", "MKDPTY"),
    ("Vojislav Kostunica", "Kostunica", "2001-06-01", "YUGGOV", "2009-06-01", "SRBOPP"),
    ("Boris Tadic", "Tadic", "2008-01-01", "SRBGOV", "2013-06-01", "SRBOPP"),
    ("Martti Ahtisaari", "Ahtisaari", "2006-06-01", "IGOUNO", "2009-06-01", "FINELI"),
    ("Yasushi Akashi", "Akashi", "1994-06-01", "IGOUNO", "1996-06-01", "JPNELI"),
    ("Abulfaz Elchibey", "Elchibey", "1993-01-01", "AZEGOV", "1994-06-01", "AZEOPP"),
    ("Levon Ter-Petrosyan", "Ter-Petrosyan", "1994-06-01", "ARMGOV", "1999-06-01", "ARMOPP"),
    ("Elmar Mammadyarov", "Mammadyarov", "2010-01-01", "AZEGOV", "2021-06-01", "AZEELI"),
    ("Edward Nalbandian", "Nalbandian", "2010-01-01", "ARMGOV", "2019-06-01", "ARMELI"),
    ("United Tajik Opposition", "UTO", "1995-06-01", "TJKREB", "1998-06-01", "TJKOPP"),
    ("Asif Ali Zardari", "Zardari", "2010-01-01", "PAKGOV", "2014-06-01", "PAKOPP"),
    ("Pushpa Kamal Dahal", "Prachanda", "2004-06-01", "NPLREB", "2025-06-01", "NPLOPP"),
    ("King Gyanendra", "Gyanendra", "2005-06-01", "NPLGOV", "2009-06-01", "NPLELI"),
    ("Norodom Ranariddh", "Ranariddh", "1995-06-01", "KHMGOV", "1998-06-01", "KHMOPP"),
    ("Free Aceh Movement", "Gerakan Aceh Merdeka", "2003-06-01", "IDNREB", "2006-06-01", "IDNPTY"),
    ("Murad Ebrahim", "Al Haj Murad", "2010-06-01", "PHLREB", "2020-06-01", "PHLGOV"),
    ("Gloria Macapagal Arroyo", "Arroyo", "2005-06-01", "PHLGOV", "2011-06-01", "PHLLEG"),
    ("Thaksin Shinawatra", "Thaksin", "2004-01-01", "THAGOV", "2007-06-01", "THAOPP"),
    ("Abhisit Vejjajiva", "Abhisit", "2010-01-01", "THAGOV", "2012-06-01", "THAOPP"),
    ("Andres Pastrana", "Pastrana", "2000-01-01", "COLGOV", "2003-06-01", "COLELI"),
    ("Alvaro Uribe", "Uribe", "2005-01-01", "COLGOV", "2011-06-01", "COLLEG"),
    ("Farabundo Marti National Liberation Front", "FMLN", "1991-06-01", "SLVREB", "1993-06-01", "SLVPTY"),
    ("Alvaro Arzu", "Arzu", "1996-06-01", "GTMGOV", "2001-06-01", "GTMELI"),
    ("Jean-Bertrand Aristide", "Aristide", "2002-06-01", "HTIGOV", "2005-06-01", "HTIOPP"),
    ("Raoul Cedras", "Cedras", "1993-06-01", "HTIGOV", "1995-06-01", "HTIMIL"),
    ("Ahmed Qurei", "Qurei", "2004-06-01", "PSEGOV", "2007-06-01", "PSEELI"),
    ("Amir Peretz", "Peretz", "2006-07-20", "ISRGOV", "2015-06-01", "ISRLEG"),
    ("Richard Holbrooke", "Holbrooke", "1995-09-01", "USAGOV", "2011-06-01", "USAELI"),
    ("Walid Muallem", "Muallem", "2012-06-01", "SYRGOV", "2021-06-01", "SYRELI"),
    ("Tariq Aziz", "Tareq Aziz", "1998-02-01", "IRQGOV", "2004-06-01", "IRQELI"),
    ("Jamal Benomar", "Benomar", "2012-06-01", "IGOUNO", "2016-06-01", "MARELI"),
    ("Mustafa Abdul Jalil", "Abdul Jalil", "2011-06-01", "LBYREB", "2013-06-01", "LBYELI"),
    ("Fouad Siniora", "Siniora", "2006-07-20", "LBNGOV", "2010-06-01", "LBNLEG"),
    ("Boutros Boutros-Ghali", "Boutros-Ghali", "1994-06-01", "IGOUNO", "1997-06-01", "EGYELI"),
]


def _source(pipeline, who: str, day: str) -> tuple[str | None, str | None]:
    text = f"{who} accused Norway of delaying the peace talks on Friday."
    events = pipeline.ingest(text, dt.date.fromisoformat(day)).events
    assert [e.event_type for e in events] == ["ACCUSE"], text
    return events[0].source, events[0].source_code


@pytest.mark.parametrize(("name", "surname", "day_in", "code_in", "day_after", "code_after"),
                         ADDED + ADDED_1990_2013, ids=[row[0] for row in ADDED + ADDED_1990_2013])
def test_added_actor_resolves_by_date(pipeline, name, surname, day_in, code_in, day_after, code_after):
    assert _source(pipeline, name, day_in) == (name, code_in)
    assert _source(pipeline, name, day_after) == (name, code_after)
    # the surname alone names the same person (shown as written: "Mustafa Kadhimi")
    assert _source(pipeline, surname, day_in)[1] == code_in
    assert _source(pipeline, surname, day_after)[1] == code_after


def test_the_sample_spans_regions_and_kinds():
    assert len(ADDED) >= 40
    assert len({row[3][:3] for row in ADDED}) >= 30  # states and bodies in office
    assert any(row[3].startswith("IGO") for row in ADDED)


def test_the_earlier_sample_spans_regions_and_kinds():
    assert len(ADDED_1990_2013) >= 40
    assert len({row[3][:3] for row in ADDED_1990_2013}) >= 30
    assert any(row[3].startswith("IGO") for row in ADDED_1990_2013)
    # rebels turned parties
    assert any(row[3].endswith("REB") and row[5].endswith("PTY") for row in ADDED_1990_2013)
