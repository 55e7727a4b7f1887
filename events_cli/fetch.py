"""Fetch web pages over HTTP(S) with the standard library, and read lists of URLs.

Every failure is one :class:`InputError` whose reason is a short line such as
"HTTP 404 Not Found" or "timed out after 20 s", so one bad URL never stops the others.
Timeouts, dropped connections, 5xx and 429 answers are retried a bounded number of
times with a short backoff; other 4xx answers are not.
"""
from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from http import HTTPStatus
from os import PathLike
from urllib.parse import quote, urlsplit, urlunsplit

from events_cli import __version__
from events_cli.errors import InputError

USER_AGENT = f"events/{__version__} (+news event extraction)"
BACKOFF_SECONDS = 0.5  # first wait before a retry; doubles each time, capped by MAX_BACKOFF_SECONDS
MAX_BACKOFF_SECONDS = 5.0
_CHUNK = 64 * 1024
# Content types read as pages; anything else (images, PDFs, archives) is refused before its body is read.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


@dataclass(frozen=True)
class Fetched:
    """A fetched page: the URL it ended at after redirects, its bytes, and what its headers said."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


class _Retryable(Exception):
    """A failure worth another try; its message is the reason the user sees if none succeeds."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def fetch_url(url: str, timeout: float = 20.0, retries: int = 2,
              max_bytes: int = 20 * 2**20) -> Fetched:
    """The page at `url` (http or https only), following redirects.

    `timeout` bounds each connect and read; `retries` is how many more tries a
    timeout, connection error, 5xx or 429 gets. Raises :class:`InputError`.
    """
    request_url = _checked_url(url)
    attempt = 0
    while True:
        try:
            return _fetch_once(url, request_url, timeout, max_bytes)
        except _Retryable as failure:
            if attempt >= retries:
                raise InputError(url, failure.reason) from None
            wait = failure.wait if failure.wait is not None else BACKOFF_SECONDS * 2**attempt
            time.sleep(min(wait, MAX_BACKOFF_SECONDS))
            attempt += 1


def read_url_list(path: str | PathLike) -> list[str | InputError]:
    """The URLs in a text file, one a line; blank lines and lines starting with # are skipped.

    A line that is no http(s) URL becomes an InputError in its place; the others still count.
    """
    name = str(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a list of URLs") from None
    except UnicodeDecodeError:
        raise InputError(name, "not a UTF-8 text file") from None
    except OSError as err:
        raise InputError(name, f"cannot be read ({err.strerror or err})") from None
    urls: list[str | InputError] = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_web_url(line):
            shown = line if len(line) <= 80 else line[:77] + "..."
            urls.append(InputError(f"{name}:{number}", f"not an http or https URL: {shown}"))
            continue
        urls.append(line)
    return urls


def _is_web_url(text: str) -> bool:
    if any(ch.isspace() for ch in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host)


def _checked_url(url: str) -> str:
    """`url` made safe to send: an IDNA host, a percent-encoded path and query."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError as err:
        raise InputError(url, f"not a valid URL ({err})") from None
    if parts.scheme.lower() not in ("http", "https"):
        scheme = f"{parts.scheme}: " if parts.scheme else ""
        raise InputError(url, f"{scheme}only http and https URLs can be fetched")
    if not host:
        raise InputError(url, "not a valid URL (no host name)")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(url, f"not a valid host name: {host}") from None
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    if ":" in ascii_host:  # an IPv6 literal
        netloc = f"[{ascii_host}]" if port is None else f"[{ascii_host}]:{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


class _BadRedirect(Exception):
    pass


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https only: urllib would also follow one to ftp."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise _BadRedirect(f"redirected to a URL that is not http or https: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


def _fetch_once(url: str, request_url: str, timeout: float, max_bytes: int) -> Fetched:
    request = urllib.request.Request(request_url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
        "Accept-Language": "id,en;q=0.8",
    })
    try:
        response = _OPENER.open(request, timeout=timeout)
    except _BadRedirect as err:
        raise InputError(url, str(err)) from None
    except urllib.error.HTTPError as err:
        err.close()
        _raise_for_status(url, err.code, err.reason, err.headers)
        raise  # unreachable: _raise_for_status always raises
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as err:
        raise _network_failure(url, err, timeout) from None
    with response:
        headers = response.headers
        content_type = headers.get_content_type() if headers.get("Content-Type") else None
        if content_type is not None and not content_type.startswith(_PAGE_TYPES):
            raise InputError(url, f"not a web page (content type {content_type})")
        length = headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise InputError(url, f"page larger than {_size(max_bytes)} ({_size(int(length))})")
        try:
            data = _read_body(response, headers.get("Content-Encoding", ""), url, max_bytes)
        except (OSError, http.client.HTTPException) as err:
            raise _network_failure(url, err, timeout) from None
        final_url = response.geturl()
        charset = headers.get_content_charset() if headers.get("Content-Type") else None
    return Fetched(url=final_url, data=data, content_type=content_type, charset=charset)


def _read_body(response, encoding: str, url: str, max_bytes: int) -> bytes:
    """The body, decompressed, never more than `max_bytes` held in memory."""
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("", "identity"):
        inflater = None
    else:
        raise InputError(url, f"unsupported content encoding {encoding}")
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            except zlib.error:
                raise InputError(url, f"the page's {encoding} compression is corrupt") from None
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, f"page larger than {_size(max_bytes)}")
        parts.append(chunk)
    return b"".join(parts)


def _raise_for_status(url: str, code: int, reason: str | None, headers) -> None:
    if 300 <= code < 400:
        raise InputError(url, f"too many redirects (HTTP {code})")
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = (reason or "").strip() or "error"
    line = f"HTTP {code} {phrase}"
    if code in _RETRY_STATUSES:
        raise _Retryable(line, wait=_retry_after(headers))
    raise InputError(url, line)


def _retry_after(headers) -> float | None:
    value = (headers.get("Retry-After") or "").strip() if headers is not None else ""
    return float(value) if value.isdigit() else None


def _network_failure(url: str, err: BaseException, timeout: float) -> Exception:
    """The InputError or _Retryable that a network exception stands for."""
    cause = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(cause, (TimeoutError, socket.timeout)) or "timed out" in str(cause):
        return _Retryable(f"timed out after {timeout:g} s")
    if isinstance(cause, socket.gaierror):
        host = urlsplit(url).hostname or url
        return InputError(url, f"host not found: {host}")
    if isinstance(cause, ssl.SSLCertVerificationError):
        return InputError(url, f"TLS certificate not trusted ({cause.verify_message})")
    if isinstance(cause, ssl.SSLError):
        return _Retryable(f"TLS error ({cause.reason or cause})")
    if isinstance(cause, ConnectionRefusedError):
        return _Retryable("connection refused")
    if isinstance(cause, ConnectionResetError):
        return _Retryable("connection reset by the server")
    if isinstance(cause, (http.client.RemoteDisconnected, http.client.IncompleteRead)):
        return _Retryable("the server closed the connection before the page was complete")
    if isinstance(cause, http.client.HTTPException):
        return _Retryable(f"bad HTTP response ({type(cause).__name__})")
    if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return _Retryable("network unreachable")
    if isinstance(cause, OSError):
        return _Retryable(f"connection failed ({cause.strerror or cause})")
    if isinstance(cause, ValueError):
        return InputError(url, f"not a valid URL ({cause})")
    return _Retryable(f"connection failed ({' '.join(str(cause).split())[:200]})")


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n:,} bytes"
