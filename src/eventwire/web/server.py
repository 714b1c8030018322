"""Running the app under uvicorn, in one process or several.

Two things measured on the 20,000-event bench store (``bench/api_load.py``) shaped this:

- ``TCP_NODELAY``. With ``--workers N`` uvicorn binds the listening socket as
  ``socket(AF_INET, SOCK_STREAM)`` (protocol 0), and asyncio only sets ``TCP_NODELAY``
  on sockets whose protocol is ``IPPROTO_TCP``. Without it, Nagle's algorithm holds the
  last segment of each response until the client's delayed ACK (about 40 ms on Linux):
  a page of 50 events took 60 ms per request with two workers against 18 ms with one.
  :class:`NoDelayH11Protocol` sets the option on every accepted connection.
- Spreading connections. uvicorn's workers share one listening socket, and asyncio
  accepts every pending connection in one go: four keep-alive clients connecting
  together all landed in one worker, and a second worker added no throughput. Here
  each worker binds its own socket with ``SO_REUSEPORT`` and the kernel spreads new
  connections across them (where the platform has no ``SO_REUSEPORT``, uvicorn's own
  workers are used).
- The collector. A server process holds about 120,000 long-lived objects after start
  (FastAPI, pydantic, SQLAlchemy, Jinja); each full collection walked them all and
  paused every request for ~100 ms, twice in eight seconds of load: that was the p99.
  :func:`settle` opens the store, loads what the pages would load lazily (the admin1
  index, pycountry, the templates), collects once and freezes what exists
  (``gc.freeze``), so full collections only walk what requests create (7 ms; 1 ms at
  the million-event bench, where a lazily loaded admin1 index made one 166 ms).
"""
from __future__ import annotations

import gc
import multiprocessing
import signal
import socket
import sys
import time

import uvicorn
from uvicorn.importer import import_from_string
from uvicorn.protocols.http.h11_impl import H11Protocol

from eventwire.errors import EventwireError

RESTART_GRACE = 5.0  # a worker that dies sooner than this after starting stops the server


class _NoDelay:
    """``TCP_NODELAY`` on each connection (mixed into uvicorn's HTTP protocol)."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # a socket that refuses it still serves, only slower
                pass
        super().connection_made(transport)


class NoDelayH11Protocol(_NoDelay, H11Protocol):
    """uvicorn's pure-Python h11 protocol with ``TCP_NODELAY``."""


