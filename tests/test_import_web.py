"""`events import` of saved HTML pages and of URLs served from 127.0.0.1, and the link graph."""
import json
import shutil
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from events_cli.cli import app

from conftest import FIXTURES

runner = CliRunner()
PAGES = FIXTURES / "html"

PAGE_A = """<!doctype html><html lang="id"><head><title>Banjir Rendam Bandung</title>
<meta property="og:site_name" content="Warta Contoh">
<meta property="article:published_time" content="2024-02-03T08:00:00+07:00"></head>
<body><article><h1>Banjir Rendam Bandung</h1>
<p>BANDUNG, WARTA - Banjir merendam ratusan rumah warga di Kota Bandung pada Jumat (2/2/2024) malam.</p>
<p>BACA JUGA: <a href="/b.html">Wali Kota Bandung Tinjau Lokasi Banjir</a></p>
<p>Wali Kota Bandung Budi Santoso mengatakan air mulai surut pada Sabtu pagi.</p>
</article></body></html>"""
PAGE_B = """<!doctype html><html lang="id"><head><title>Wali Kota Bandung Tinjau Lokasi Banjir</title>
<meta property="og:site_name" content="Warta Contoh"></head>
<body><article><h1>Wali Kota Bandung Tinjau Lokasi Banjir</h1>
<p>BANDUNG, WARTA - Wali Kota Bandung Budi Santoso meninjau lokasi banjir di Kecamatan Cicendo pada 3 Februari 2024.</p>
<p>Ia meminta warga tetap waspada karena hujan deras masih akan turun.</p>
</article></body></html>"""


# what http.server answers for a folder, and an outlet's section page: headlines, no article
LISTING = "<!DOCTYPE HTML><html><head><title>Directory listing for /berkas/</title></head><body>" \
    "<h1>Directory listing for /berkas/</h1><hr><ul>" + "".join(
        f'<li><a href="laporan-banjir-bandung-bagian-{i}.txt">laporan-banjir-bandung-bagian-{i}.txt</a></li>'
        for i in range(1, 31)) + "</ul><hr></body></html>"
SECTION = """<!doctype html><html lang="id"><head><title>Berita Terkini Jawa Barat - Warta Contoh</title></head>
<body><main><h1>Berita Terkini</h1><ul>""" + "".join(
    f'<li><h2><a href="/berita/{i}.html">Banjir Rendam Dayeuhkolot Hari Ke-{i}</a></h2><span>{i} jam lalu</span></li>'
    for i in range(1, 21)) + "</ul></main></body></html>"


class Handler(BaseHTTPRequestHandler):
    hits: Counter = Counter()

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.hits[self.path] += 1
        pages = {"/a.html": PAGE_A.encode(), "/b.html": PAGE_B.encode(), "/berkas/": LISTING.encode(),
                 "/kanal/jabar": SECTION.encode()}
        body = pages.get(self.path)
        if body is None and (PAGES / self.path.lstrip("/")).is_file():
            body = (PAGES / self.path.lstrip("/")).read_bytes()
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    Handler.hits = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def run(*args):
    return runner.invoke(app, list(args))


def export():
    return {r["origin"]: r for r in map(json.loads, run("export").stdout.splitlines())}


def test_saved_html_folder(tmp_path):
    folder = tmp_path / "pages"
    shutil.copytree(PAGES, folder)
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{len(list(PAGES.glob('*.html')))} imported, 0 unchanged, 0 failed")
    kompas = export()[str(folder / "kompas.html")]
    assert kompas["url"].startswith("https://") and kompas["published"] is not None
    assert kompas["related"] and all(link["url"].startswith("http") for link in kompas["related"])


def test_urls_links_resolve_both_ways_and_are_not_fetched_twice(web, tmp_path):
    result = run("import", f"{web}/a.html")
    assert result.exit_code == 0, result.output
    [link] = json.loads(run("related", "--format", "json").stdout)
    assert (link["link_title"], link["url"], link["target"]) == (
        "Wali Kota Bandung Tinjau Lokasi Banjir", f"{web}/b.html", "missing")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# daftar\n{web}/a.html\n{web}/b.html\nbukan url\n{web}/hilang.html\n")
    result = run("import", "--urls", str(urls))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {urls}:4: not an http or https URL: bukan url",
        f"Error: {web}/hilang.html: HTTP 404 Not Found",
        f"1 imported, 1 unchanged, 2 failed ({tmp_path / 'test.duckdb'})",
    ]
    assert Handler.hits["/a.html"] == 1  # known URLs are not fetched again
    [link] = json.loads(run("related", "--format", "json").stdout)
    assert link["target"] == "imported" and link["to"] == 2
    shown = json.loads(run("show", "2", "--format", "json").stdout)
    assert shown["linked_from"] == [{"article_id": 1, "title": "Banjir Rendam Bandung"}]
    records = export()
    a = records[f"{web}/a.html"]
    assert (a["source"], a["published"], a["main_event"]) == (
        "Warta Contoh", "2024-02-03", {"date": "2024-02-02", "precision": "day", "type": "DISASTER", "source": None,
                                       "target": None, "negated": False})  # "Banjir merendam ..."
    assert a["related"] == [{"title": "Wali Kota Bandung Tinjau Lokasi Banjir", "url": f"{web}/b.html", "article_id": 2}]


def test_a_directory_listing_or_a_section_page_is_reported_not_imported(web, tmp_path):
    result = run("import", f"{web}/berkas/", f"{web}/kanal/jabar", f"{web}/a.html")
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f"Error: {web}/berkas/: the page is a list of links (a directory listing or an index page), not an article",
        f"Error: {web}/kanal/jabar: the page is a list of links (a directory listing or an index page), not an article",
        f"1 imported, 0 unchanged, 2 failed ({tmp_path / 'test.duckdb'})",
    ])


def test_link_resolves_by_title_when_target_came_first(web):
    assert run("import", f"{web}/b.html").exit_code == 0
    assert run("import", f"{web}/a.html").exit_code == 0
    [link] = json.loads(run("related", "--format", "json").stdout)
    assert (link["from"], link["to"]) == (2, 1)


def test_unreachable_url(refused_port):
    url = f"http://127.0.0.1:{refused_port}/none"
    result = run("import", "--timeout", "0.5", url)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: {url}: connection refused"


def test_no_inputs_is_usage_error():
    result = run("import")
    assert result.exit_code == 2 and "nothing to import" in result.stderr
