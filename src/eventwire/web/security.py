"""The server's protective layer: body-size limit, security headers, bearer tokens.

Article text is hostile input and the server may face a browser that has other tabs
open, so every response carries a strict Content-Security-Policy (``default-src
'self'``, no inline script, no inline style attribute, no external origin at all),
``nosniff`` and a frame ban. Request bodies are capped before they are parsed; tokens
are compared in constant time.
"""
from __future__ import annotations

import hmac
import json
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
# Swagger UI (vendored, served from /static) sets inline styles from its React code.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
)


async def _send_json(send, status: int, error: str, detail) -> None:
    body = json.dumps({"error": error, "detail": detail}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class GuardMiddleware:
    """ASGI middleware: refuse bodies over ``max_body`` bytes (413, JSON), refuse query
    strings carrying NUL characters (422: no database stores them), and add the
    security headers to every response."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        declared = headers.get("content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return await _send_json(send, 400, "bad Content-Length header", declared)
            if too_big:
                return await _send_json(send, 413, "request body too large",
                                        f"the limit is {self.max_body} bytes")
        qs = scope.get("query_string", b"").decode("latin-1")
        if qs and any("\x00" in k or "\x00" in v for k, v in parse_qsl(qs, keep_blank_values=True)):
            return await _send_json(send, 422, "invalid query parameter", "NUL characters are not allowed")

        # A chunked body has no Content-Length: count it as it arrives.
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        path = scope.get("path", "")
        csp = DOCS_CSP if path == "/docs" else CSP
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                extra = [(b"content-security-policy", csp.encode())] + list(SECURITY_HEADERS)
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": list(message.get("headers", []))
                           + [(k, v) for k, v in extra if k not in names]}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _send_json(send_with_headers, 413, "request body too large",
                                 f"the limit is {self.max_body} bytes")


class BodyTooLarge(HTTPException):
    """Raised from ``receive``; an HTTPException so FastAPI's body parsing lets it through
    to the JSON error handler instead of turning it into a 400."""

    def __init__(self, limit: int = 0):
        super().__init__(413, f"the limit is {limit} bytes")


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def token_matches(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
