"""CORS where it matters: a real browser. A page served from another origin (a second port) fetches
an annotated section from the API with a header that forces a preflight, and renders it; headless
Chromium loads the page and we read the rendered DOM. With an allow-list that excludes the page's
origin, the same page must fail to read the response."""

import functools
import re
import http.server
import shutil
import subprocess
import threading

import pytest

from ops_support import ServerProcess

SECTION = "research-shows"

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>peer support page</title></head>
<body>
<p id="status">loading</p>
<article id="section"><h1 id="title"></h1><div id="body"></div></article>
<script>
const status = document.getElementById("status");
// If-None-Match is not CORS-safelisted, so the browser sends a preflight first.
fetch("API/v1/sections/SECTION?annotate=glossary", {headers: {"If-None-Match": "\\"no-such-tag\\""}})
  .then(r => {
    status.textContent = "status " + r.status + " etag " + (r.headers.get("ETag") ? "exposed" : "hidden")
      + " link " + (r.headers.get("Link") ? "exposed" : "hidden");
    return r.json();
  })
  .then(section => {
    document.getElementById("title").textContent = section.title;
    document.getElementById("body").innerHTML = section.body.html;
    status.textContent += " rendered";
  })
  .catch(error => { status.textContent = "fetch failed: " + error; });
</script>
</body></html>
"""


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


class PageServer:
    """A static page on 127.0.0.1:0: a different origin from the API."""

    def __init__(self, directory):
        handler = functools.partial(QuietHandler, directory=str(directory))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def render(tmp_path, api_port) -> str:
    (tmp_path / "page.html").write_text(PAGE.replace("API", f"http://127.0.0.1:{api_port}").replace("SECTION", SECTION))
    page = PageServer(tmp_path)
    try:
        result = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--user-data-dir=" + str(tmp_path / "profile"), "--virtual-time-budget=15000",
             "--dump-dom", f"http://127.0.0.1:{page.port}/page.html"],
            capture_output=True, text=True, timeout=90)
    finally:
        page.close()
    return result.stdout


def test_a_page_from_another_origin_fetches_and_renders_an_annotated_section(tmp_path):
    with ServerProcess() as api:
        dom = render(tmp_path, api.port)
    assert "status 200 etag exposed link exposed rendered" in dom, dom[-3000:]
    text = re.sub(r"<[^>]+>", "", dom)  # the glossary links split sentences into elements
    assert "Research shows:" in text
    assert "A diminished pain perception in people who self-harm" in text
    assert 'class="glossary-term"' in dom and 'href="/v1/glossary/' in dom


def test_an_origin_outside_the_allow_list_cannot_read_the_response(tmp_path):
    with ServerProcess("--cors-origins", "https://peer-support.example") as api:
        dom = render(tmp_path, api.port)
    assert "fetch failed" in dom, dom[-3000:]
    assert "A diminished" not in dom
