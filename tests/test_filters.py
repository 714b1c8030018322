"""Issue 12.5: one filter definition (store/filters.py) generates the CLI options and the
API parameters; both surfaces take the same names and reject the same values; the API's
/api/events and the events page's JSON twin return the same rows."""
from __future__ import annotations

import argparse

import pytest
from test_web_support import client, records, store_url  # noqa: F401  (fixtures)

from eventwire.errors import EventwireError
from eventwire.store.filters import EVENT_FILTERS, FIGURE_FILTERS, FILTERS, QUOTE_FILTERS


def _parser(filters) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(exit_on_error=False)
    filters.add_arguments(p)
    return p


@pytest.mark.parametrize("what", ["events", "quotes", "figures"])
def test_cli_options_and_api_parameters_come_from_one_definition(what):
    from fastapi import Depends, FastAPI

    filters = FILTERS[what]
    app = FastAPI()

    @app.get("/x")
    def x(f: dict = Depends(filters.dependency())):
        return f

    api_names = {p["name"] for p in app.openapi()["paths"]["/x"]["get"]["parameters"]}
    cli_dests = {a.dest for a in _parser(filters)._actions if a.dest != "help"}
    assert api_names == cli_dests == set(filters.names)


def test_cli_values_become_query_arguments():
    args = _parser(EVENT_FILTERS).parse_args(
        ["--actor", "Hamas", "--type", "assault, protest", "--since", "2024-01-02", "--negated", "no",
         "--article", "abc", "--no-duplicates", "--min-confidence", "0.5", "--text", "rocket"])
    got = EVENT_FILTERS.from_args(args)
    assert got["type"] == "ASSAULT,PROTEST" and got["negated"] is False and got["article_id"] == "abc"
    assert got["include_duplicates"] is False and got["min_confidence"] == 0.5 and got["q"] == "rocket"
    assert got["hypothetical"] is None and got["recipient"] is None
    assert QUOTE_FILTERS.from_args(_parser(QUOTE_FILTERS).parse_args(["--kind", "direct"]))["kind"] == "direct"


BAD = [("events", "since", "2025-13-45", "not a date"), ("events", "until", "2024-02-30", "not a date"),
       ("events", "type", "ASSAULT,EXPLODE", "EXPLODE not a PLOVER type"),
       ("events", "country", "ZZ", "not an ISO 3166 code or country name"), ("events", "negated", "maybe", "yes, no or any"),
       ("quotes", "kind", "shouted", "one of direct"), ("figures", "kind", "eaten", "one of killed"),
       ("events", "min_confidence", "1.5", "outside")]


@pytest.mark.parametrize("what, name, value, problem", BAD)
def test_the_same_values_are_refused_everywhere(what, name, value, problem, client):
    with pytest.raises(EventwireError, match=problem):
        FILTERS[what].validate({name: value})
    resp = client.get(f"/api/{what}", params={name: value})
    assert resp.status_code == 422
    detail = resp.json()["detail"]
    assert isinstance(detail, list) and detail[0]["loc"][-1] == name


@pytest.mark.parametrize("argv, problem", [
    (["events", "--since", "2025-13-45"], "--since: '2025-13-45' is not a date"),
    (["events", "--type", "EXPLODE"], "--type: EXPLODE not a PLOVER type"),
    (["quotes", "--since", "yesterday"], "--since: 'yesterday' is not a date"),
    (["figures", "--min-value", "lots"], "--min-value: 'lots' is not a number"),
])
def test_cli_refuses_with_one_line(tmp_path, capsys, argv, problem):
    from eventwire.cli import main

    assert main([*argv, "--db", str(tmp_path / "e.db")]) == 2
    err = capsys.readouterr().err
    assert problem in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_countries_by_code_or_name_become_alpha3():
    for value in ("SD", "sdn", "Sudan", " sudan "):
        assert EVENT_FILTERS.validate({"country": value})["country"] == "SDN"
    assert EVENT_FILTERS.validate({"country": "XK"})["country"] == "XKX"


def test_unknown_filter_names_are_refused():
    with pytest.raises(EventwireError, match="unknown filter"):
        FIGURE_FILTERS.validate({"speaker": "x"})


def test_old_include_flags_are_the_facets():
    from eventwire.store.query import facet

    assert facet(False, None) is False and facet(True, None) is None and facet(False, True) is True


@pytest.mark.parametrize("params", [{}, {"type": "ASSAULT"}, {"actor": "Rapid Support"}, {"hypothetical": "yes"}])
def test_api_events_and_the_events_page_twin_return_the_same_rows(client, params):
    api = client.get("/api/events", params={**params, "limit": 50}).json()
    page = client.get("/events.json", params=params).json()
    assert api["total"] == page["total"]
    assert [i["row"] for i in api["items"]] == [i["row"] for i in page["items"]]
    assert all(i["row"]["event_id"] == f"{i['article_id']}-{i['id']}" for i in api["items"])


@pytest.mark.parametrize("what, key", [("quotes", "quote_id"), ("figures", "figure_id")])
def test_api_quote_and_figure_lists_carry_their_rows(client, what, key):
    import csv
    import io

    from eventwire.store import rows

    items = client.get(f"/api/{what}", params={"limit": 1000}).json()["items"]
    assert items and all(i["row"][key] == f"{i['article_id']}-{i['id']}" for i in items)
    assert all(list(i["row"]) == rows.names(rows.COLUMNS[what]) for i in items)
    table = list(csv.DictReader(io.StringIO(client.get(f"/api/{what}", params={"format": "csv"}).text)))
    assert sorted(r[key] for r in table) == sorted(i["row"][key] for i in items)
