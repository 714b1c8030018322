"""``eventwire serve``: the web app and JSON API over a store (uvicorn, loopback by default)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the web pages and the JSON API over a store")
    p.add_argument("--db", metavar="URL", help="store: SQLAlchemy URL or SQLite file (default: EVENTWIRE_DB or ./eventwire.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default: %(default)s, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument("--token-file", metavar="FILE",
                   help="file holding the bearer token for writes (default: env EVENTWIRE_TOKEN)")
    p.add_argument("--private", action="store_true", default=None,
                   help="require the token for reads too (default: env EVENTWIRE_PRIVATE)")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin requests from ORIGIN (repeatable; default: none)")
    p.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                   help="largest request body accepted (default: $EVENTWIRE_MAX_BODY or 2097152)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes sharing the port (default: %(default)s; 2 on a 2-core machine "
                        "serves concurrent clients about twice as fast)")
    p.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import os

    from eventwire.errors import InputError

    if args.workers < 1:
        raise InputError("--workers", f"must be at least 1, not {args.workers}")

    from eventwire.errors import require_extra

    for module in ("fastapi", "uvicorn", "jinja2", "multipart"):
        require_extra(module, "web", "eventwire serve")
    from eventwire.api import ServerSettings, create_app
    from eventwire.store import open_store
    from eventwire.web import server

    settings = ServerSettings.from_env(token_file=args.token_file, private=args.private,
                                       cors_origins=tuple(args.cors_origin), max_body=args.max_body)
    open_store(args.db).close()  # fail now, in one line, if the store cannot be opened or migrated
    print(f"eventwire: serving {args.db or 'the default store'} on http://{args.host}:{args.port} "
          f"(writes {'need the token' if settings.token else 'disabled: no token'}; "
          f"reads {'private' if settings.private else 'open'}; {args.workers} process"
          f"{'es' if args.workers > 1 else ''})")
    if args.workers == 1:
        server.run(create_app(args.db, settings), host=args.host, port=args.port)
        return 0
    # Several processes: uvicorn starts each from an import string, so the settings go
    # to the workers through the environment (the token as a file path, not its value).
    env = {"EVENTWIRE_PRIVATE": "1" if settings.private else "0",
           "EVENTWIRE_CORS_ORIGINS": ",".join(settings.cors_origins), "EVENTWIRE_MAX_BODY": str(settings.max_body)}
    if args.db:
        env["EVENTWIRE_DB"] = args.db
    if args.token_file:
        env["EVENTWIRE_TOKEN_FILE"] = os.path.abspath(args.token_file)
    os.environ.update(env)
    server.run("eventwire.api:app_from_env", host=args.host, port=args.port, workers=args.workers)
    return 0
