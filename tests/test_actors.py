"""Actor dictionaries (.actors / CSV / YAML), date-bounded roles and CAMEO coding rules."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.extract import actors as A
from eventwire.extract.entities import extract_entities

DATA = Path(__file__).parent / "data"
D = dt.date


def test_parse_petrarch_actors_file():
    entries = {e.name: e for e in A.load_actor_file(DATA / "actors_sample.actors")}
    jane = entries["JANE DOE MWANGI"]
    assert [r.code for r in jane.roles] == ["KENOPP", "KENGOV"]
    assert jane.roles[0].start == D(2015, 1, 1) and jane.roles[0].end == D(2022, 12, 31)
    assert jane.roles[1].end is None
    assert jane.aliases == ["J. D. MWANGI", "JANE MWANGI"]
    assert entries["OLUWASEUN ADEYEMI"].roles == [A.Role("NGALEG")]
    # Phoenix layout: roles on the lines after the name.
    assert [r.code for r in entries["ANA KOVAC"].roles] == ["HRVGOV", "HRVJUD"]
    assert "block comment" not in " ".join(entries)
    assert "TRAILING SYNONYM" in entries  # '=' synonym marker and {comment} stripped


def test_dated_roles_pick_the_role_in_force():
    jane = next(e for e in A.load_actor_file(DATA / "actors_sample.actors") if e.name == "JANE DOE MWANGI")
    assert jane.code_on(D(2019, 6, 1)) == "KENOPP"
    assert jane.code_on(D(2024, 6, 1)) == "KENGOV"
    assert jane.code_on(D(2010, 1, 1)) is None  # before any role
    assert jane.code_on(None) == "KENGOV"  # no date: the current (open-ended) role


def test_builtin_dictionary_dates():
    d = A.actor_dictionary()
    assert d.code_for("Donald Trump", D(2018, 1, 1)) == "USAGOV"
    assert d.code_for("Donald Trump", D(2022, 1, 1)) is None
    assert d.code_for("DONALD_TRUMP", D(2025, 2, 1)) == "USAGOV"
    assert d.code_for("Yoav Gallant", D(2024, 1, 1)) == "ISRGOV"
    assert d.code_for("Yoav Gallant", D(2025, 1, 1)) is None
    assert d.code_for("Volodymyr Zelenskiy", D(2023, 1, 1)) == "UKRGOV"  # +alias
    assert d.code_for("Nobody Known", D(2023, 1, 1)) is None


def test_parse_csv():
    entries = {A.normalize_name(e.name): e for e in A.load_actor_file(DATA / "actors_sample.csv")}
    pedro = entries["pedro alvarez ruiz"]
    assert pedro.code_on(D(2020, 1, 1)) == "COLGOV"
    assert pedro.code_on(D(2023, 1, 1)) == "COLOPP"
    assert entries["maria silva costa"].code_on(D(2001, 1, 1)) == "BRAMED"
    assert "bad row only name" not in entries


def test_parse_yaml_list_and_mapping():
    entries = {A.normalize_name(e.name): e for e in A.load_actor_file(DATA / "actors_sample.yaml")}
    tanaka = entries["tanaka hiroshi"]
    assert tanaka.aliases == ["Hiroshi Tanaka"]
    assert tanaka.code_on(D(2022, 1, 1)) == "JPNGOV" and tanaka.code_on(D(2025, 1, 1)) == "JPNLEG"
    assert entries["lerato nkosi"].code_on(D(1999, 1, 1)) == "ZAFJUD"
    mapping = {A.normalize_name(e.name): e for e in A.load_actor_file(DATA / "actors_sample_map.yml")}
    assert mapping["kofi mensah"].roles == [A.Role("GHAMIL")]


@pytest.mark.parametrize("name,content", [("bad.yaml", "just a string\n"), ("broken.yml", "- name: [unclosed\n")])
def test_bad_yaml_is_a_one_line_error(tmp_path, name, content):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        A.load_actor_file(p)
    assert str(p) in str(err.value) and "\n" not in str(err.value)


def test_missing_file_is_a_one_line_error(tmp_path):
    with pytest.raises(EventwireError, match="cannot read actors file"):
        A.load_actor_file(tmp_path / "nope.actors")


def test_odd_actors_lines_do_not_crash():
    entries = A.parse_actors_text("+ORPHAN_ALIAS\n[USAGOV]\n\nNAME_ONLY\nX [BAD 99999-abc]\n#\n]]][[[\n")
    names = [e.name for e in entries]
    assert "NAME ONLY" in names and "ORPHAN ALIAS" not in names


@pytest.mark.parametrize("text,expected", [
    ("170120", D(2017, 1, 20)), ("991231", D(1999, 12, 31)), ("2024-11-05", D(2024, 11, 5)),
    ("20240101", D(2024, 1, 1)), ("", None), (None, None), ("999999", None), ("garbage", None),
])
def test_parse_date(text, expected):
    assert A.parse_date(text) == expected


@pytest.mark.parametrize("code,expected", [
    ("ISRGOV", ("ISR", "GOV")), ("PSEREB", ("PSE", "REB")), ("USA", ("USA", None)),
    ("IGOUNO", (None, "IGO")), ("IGOUNOJUD", (None, "JUD")), ("NGOHRI", (None, "HRI")),
    (None, (None, None)), ("", (None, None)),
])
def test_split_code(code, expected):
    assert A.split_code(code) == expected


@pytest.mark.parametrize("title,sector", [
    ("President", "GOV"), ("Defense Minister", "GOV"), ("former Defense Minister", None),
    ("spokesman", "GOV"), ("army commander", "MIL"), ("chief prosecutor", "JUD"), ("senator", "LEG"),
    ("senior political leader", None), ("police chief", "COP"), (None, None), ("", None),
])
def test_title_sector(title, sector):
    assert A.title_sector(title) == sector


def test_person_code_rules():
    assert A.person_code("senior political leader", "PSEREB", "organization") == "PSEREB"
    assert A.person_code("Foreign Minister", "RUS", "country") == "RUSGOV"
    assert A.person_code("former Defense Minister", "ISR", "country") == "ISR"
    assert A.person_code("general", "SDN", "country") == "SDNMIL"
    assert A.person_code("spokesman", None, None) is None


def test_role_nouns_table_is_well_formed():
    roles = A.role_nouns()
    assert roles["troops"].type == "group" and roles["troops"].sector == "MIL"
    assert roles["police"].sector == "COP"
    assert roles["spokeswoman"].gender == "f"
    for r in roles.values():
        assert r.sector is None or r.sector in A.SECTORS, r
        assert r.gender in (None, "m", "f"), r


def test_user_dictionary_codes_entities_by_published_date(nlp):
    files = (str(DATA / "actors_sample.actors"), str(DATA / "actors_sample.csv"))
    text = "Jane Doe Mwangi criticised the budget on Tuesday. Pedro Alvarez Ruiz said he agreed."
    doc = nlp(text)
    early = extract_entities(doc, actors_files=files, published=D(2019, 3, 1))
    late = extract_entities(doc, actors_files=files, published=D(2024, 3, 1))
    code = lambda t, n: next(e.code for e in t.entities if e.name == n)
    assert code(early, "Jane Doe Mwangi") == "KENOPP" and code(late, "Jane Doe Mwangi") == "KENGOV"
    assert code(early, "Pedro Alvarez Ruiz") == "COLGOV" and code(late, "Pedro Alvarez Ruiz") == "COLOPP"


def test_user_dictionary_overrides_builtin(tmp_path, nlp):
    p = tmp_path / "mine.actors"
    p.write_text("DONALD_TRUMP [USABUS]\n", encoding="utf-8")
    doc = nlp("Donald Trump opened a hotel.")
    table = extract_entities(doc, actors_files=(str(p),), published=D(2010, 1, 1))
    assert table.entities[0].code == "USABUS"


def test_dictionary_alias_finds_a_person_ner_missed(nlp):
    doc = nlp("Min Aung Hlaing said elections would follow.")
    table = extract_entities(doc)
    assert [e.name for e in table.entities if e.kind == "person"] == ["Min Aung Hlaing"]


def test_actors_files_reach_the_analyzer(tmp_path):
    from eventwire.analyze import analyze
    from eventwire.config import Settings
    from eventwire.readers import ArticleInput

    p = tmp_path / "local.csv"
    p.write_text("name,code,start,end\nAmina Yusuf Bello,NGAGOV,2023-05-29,\n", encoding="utf-8")
    art = ArticleInput(text="Amina Yusuf Bello said the curfew would end on Monday.", published="2024-02-01")
    rec = analyze(art, Settings(actors_files=(str(p),)))
    person = next(e for e in rec.entities if e.name == "Amina Yusuf Bello")
    assert (person.code, person.country, person.sector) == ("NGAGOV", "NGA", "GOV")


@pytest.mark.parametrize("name,country", [
    ("Kerala", "IND"), ("sinaloa", "MEX"), ("England", "GBR"), ("Uttar Pradesh", "IND"),
    ("Texas", "USA"), ("Georgia", None),  # a US state and a country: no region reading
    ("Punjab", None),  # two countries have one: ambiguous
])
def test_region_country(name, country):
    from eventwire.extract.actors import region_country

    assert region_country(name) == country


@pytest.mark.parametrize("name,kind,code", [
    ("bolivia's interim government", "organization", "BOLGOV"),
    ("Israel's security cabinet", "organization", "ISRGOV"),
    ("Kenya's police chief", "person", "KENCOP"),
    ("the company's board", "organization", None),  # no country owns it
    ("France's", "organization", None),
])
def test_possessor_code(name, kind, code):
    from eventwire.extract.actors import possessor_code

    assert possessor_code(name, kind) == code


@pytest.mark.parametrize("name,code", [
    ("the African Union envoy", "IGOAFU"), ("EU leaders", "IGOEUR"), ("WHO officials", "IGOUNOHLH"),
    ("the east african community's secretary general", "IGOEAC"),
    ("who officials", None),  # a lower-case pronoun is no acronym
    ("African Union", None),  # the head itself is the organization's own name, not a member
])
def test_inner_organization_code(name, code):
    from eventwire.extract.actors import inner_organization_code

    assert inner_organization_code(name) == code


@pytest.mark.parametrize("name,code", [
    ("Farmers in Catalonia", "ESPCVL"), ("Police in Kenya's capital", "KENCOP"),
    ("Opposition parties in Lusaka", "ZMBOPP"), ("Rights groups in Athens", "GRCNGO"),
    ("students in the streets", None),
])
def test_located_group_code(name, code):
    from eventwire.extract.actors import located_group_code

    assert located_group_code(name) == code
