"""A bounded schemathesis run against the OpenAPI spec: no input may cause a 5xx.

GET operations and ``POST /api/analyze`` (which stores nothing); ~20 generated examples
per operation, against a store seeded with the hand-made records.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from test_web_support import load_records, seed

pytestmark = pytest.mark.slow


def _app(tmp_dir):
    from eventwire.api import ServerSettings, create_app
    from eventwire.store import open_store

    url = f"sqlite:///{tmp_dir / 'fuzz.db'}"
    store = open_store(url)
    seed(store, load_records())
    store.close()
    from eventwire.analyze import analyze_text

    analyze_text("The pipeline loads once, before the timed requests.")
    return create_app(url, ServerSettings(token="fuzz-token"))


@pytest.fixture(scope="module")
def fuzz_schema(tmp_path_factory):
    app = _app(tmp_path_factory.mktemp("fuzz"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_server_error_on_generated_requests(fuzz_schema):
    schema = fuzz_schema
    failures = []
    ran = 0
    for result in schema.get_all_operations():
        op = result.ok()
        if not (op.method.upper() == "GET" or (op.method.upper() == "POST" and op.path == "/api/analyze")):
            continue

        @settings(max_examples=20 if op.method.upper() == "GET" else 8, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy())
        def run(case):
            resp = case.call(timeout=120)
            if resp.status_code >= 500:
                failures.append((op.method, op.path, case.query, case.path_parameters, resp.status_code, resp.text[:200]))

        run()
        ran += 1
    assert ran >= 14
    assert failures == []
