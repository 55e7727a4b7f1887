"""Fetching pages from a local HTTP server on 127.0.0.1, and reading URL lists."""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from events_cli import __version__, fetch
from events_cli.errors import InputError
from events_cli.fetch import Fetched, fetch_url, read_url_list
from events_cli.html import read_html

HTML_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


class Handler(BaseHTTPRequestHandler):
    hits: Counter  # requests per path, set on the class by the fixture
    seen: dict  # last request headers per path

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        self.hits[self.path] += 1
        self.seen[self.path] = dict(self.headers)
        hits = self.hits[self.path]
        path = self.path
        if path.startswith("/pages/"):
            name = path.removeprefix("/pages/")
            file = HTML_FIXTURES / name
            if file.is_file():
                charset = "" if "latin1" in name else "; charset=utf-8"
                return self.reply(200, file.read_bytes(), f"text/html{charset}")
            return self.reply(404, b"<h1>Not Found</h1>", "text/html")
        if path == "/missing":
            return self.reply(404, b"<h1>Halaman tidak ditemukan</h1>", "text/html")
        if path == "/forbidden":
            return self.reply(403, b"<h1>Forbidden</h1>", "text/html")
        if path == "/flaky":
            if hits == 1:
                return self.reply(500, b"oops", "text/plain")
            return self.reply(200, b"<html><body><p>kedua kali berhasil</p></body></html>", "text/html")
        if path == "/broken":
            return self.reply(503, b"down", "text/plain")
        if path == "/busy":
            if hits == 1:
                return self.reply(429, b"slow down", "text/plain", {"Retry-After": "0"})
            return self.reply(200, b"<html><body><p>akhirnya</p></body></html>", "text/html")
        if path == "/slow":
            time.sleep(1.5)
            return self.reply(200, b"<html><body><p>terlambat</p></body></html>", "text/html")
        if path == "/redirect":
            return self.reply(302, b"", "text/html", {"Location": "/pages/kompas.html"})
        if path == "/to-ftp":
            return self.reply(302, b"", "text/html", {"Location": "ftp://files.example.id/berita.html"})
        if path == "/loop":
            return self.reply(302, b"", "text/html", {"Location": "/loop"})
        if path == "/image.png":
            return self.reply(200, PNG, "image/png")
        if path == "/gzip":
            body = gzip.compress((HTML_FIXTURES / "antara.html").read_bytes())
            return self.reply(200, body, "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
        if path == "/big":
            return self.reply(200, b"<p>" + b"x" * 5000 + b"</p>", "text/html")
        if path == "/big-chunked":  # no Content-Length: the cap applies while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 5000 + b"</p>")
            return None
        if path == "/no-type":
            return self.reply(200, b"<html><body><p>tanpa jenis</p></body></html>", None)
        if path.startswith("/berita/"):
            return self.reply(200, b"<html><body><p>ok</p></body></html>", "text/html")
        return self.reply(404, b"", "text/html")

    def reply(self, status, body, content_type, headers=None):
        try:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except ConnectionError:  # the client gave up first (the timeout test)
            pass


@pytest.fixture
def server():
    handler = type("TestHandler", (Handler,), {"hits": Counter(), "seen": {}})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield base, handler
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    monkeypatch.setattr(fetch, "BACKOFF_SECONDS", 0.01)


def test_fetches_a_page_with_its_headers(server):
    base, handler = server
    page = fetch_url(f"{base}/pages/kompas.html")
    assert page == Fetched(url=f"{base}/pages/kompas.html", data=(HTML_FIXTURES / "kompas.html").read_bytes(),
                           content_type="text/html", charset="utf-8")
    assert handler.seen["/pages/kompas.html"]["User-Agent"] == f"events/{__version__} (+news event extraction)"


def test_fetched_page_reads_as_an_article(server):
    base, _ = server
    page = fetch_url(f"{base}/pages/blog-latin1.html")
    assert page.charset is None
    article, links = read_html(page.data, page.url, url=page.url, charset=page.charset)
    assert "“kopi rasa jeruk”" in article.text
    assert links[0].url == "http://warta-warga.example.id/2019/01/05/panen-kopi-garut-melimpah.html"


def test_follows_redirects_and_reports_the_final_url(server):
    base, handler = server
    page = fetch_url(f"{base}/redirect")
    assert page.url == f"{base}/pages/kompas.html"
    assert b"Bendungan Sadawarna" in page.data
    assert handler.hits["/redirect"] == 1


def test_gzip_body_is_decompressed(server):
    base, _ = server
    page = fetch_url(f"{base}/gzip")
    assert page.data == (HTML_FIXTURES / "antara.html").read_bytes()


def test_missing_content_type_is_accepted(server):
    base, _ = server
    assert fetch_url(f"{base}/no-type").content_type is None


def test_non_ascii_path_is_percent_encoded(server):
    base, handler = server
    fetch_url(f"{base}/berita/café rusia")
    assert handler.hits["/berita/caf%C3%A9%20rusia"] == 1


def test_500_is_retried_until_it_succeeds(server):
    base, handler = server
    page = fetch_url(f"{base}/flaky", retries=2)
    assert b"kedua kali berhasil" in page.data
    assert handler.hits["/flaky"] == 2


def test_429_is_retried(server):
    base, handler = server
    assert b"akhirnya" in fetch_url(f"{base}/busy").data
    assert handler.hits["/busy"] == 2


def test_5xx_gives_up_after_the_retries(server):
    base, handler = server
    with pytest.raises(InputError) as caught:
        fetch_url(f"{base}/broken", retries=2)
    assert str(caught.value) == f"{base}/broken: HTTP 503 Service Unavailable"
    assert handler.hits["/broken"] == 3


@pytest.mark.parametrize("path,line", [
    ("/missing", "HTTP 404 Not Found"),
    ("/forbidden", "HTTP 403 Forbidden"),
])
def test_4xx_is_one_line_and_not_retried(server, path, line):
    base, handler = server
    with pytest.raises(InputError) as caught:
        fetch_url(f"{base}{path}", retries=2)
    assert str(caught.value) == f"{base}{path}: {line}"
    assert caught.value.origin == f"{base}{path}" and caught.value.reason == line
    assert handler.hits[path] == 1


def test_slow_server_times_out(server):
    """The page comes 1.5 s late: each of the two tries gives up first (how long that takes
    is measured by bench/fetch_timeout.py)."""
    base, handler = server
    with pytest.raises(InputError) as caught:
        fetch_url(f"{base}/slow", timeout=0.5, retries=1)
    assert str(caught.value) == f"{base}/slow: timed out after 0.5 s"
    assert handler.hits["/slow"] == 2


@pytest.mark.parametrize("path,kwargs,reason", [
    ("/image.png", {}, "not a web page (content type image/png)"),
    ("/big", {"max_bytes": 1000}, "page larger than 1,000 bytes (5,007 bytes)"),
    ("/big-chunked", {"max_bytes": 1000}, "page larger than 1,000 bytes"),
    ("/to-ftp", {}, "redirected to a URL that is not http or https: ftp://files.example.id/berita.html"),
    ("/loop", {}, "too many redirects (HTTP 302)"),
])
def test_refused_responses(server, path, kwargs, reason):
    base, _ = server
    with pytest.raises(InputError) as caught:
        fetch_url(f"{base}{path}", **kwargs)
    assert str(caught.value) == f"{base}{path}: {reason}"


def test_connection_refused(refused_port):
    url = f"http://127.0.0.1:{refused_port}/berita"
    with pytest.raises(InputError) as caught:
        fetch_url(url, timeout=2, retries=1)
    assert str(caught.value) == f"{url}: connection refused"


@pytest.mark.parametrize("url,reason", [
    ("ftp://files.example.id/berita.html", "ftp: only http and https URLs can be fetched"),
    ("file:///etc/passwd", "file: only http and https URLs can be fetched"),
    ("berita.example.id/a", "only http and https URLs can be fetched"),
    ("http:///tanpa-host", "not a valid URL (no host name)"),
    ("http://[::1/x", "not a valid URL (Invalid IPv6 URL)"),
])
def test_invalid_urls_are_refused_without_a_request(url, reason):
    with pytest.raises(InputError) as caught:
        fetch_url(url)
    assert str(caught.value) == f"{url}: {reason}"


def test_read_url_list(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text(
        "\ufeff# berita Jawa Barat\n"
        "https://jabarekspres.com/berita/2023/09/14/a/\n"
        "\n"
        "   http://www.antaranews.com/berita/1   \n"
        "  # dilewati\n",
        encoding="utf-8",
    )
    assert read_url_list(path) == ["https://jabarekspres.com/berita/2023/09/14/a/", "http://www.antaranews.com/berita/1"]


@pytest.mark.parametrize("content,line", [
    ("https://a.example.id/1\nftp://b.example.id/2\n", "2: not an http or https URL: ftp://b.example.id/2"),
    ("# daftar\n\nbukan url\n", "3: not an http or https URL: bukan url"),
    ("https://\n", "1: not an http or https URL: https://"),
])
def test_read_url_list_invalid_line(tmp_path, content, line):
    path = tmp_path / "urls.txt"
    path.write_text(content, encoding="utf-8")
    errors = [item for item in read_url_list(path) if isinstance(item, InputError)]
    assert [str(e) for e in errors] == [f"{path}:{line}"]


def test_read_url_list_missing_file(tmp_path):
    with pytest.raises(InputError) as caught:
        read_url_list(tmp_path / "tidak-ada.txt")
    assert str(caught.value) == f"{tmp_path / 'tidak-ada.txt'}: no such file"