def _protocol() -> type:
    """uvicorn's httptools protocol (llhttp, Node's C parser) with ``TCP_NODELAY`` where
    httptools is installed (the web extra pins it), else h11's. With uvloop, which
    uvicorn's default event loop setting takes when installed, it halved the server's
    CPU per request next to h11 and asyncio's loop (docs/decisions.md, httptools)."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:
        return NoDelayH11Protocol
    return type("NoDelayHttpToolsProtocol", (_NoDelay, HttpToolsProtocol), {})


def _options(host: str, port: int) -> dict:
    return dict(host=host, port=port, log_level="warning", server_header=False, http=_protocol())


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def check_port_free(host: str, port: int) -> None:
    """Raise a one-line error when ``host:port`` cannot be bound. The probe does not set
    ``SO_REUSEPORT``, so it also fails when another eventwire server holds the port
    (sharing it would silently split requests between two stores)."""
    probe = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
    except OSError as exc:
        raise EventwireError(f"{host}:{port}", f"cannot listen there: {exc.strerror or exc}") from None
    finally:
        probe.close()


def settle(app):
    """Before serving: open the app's store and start its analyzer process with the model
    loaded (the first request would otherwise pay for them), load the read side's lazy
    tables, collect, and freeze every object that exists so far out of the collector's
    reach (see the module docstring). Returns the app to serve: wrapped in
    :class:`FreezeAfterWarmup`, which freezes what the first requests keep."""
    state = getattr(app.state, "eventwire", None)
    if state is not None:
        state.warm()
    preload_read_side()
    gc.collect()
    gc.freeze()
    return FreezeAfterWarmup(app)


def preload_read_side() -> None:
    """Load what the pages load lazily on first use, so that it is frozen with the rest:
    the admin1 index (every gazetteer city), pycountry's tables, the row lookups and the
    compiled templates. Loaded by the first requests instead, ~40,000 long-lived objects
    stayed in the collector's reach and one full collection paused a request for 166 ms
    at the million-event bench (docs/web.md, scale3)."""
    from eventwire.store import rows
    from eventwire.store.admin1 import admin1_index
    from eventwire.web.templating import templates

    admin1_index()
    rows.plover_scale()
    rows.size_kinds()
    rows.alpha3("PS")  # pycountry reads its whole country table on the first lookup
    for name in templates.env.list_templates():
        templates.env.get_template(name)


WARMUP_REQUESTS = 200


class FreezeAfterWarmup:
    """ASGI wrapper: after the first ``WARMUP_REQUESTS`` requests, freeze again. What those
    requests create and keep (SQLAlchemy's compiled statements, pydantic's and Jinja's
    caches: ~20,000 objects at the million-event bench) is as long-lived as what
    :func:`settle` froze; left in reach, a full collection walking it still paused a
    request for 31 ms (1 ms after this freeze)."""

    def __init__(self, app, after: int = WARMUP_REQUESTS):
        self.app, self.left = app, after

    def __getattr__(self, name):  # app.state and the rest, for whoever holds the wrapper
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send):
        if self.left > 0 and scope["type"] == "http":
            self.left -= 1
            if self.left == 0:
                # No collection first: a full one here paused this request for ~150 ms;
                # what garbage the young generations hold is frozen with the rest (once).
                gc.freeze()
        await self.app(scope, receive, send)


def _serve_worker(factory: str, host: str, port: int) -> None:
    """One worker process: its own SO_REUSEPORT socket, one uvicorn server."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor stops workers with SIGTERM
    sock = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    app = settle(import_from_string(factory)())
    uvicorn.Server(uvicorn.Config(app, **_options(host, port))).run(sockets=[sock])


def _serve_reuseport(factory: str, host: str, port: int, workers: int) -> None:
    """Start ``workers`` processes and keep them running until SIGINT/SIGTERM; a worker
    that dies is restarted, unless it died right after starting (then stop: it would
    only die again)."""
    check_port_free(host, port)
    ctx = multiprocessing.get_context("spawn")
    stopping = False

    def start() -> tuple:
        proc = ctx.Process(target=_serve_worker, args=(factory, host, port), daemon=False)
        proc.start()
        return proc, time.monotonic()

    def stop(*_):
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    procs = [start() for _ in range(workers)]
    try:
        while not stopping:
            time.sleep(0.5)
            for i, (proc, started) in enumerate(procs):
                if proc.is_alive() or stopping:
                    continue
                if time.monotonic() - started < RESTART_GRACE:
                    raise EventwireError(f"{host}:{port}", f"a server process exited at start (code {proc.exitcode})")
                print(f"eventwire: server process {proc.pid} exited (code {proc.exitcode}); restarting it",
                      file=sys.stderr)
                procs[i] = start()
    finally:
        for proc, _ in procs:
            if proc.is_alive():
                proc.terminate()
        for proc, _ in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
        for s, handler in previous.items():
            signal.signal(s, handler)


def run(app, *, host: str, port: int, workers: int = 1) -> None:
    """Serve ``app`` on ``host:port`` until interrupted: an ASGI app in this process, or,
    with ``workers`` > 1, the import string of an app factory run in each worker."""
    if workers <= 1:
        uvicorn.run(settle(app), **_options(host, port))
    elif hasattr(socket, "SO_REUSEPORT"):
        _serve_reuseport(app, host, port, workers)
    else:
        uvicorn.run(app, factory=True, workers=workers, **_options(host, port))
