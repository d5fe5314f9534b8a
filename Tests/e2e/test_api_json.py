"""The JSON the built server sends, read as raw bytes by Python's http.client and parsed by its json
module: strings escape only what RFC 8259 requires (plus U+2028/U+2029), every list and search
share one shape, every item links to itself as links.self, and pretty takes true/false/1/0."""

import json

import pytest

from ops_support import ServerProcess

LISTS = ["/v1/sections", "/v1/claims", "/v1/sources", "/v1/glossary", "/v1/search?q=harm+reduction&limit=3&mode=lexical"]


@pytest.fixture(scope="module")
def server():
    with ServerProcess() as s:
        yield s


def test_html_inside_json_is_sent_as_written(server):
    status, headers, body = server.get("/v1/sections/research-shows")
    assert status == 200 and headers["content-type"] == "application/json; charset=utf-8"
    assert b'"html":"<ul>\\n<li>A diminished pain perception' in body
    _, _, search = server.get("/v1/search?q=harm+reduction&mode=lexical")
    assert b"<mark>" in search
    for raw in (body, search):
        for escaped in (b"\\u003c", b"\\u003e", b"\\u0026"):
            assert escaped not in raw
    assert json.loads(body)["body"]["html"].startswith("<ul>\n<li>")


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_one_shape(server, path):
    status, _, body = server.get(path)
    assert status == 200
    page = json.loads(body)
    assert {"items", "total", "limit", "links"} <= page.keys() and "results" not in page
    assert page["links"]["self"].startswith("/") and "next" in page["links"]
    assert page["items"]
    for item in page["items"]:
        assert isinstance(item["id"], str)
        assert not (item.get("url") or "").startswith("/")  # url is only ever an outside address
        assert item["links"]["self"].startswith("/v1/")


def test_a_glossary_term_is_served_by_id_and_keeps_slug(server):
    status, _, body = server.get("/v1/glossary/harm-reduction")
    assert status == 200
    assert body.startswith(b'{"id":"harm-reduction","slug":"harm-reduction",')
    _, _, root = server.get("/")
    assert json.loads(root)["links"]["glossary_term"] == "/v1/glossary/{id}"


@pytest.mark.parametrize("path", ["/", "/v1/glossary?limit=2", "/v1/search?q=relief&limit=1&mode=lexical"])
def test_pretty_takes_true_false_one_and_zero(server, path):
    join = "&" if "?" in path else "?"
    _, _, compact = server.get(path)
    _, _, indented = server.get(path + join + "pretty=1")
    assert b"\n  " in indented and b"\n  " not in compact
    assert server.get(path + join + "pretty=true")[2] == indented
    assert server.get(path + join + "pretty=false")[2] == compact
    status, headers, problem = server.get(path + join + "pretty=yes")
    assert status == 400 and headers["content-type"].startswith("application/problem+json")
    assert json.loads(problem)["parameter"] == "pretty"
