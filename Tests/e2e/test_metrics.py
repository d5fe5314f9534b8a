"""/metrics, parsed by prometheus-client's own text parser: every family the issue names is there,
with the right type, and the numbers move with real traffic."""

import re
import time

import pytest

from ops_support import ServerProcess

parser = pytest.importorskip("prometheus_client.parser", reason="pip install prometheus-client")


def scrape(server):
    status, headers, body = server.get("/metrics")
    assert status == 200
    assert headers["content-type"].startswith("text/plain; version=0.0.4")
    assert headers["cache-control"] == "no-store"
    return {f.name: f for f in parser.text_string_to_metric_families(body.decode())}


def sample(families, name, suffix="", **labels):
    for s in families[name].samples:
        if s.name == name + suffix and all(s.labels.get(k) == v for k, v in labels.items()):
            return s.value
    return None


def test_metrics_parse_and_carry_every_family():
    with ServerProcess() as server:
        for _ in range(5):
            server.get("/v1/sections/not-suicide")
        server.get("/v1/sections/no-such-section")
        server.get("/nowhere/at/all")
        import http.client
        for method in ("BREW1", "BREW2"):  # any token is a method to the parser; labels must stay bounded
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
            conn.request(method, "/healthz")
            assert conn.getresponse().status == 501
            conn.close()
        families = scrape(server)
        expected = {
            # prometheus-client strips _total from counter family names.
            "http_requests": "counter", "http_request_duration_seconds": "histogram",
            "http_response_bytes": "counter", "http_open_connections": "gauge", "content_reloads": "counter",
            "content_info": "gauge", "content_load_duration_seconds": "gauge", "process_start_time_seconds": "gauge",
            "process_resident_memory_bytes": "gauge",
        }
        for name, kind in expected.items():
            assert name in families, f"{name} missing"
            assert families[name].type == kind, (name, families[name].type)
        # Routes are labelled by pattern, so invented paths cannot create new series.
        assert sample(families, "http_requests", "_total", route="/v1/sections/{id}", status="200") == 5
        assert sample(families, "http_requests", "_total", route="/v1/sections/{id}", status="404") == 1
        assert sample(families, "http_requests", "_total", route="unmatched", status="404") == 1
        assert not any("no-such-section" in str(s.labels) for s in families["http_requests"].samples)
        assert not any("BREW" in str(s.labels) for s in families["http_requests"].samples)
        assert sample(families, "http_requests", "_total", method="OTHER", status="501") == 2
        assert sample(families, "http_request_duration_seconds", "_count", route="/v1/sections/{id}") == 6
        inf = sample(families, "http_request_duration_seconds", "_bucket", route="/v1/sections/{id}", le="+Inf")
        assert inf == 6
        assert sample(families, "http_response_bytes", "_total") > 5 * 500
        # The scrape's own connection is open while it is answered.
        assert sample(families, "http_open_connections") >= 1
        # Content version: the same one the API reports.
        _, headers, _ = server.get("/v1/explainer")
        version = headers["x-content-version"]
        assert sample(families, "content_info", version=version) == 1
        assert 0 < sample(families, "content_load_duration_seconds") < 30
        start = sample(families, "process_start_time_seconds")
        assert abs(time.time() - start) < 120
        assert sample(families, "content_reloads", "_total", outcome="failure") == 0


def test_open_connections_gauge_follows_connections():
    import socket
    with ServerProcess() as server:
        base = sample(scrape(server), "http_open_connections")
        held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(5)]
        try:
            time.sleep(0.3)
            assert sample(scrape(server), "http_open_connections") >= base + 5
        finally:
            for s in held:
                s.close()
        deadline = time.monotonic() + 5
        while sample(scrape(server), "http_open_connections") > base and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sample(scrape(server), "http_open_connections") <= base


def test_event_log_is_json_lines_with_levels_and_log_level_filters():
    with ServerProcess() as server:
        server.wait_for_event("server.start")
        events = server.events
        assert all(e["level"] in {"debug", "info", "warn", "error"} and "time" in e for e in events)
        assert [e for e in events if e["event"] == "content.loaded"]
    # Leaving the block sent SIGTERM: the drain and the stop are events too.
    names = [e["event"] for e in server.events]
    assert "server.drain" in names and names[-1] == "server.stopped"
    with ServerProcess("--log-level", "error") as quiet:
        time.sleep(0.5)
        assert [e for e in quiet.events if e["level"] != "error"] == []
    # The first stderr line stays `listening on`, whatever is logged.
    assert re.match(r"listening on http://127\.0\.0\.1:\d+$", quiet.stderr_lines[0])
