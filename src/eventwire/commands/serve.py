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
    p.add_argument("--max-body", type=int, default=2 * 1024 * 1024, metavar="BYTES",
                   help="largest request body accepted (default: %(default)s)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default: 1)")
    p.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.api import ServerSettings, create_app
    from eventwire.store import open_store

    settings = ServerSettings.from_env(token_file=args.token_file, private=args.private,
                                       cors_origins=tuple(args.cors_origin), max_body=args.max_body)
    open_store(args.db).close()  # fail now, in one line, if the store cannot be opened or migrated
    app = create_app(args.db, settings)
    print(f"eventwire: serving {args.db or 'the default store'} on http://{args.host}:{args.port} "
          f"(writes {'need the token' if settings.token else 'disabled: no token'}; "
          f"reads {'private' if settings.private else 'open'})")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
