"""``eventwire serve`` as a real process: one or several workers on a loopback port,
settings passed to workers through the environment, stopping cleanly, one-line errors."""
from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from test_store import make_record

from eventwire.store import open_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str, headers: dict | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def _serve(db, port: int, *extra: str, env: dict | None = None) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the server exited: {proc.stderr.read().decode()}")
        try:
            if _get(port, "/api/health")[0] in (200, 401):  # up (a private server asks for the token)
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the server did not start")


def _stop(proc: subprocess.Popen) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "serve.db"
    with open_store(path) as s:
        s.add_record(make_record())
        s.add_record(make_record(actor="Rapid Support Forces", actor_code="SDNREB", recipient="Sudan",
                                 place="El Fasher", place_country="SD", event_type="ASSAULT"))
    return path


def test_two_workers_serve_every_connection_and_stop_cleanly(db, tmp_path):
    port = _free_port()
    token = tmp_path / "token"
    token.write_text("s3cret\n")
    proc = _serve(db, port, "--workers", "2", "--private", "--token-file", str(token))
    try:
        # Several connections at once: whichever worker takes each, every one is served
        # with the same settings (private: the token from the file, read by each worker).
        for _ in range(8):
            assert _get(port, "/api/events")[0] == 401
            status, body = _get(port, "/api/events?actor=rapid", {"Authorization": "Bearer s3cret"})
            assert status == 200 and b'"total":2' in body
        for _ in range(20):
            status, body = _get(port, "/api/health", {"Authorization": "Bearer s3cret"})
            assert status == 200
    finally:
        code = _stop(proc)
    out = proc.stdout.read().decode()
    assert "2 processes" in out and "reads private" in out
    assert code == 0
    with socket.socket() as s:  # every worker let go of the port
        s.bind(("127.0.0.1", port))


def test_one_worker_serves_and_stops(db):
    port = _free_port()
    proc = _serve(db, port)
    try:
        status, body = _get(port, "/api/events?type=ASSAULT")
        assert status == 200 and b'"total":1' in body
    finally:
        assert _stop(proc) == 0


def test_workers_refuse_a_taken_port_in_one_line(db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        res = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", str(port),
                              "--workers", "2"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 2
    assert res.stderr.strip().startswith(f"eventwire: 127.0.0.1:{port}: cannot listen there")
    assert len(res.stderr.strip().splitlines()) == 1


def test_workers_must_be_positive(db):
    res = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--workers", "0"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and res.stderr.strip() == "eventwire: --workers: must be at least 1, not 0"


def test_app_from_env_reads_every_setting(db, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from eventwire.api import app_from_env

    token = tmp_path / "token"
    token.write_text("t0k\n")
    monkeypatch.setenv("EVENTWIRE_DB", str(db))
    monkeypatch.setenv("EVENTWIRE_TOKEN_FILE", str(token))
    monkeypatch.setenv("EVENTWIRE_PRIVATE", "1")
    monkeypatch.setenv("EVENTWIRE_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("EVENTWIRE_MAX_BODY", "1000")
    app = app_from_env()
    settings = app.state.eventwire.settings
    assert settings.token == "t0k" and settings.private and settings.max_body == 1000
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    with TestClient(app) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer t0k"}).json()["total"] == 4
        big = c.post("/api/analyze", content=b"x" * 2000, headers={"Authorization": "Bearer t0k",
                                                                  "Content-Type": "application/json"})
        assert big.status_code == 413


def test_bad_max_body_in_env_is_one_line(monkeypatch):
    from eventwire.api import ServerSettings
    from eventwire.errors import EventwireError

    monkeypatch.setenv("EVENTWIRE_MAX_BODY", "lots")
    with pytest.raises(EventwireError, match="EVENTWIRE_MAX_BODY"):
        ServerSettings.from_env()


def test_settle_opens_the_store_and_freezes_the_heap(db):
    import gc

    from eventwire.api import create_app
    from eventwire.web.server import settle

    app = create_app(str(db))
    assert app.state.eventwire._store is None  # opened on first use otherwise
    try:
        settle(app)
        assert app.state.eventwire._store is not None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        app.state.eventwire.close()
