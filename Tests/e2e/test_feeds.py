"""The Atom and JSON feeds read by real feed clients: feedparser (the Python feed parser; its
releases up to 6.0.14 read Atom but not JSON Feed) for Atom, and feedparser-rs (same API, reads JSON
Feed 1.1 too) for both. Each parses without a complaint (`bozo` false), and every entry's id, link,
title and date agree with /v1/sections and /v1/support. The ids are tag: URIs that no public URL is
part of; the links are absolute under --public-url."""

import json
from email.utils import parsedate_to_datetime

import feedparser
import feedparser_rs
import pytest

from ops_support import CONTENT, ServerProcess

PUBLIC_URL = "https://peer-support.example/explainer-api"
TAG = "tag:explainer-server,2026:"


@pytest.fixture(scope="module")
def server():
    with ServerProcess("--public-url", PUBLIC_URL) as s:
        yield s


def get_json(server, path):
    status, _, body = server.get(path)
    assert status == 200, path
    return json.loads(body)


def expected_entries(server):
    """What each entry must say, from the JSON resources: (id, link, title, updated) in feed order.

    A section's date is its date_modified as /v1/sections shows it (the day its text last changed),
    never the explainer's sources_checked. The support entry's is the day support.json last changed,
    from Content/dates.json, which is also /v1/support's Last-Modified."""
    sections = get_json(server, "/v1/sections?limit=200")["items"]
    assert len(sections) >= 8
    assert all(s["date_modified"] for s in sections)
    entries = [
        (TAG + "sections/" + s["id"], PUBLIC_URL + "/explainer/" + s["id"], s["title"], s["date_modified"] + "T00:00:00Z",
         PUBLIC_URL + s["links"]["self"])
        for s in sections
    ]
    dates = json.loads((CONTENT / "dates.json").read_text())["files"]
    support_day = next(d["date_modified"] for d in dates if d["file"] == "support.json")
    status, headers, _ = server.get("/v1/support?country=GB")
    assert status == 200
    assert parsedate_to_datetime(headers["last-modified"]).date().isoformat() == support_day
    entries.append((TAG + "support", PUBLIC_URL + "/v1/support", "Support lines and emergency numbers",
                    support_day + "T00:00:00Z", PUBLIC_URL + "/v1/support"))
    return entries


def parse(server, parser, path, content_type):
    status, headers, body = server.get(path)
    assert status == 200
    assert headers["content-type"] == content_type
    feed = parser.parse(body)
    assert not feed.bozo, f"{path}: {feed.get('bozo_exception')!r}"
    return feed, headers


@pytest.mark.parametrize("parser, path, content_type, version", [
    (feedparser, "/v1/feed.atom", "application/atom+xml; charset=utf-8", "atom10"),
    (feedparser_rs, "/v1/feed.atom", "application/atom+xml; charset=utf-8", "atom10"),
    (feedparser_rs, "/v1/feed.json", "application/feed+json; charset=utf-8", "json11"),
], ids=["feedparser-atom", "feedparser_rs-atom", "feedparser_rs-json"])
def test_a_feed_client_reads_each_feed_and_every_entry_matches_the_content(server, parser, path, content_type, version):
    feed, _ = parse(server, parser, path, content_type)
    assert feed.version == version
    assert feed.feed.title == "unpacking self-harm"
    expected = expected_entries(server)
    assert [e.id for e in feed.entries] == [x[0] for x in expected]
    for entry, (tag, link, title, updated, resource) in zip(feed.entries, expected):
        assert entry.link == link, tag
        assert entry.title == title, tag
        assert entry.updated == updated, tag
        if version == "atom10" and link != resource:
            alternates = {l.get("type"): l["href"] for l in entry.links if l.get("rel") == "alternate"}
            assert alternates == {"text/html": link, "application/json": resource}, tag
    # The feed is as new as its newest entry.
    newest = max(x[3] for x in expected)
    assert (feed.feed.updated if version == "atom10" else max(e.updated for e in feed.entries)) == newest


def test_ids_do_not_depend_on_the_public_url_but_links_do():
    with ServerProcess("--public-url", "https://elsewhere.example") as other:
        status, _, body = other.get("/v1/feed.atom")
    assert status == 200
    feed = feedparser.parse(body)
    assert not feed.bozo
    assert all(e.id.startswith(TAG) for e in feed.entries)
    assert all(e.link.startswith("https://elsewhere.example/") for e in feed.entries)
    assert "peer-support.example" not in body.decode()


def test_a_hostile_host_header_never_reaches_a_link(server):
    status, _, body = server.get("/v1/feed.json", headers={"Host": "attacker.example"})
    assert status == 200
    assert b"attacker.example" not in body


@pytest.mark.parametrize("path", ["/v1/feed.atom", "/v1/feed.json"])
def test_each_feed_answers_if_none_match_with_304_and_gzip_when_asked(server, path):
    status, headers, _ = server.get(path)
    assert status == 200 and headers["etag"].startswith('"')
    # Caching's rules: no `public`, and Last-Modified the newest day of the content (every file counts).
    assert "public" not in headers["cache-control"]
    newest = json.loads((CONTENT / "dates.json").read_text())
    days = [d["date_modified"] for d in newest["files"] + newest["sections"]]
    assert parsedate_to_datetime(headers["last-modified"]).date().isoformat() == max(days)
    status, _, body = server.get(path, headers={"If-Modified-Since": headers["last-modified"]})
    assert status == 304 and body == b""
    status, _, body = server.get(path, headers={"If-None-Match": headers["etag"]})
    assert status == 304 and body == b""
    status, zipped, _ = server.get(path, headers={"Accept-Encoding": "gzip"})
    assert status == 200 and zipped["content-encoding"] == "gzip" and zipped["etag"] != headers["etag"]
