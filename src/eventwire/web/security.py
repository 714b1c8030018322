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
import secrets
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


def csp_for(path: str) -> str:
    return DOCS_CSP if path == "/docs" else CSP


def security_headers(path: str) -> dict[str, str]:
    """The headers every response carries, for responses built outside the middleware."""
    return {"content-security-policy": csp_for(path), **{k.decode(): v.decode() for k, v in SECURITY_HEADERS}}


async def _send_json(send, status: int, error: str, detail) -> None:
    body = json.dumps({"error": error, "detail": detail}).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _nul_refusal(scope) -> tuple | None:
    """422 for a NUL character in the path or the query string: no database stores one
    (PostgreSQL raises DataError), so it is refused before any route runs. The detail is
    the validation array the OpenAPI schema promises."""
    if "\x00" in scope.get("path", ""):
        return 422, "invalid path parameter", [{"loc": ["path"], "msg": "NUL characters are not allowed",
                                                 "type": "value_error"}]
    qs = scope.get("query_string", b"").decode("latin-1")
    if qs and any("\x00" in k or "\x00" in v for k, v in parse_qsl(qs, keep_blank_values=True)):
        return 422, "invalid query parameter", [{"loc": ["query"], "msg": "NUL characters are not allowed",
                                                  "type": "value_error"}]
    return None


def _host_name(host_header: str | None) -> str:
    """The host of a Host header, lower-cased, without its port (``[::1]:8000`` -> ``::1``)."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_allowed(host_header: str | None, allowed: tuple[str, ...]) -> bool:
    """The request's host is one of ``allowed``; ``*.example.org`` allows its subdomains."""
    if not allowed:
        return True
    host = _host_name(host_header)
    for pattern in (p.lower() for p in allowed):
        if pattern == "*" or host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:])):
            return True
    return False


class GuardMiddleware:
    """ASGI middleware: refuse a Host outside ``allowed_hosts`` (400), bodies over
    ``max_body`` bytes (413), NUL characters in the path or query (422), and add the
    security headers to every response, refusals included."""

    def __init__(self, app, max_body: int, allowed_hosts: tuple[str, ...] = ()):
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = tuple(allowed_hosts)

    def refusal(self, scope) -> tuple | None:
        """(status, error, detail) when the request is refused before routing."""
        headers = Headers(scope=scope)
        if not host_allowed(headers.get("host"), self.allowed_hosts):
            return 400, "host not allowed", f"the Host header {headers.get('host')!r} is not served here"
        declared = headers.get("content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return 400, "bad Content-Length header", declared
            if too_big:
                return 413, "request body too large", f"the limit is {self.max_body} bytes"
        return _nul_refusal(scope)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        csp = csp_for(path)
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

        refused = self.refusal(scope)
        if refused is not None:
            return await _send_json(send_with_headers, *refused)

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


# --------------------------------------------------------------------------- CSRF
CSRF_COOKIE = "eventwire_csrf"
CSRF_FIELD = "csrf_token"


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_matches(cookie: str | None, submitted: str | None) -> bool:
    """Double-submit check: the form's hidden field equals the cookie set with the form.
    Another site can make a browser post the form, but it can neither read the cookie
    nor set it (SameSite=Strict, HttpOnly), so it cannot fill in the field."""
    if not cookie or not submitted:
        return False
    return hmac.compare_digest(cookie.encode("utf-8"), submitted.encode("utf-8"))
