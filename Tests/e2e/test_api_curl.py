"""Exploring the API with curl, as a person would: start at /, follow the links, read a section
in each format, and check what a cache and a browser would see."""

import gzip
import json
import shutil
import subprocess

import pytest

from ops_support import ServerProcess


@pytest.fixture(scope="module")
def base():
    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    with ServerProcess() as server:
        yield f"http://127.0.0.1:{server.port}"


def curl(*args) -> subprocess.CompletedProcess:
    return subprocess.run(["curl", "-sS", "--max-time", "10", *args], capture_output=True, timeout=30)


def headers_of(raw: bytes) -> dict:
    lines = raw.decode("latin-1").split("\r\n")
    return {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if ":" in line)}


def test_the_root_links_to_every_resource_and_each_link_answers(base):
    root = json.loads(curl(base + "/").stdout)
    assert root["name"] == "explainer-server"
    assert len(root["content_version"]) == 64
    for name, link in root["links"].items():
        if "{" in link:
            continue
        status = curl("-o", "/dev/null", "-w", "%{http_code}", base + link).stdout.decode()
        assert status == "200", f"{name} {link} answered {status}"


def test_a_section_in_json_markdown_and_plain_text(base):
    url = base + "/v1/sections/research-shows"
    section = json.loads(curl(url).stdout)
    assert section["title"] == "Research shows:"
    assert set(section["body"]) == {"html", "text"}
    markdown = curl("-H", "Accept: text/markdown", url).stdout.decode()
    assert markdown.startswith("- A diminished pain perception in people who self-harm")
    text = curl("-H", "Accept: text/plain", url).stdout.decode()
    assert text.startswith("A diminished pain perception in people who self-harm\n\nFolks with")
    assert section["links"]["next"] == "/v1/sections/temporary-relief"


def test_head_gzip_and_a_conditional_get(base):
    url = base + "/v1/sections/research-shows"
    head = curl("-I", url)
    h = headers_of(head.stdout)
    assert head.stdout.startswith(b"HTTP/1.1 200")
    assert h["content-type"] == "application/json; charset=utf-8"
    assert h["link"] == '</v1/support>; rel="help"'
    plain = curl(url).stdout
    assert int(h["content-length"]) == len(plain)
    raw_gzip = curl("-H", "Accept-Encoding: gzip", url).stdout
    assert gzip.decompress(raw_gzip) == plain
    assert curl("--compressed", url).stdout == plain
    status = curl("-o", "/dev/null", "-w", "%{http_code}", "-H", f"If-None-Match: {h['etag']}", url).stdout
    assert status == b"304"


def test_a_typo_gets_suggestions_and_a_bad_parameter_is_named(base):
    missing = json.loads(curl(base + "/v1/sections/reserch-shows").stdout)
    assert missing["status"] == 404 and missing["suggestions"][0] == "research-shows"
    bad = json.loads(curl(base + "/v1/claims?limit=1000").stdout)
    assert bad["status"] == 400 and bad["parameter"] == "limit"


def test_a_preflight_with_curl(base):
    out = curl("-i", "-X", "OPTIONS", "-H", "Origin: http://page.example", "-H", "Access-Control-Request-Method: GET",
               base + "/v1/glossary")
    h = headers_of(out.stdout)
    assert out.stdout.startswith(b"HTTP/1.1 204")
    assert h["access-control-allow-origin"] == "*"
    assert "GET" in h["access-control-allow-methods"]


def test_support_for_a_region(base):
    support = json.loads(curl(base + "/v1/support?country=GB").stdout)
    assert support["region"] == "GB"
    assert any("GB" in line["regions"] for line in support["lines"])


def test_every_curl_in_the_readme_quotes_its_url_and_answers_2xx(base):
    """The README's tour, as a zsh user pastes it: every URL is quoted (an unquoted `?` is a glob in
    zsh), and each command, pointed at this server, answers 2xx."""
    import re
    import shlex
    from ops_support import ROOT
    text = (ROOT / "README.md").read_text()
    commands = [line.split("  #")[0].strip() for line in text.splitlines() if line.startswith("curl ")]
    assert len(commands) >= 10
    for command in commands:
        raw_urls = re.findall(r"(?<![\w'/])((?:https?://)?(?:localhost|127\.0\.0\.1):\d+\S*)", command)
        assert not raw_urls, f"unquoted URL in README: {command}"
        if command.endswith("\\"):
            continue  # a command continued on the next line; its URL is checked above
        args = shlex.split(command)
        args = [re.sub(r"^(?:https?://)?(?:localhost|127\.0\.0\.1):8080", base, a) for a in args]
        # A stream (the MCP GET stream) stays open by design: read its status, then stop after 2 s.
        streaming = ["--max-time", "2"] if "text/event-stream" in command else []
        result = subprocess.run([*args[:1], "-o", "/dev/null", "-w", "%{http_code}", *streaming, *args[1:]],
                                capture_output=True, text=True, timeout=30)
        assert result.stdout.startswith("2"), f"{command} answered {result.stdout}"
