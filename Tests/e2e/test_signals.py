"""POST /v1/signals and search's support block through the real binary, as a chatbot would call
them: with python's http.client and with curl. And what the binary's logs keep of what people type:
nothing. The access log records the path, never a query string or a body."""

import http.client
import json
import shutil
import subprocess

import pytest

from ops_support import ServerProcess

# Words that appear nowhere in the content, the spec or any log line the server writes of itself,
# so finding one in the output can only mean the request's text was written.
SEARCH_MARKER = "zanzibarquokka"
SIGNAL_MARKER = "xylophonewombat"


def post(port, body, content_type="application/json", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        sent = {"Content-Type": content_type, **(headers or {})} if content_type else dict(headers or {})
        conn.request("POST", "/v1/signals", body=body, headers=sent)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server():
    with ServerProcess() as s:
        yield s


def test_an_urgent_message_with_context_and_country(server):
    body = json.dumps({"text": "at nine tonight", "context": ["i've decided, i'm going to end my life"], "country": "GB"})
    status, headers, raw = post(server.port, body)
    assert status == 200
    assert headers["cache-control"] == "no-store"
    assert "etag" not in headers and "last-modified" not in headers
    answer = json.loads(raw)
    assert answer["level"] == "urgent" and answer["urgent"] is True
    assert "context.builds" in answer["reasons"]
    assert answer["language_understood"] is True
    support = answer["support"]
    assert support["emergency_first"] is True and support["message"]
    assert [n["number"] for n in support["emergency"]["numbers"]] == ["999"]
    assert [line["id"] for line in support["lines"]] == ["gb-ie-samaritans"]
    # The numbers are written before the lines, as they are to be shown.
    assert raw.index(b'"emergency":') < raw.index(b'"lines":')


def test_an_ordinary_message_still_has_the_lines(server):
    status, _, raw = post(server.port, json.dumps({"text": "what is harm reduction?", "country": "US"}))
    assert status == 200
    answer = json.loads(raw)
    assert answer["level"] == "info"
    assert [line["id"] for line in answer["support"]["lines"]] == ["us-988", "us-crisis-text-line"]
    assert all(line["helps_people_worried_about_others"] is None for line in answer["support"]["lines"])


def test_the_body_bounds_and_shapes(server):
    prefix, suffix = '{"text": "', '"}'
    fill = "a" * (8192 - len(prefix) - len(suffix))
    assert post(server.port, prefix + fill + suffix)[0] == 200
    status, headers, _ = post(server.port, prefix + fill + "a" + suffix)
    assert status == 413
    status, headers, _ = post(server.port, '{"text": "hi"}', content_type="text/plain")
    assert status == 415 and "application/json" in headers.get("accept-post", "")
    status, headers, raw = post(server.port, '{"text": "hi", "mood": "low"}')
    assert status == 400 and headers["content-type"] == "application/problem+json"
    assert json.loads(raw)["member"] == "mood"


def test_curl_posts_a_signal_as_the_readme_shows(server):
    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    result = subprocess.run(
        ["curl", "-sS", "--max-time", "10", "-H", "Content-Type: application/json",
         "--data", '{"text": "I want to die", "country": "US"}', f"http://127.0.0.1:{server.port}/v1/signals"],
        capture_output=True, timeout=30, check=True)
    answer = json.loads(result.stdout)
    assert answer["level"] == "urgent"
    assert answer["support"]["emergency"]["numbers"][0]["number"] == "911"


def test_search_is_no_store_and_carries_the_block(server):
    status, headers, raw = server.get("/v1/search?q=harm+reduction&country=GB")
    assert status == 200
    assert headers["cache-control"] == "no-store" and "etag" not in headers
    support = json.loads(raw)["support"]
    assert support["level"] == "info" and support["lines"]


def test_the_logs_never_hold_a_query_or_a_signal_text():
    """Through the binary with the access log on: every request is logged, its text is not."""
    with ServerProcess(access_log=True) as server:
        status, _, _ = server.get(f"/v1/search?q={SEARCH_MARKER}+i+want+to+die&format=text")
        assert status == 200
        status, _, _ = server.get(f"/v1/search?q={SEARCH_MARKER}")
        assert status == 200
        status, _, _ = post(server.port, json.dumps({"text": f"{SIGNAL_MARKER} i want to die", "context": [SIGNAL_MARKER]}))
        assert status == 200
        status, _, _ = post(server.port, json.dumps({"text": SIGNAL_MARKER, "oops": 1}))
        assert status == 400
        status, _, _ = post(server.port, "{" + SIGNAL_MARKER)
        assert status == 400
        server.stop()
        stdout = server.proc.stdout.read()
    stderr = "".join(server.stderr_lines)
    access = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    assert {entry["path"] for entry in access} >= {"/v1/search", "/v1/signals"}, access
    assert len([e for e in access if e["path"] == "/v1/signals"]) == 3
    for marker in (SEARCH_MARKER, SIGNAL_MARKER):
        assert marker not in stdout, f"{marker} in the access log"
        assert marker not in stderr, f"{marker} in stderr"


def test_metrics_count_levels_by_route(server):
    post(server.port, json.dumps({"text": "I want to die"}))
    server.get("/v1/search?q=harm+reduction")
    status, _, raw = server.get("/metrics")
    assert status == 200
    text = raw.decode()
    samples = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
               for line in text.splitlines() if line.startswith("explainer_crisis_signals_total{")}
    assert len(samples) == 6, samples
    assert samples['explainer_crisis_signals_total{level="urgent",route="/v1/signals"}'] >= 1
    assert samples['explainer_crisis_signals_total{level="info",route="/v1/search"}'] >= 1
    assert "I want to die" not in text and "harm" not in text.replace("harm-", "")
