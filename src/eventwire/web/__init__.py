"""The web app and JSON API of ``eventwire serve``, one job per module:

- :mod:`.app`: the application factory (``create_app``, ``app_from_env``);
- :mod:`.settings`: :class:`ServerSettings`; :mod:`.deps`: state, access checks, shared
  query parameters; :mod:`.errors`: the one error body and its handlers;
- :mod:`.negotiate`: the one rule for HTML, JSON or CSV; :mod:`.render`: templates and
  the rendering of a view's result in that form; :mod:`.csvout`: CSV downloads;
- :mod:`.views`: each view computes its data once; :mod:`.api` (``/api``) and
  :mod:`.pages` (HTML pages with ``.json``/``.csv`` twins) bind parameters to views;
- :mod:`.analysis`: the analyze request (input model, cost limits, uploads);
- :mod:`.markup`, :mod:`.svg`: escaped article markup and server-side charts;
  :mod:`.security`: headers, body limit, tokens; :mod:`.server`: uvicorn processes.

Imports go one way: app -> api/pages -> views -> render/errors/deps -> settings.
"""
