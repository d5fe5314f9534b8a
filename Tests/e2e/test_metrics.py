"""/metrics, parsed by prometheus-client's own text parser: every family the issue names is there,
with the right type and the explainer_ prefix, and the numbers move with real traffic; promtool lints
a live scrape; --admin-listen moves /metrics to a port of its own, read with curl."""

import json
import os
import re
import shutil
import subprocess
import time

import pytest

from ops_support import ServerProcess, server_binary

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
            "explainer_http_requests": "counter", "explainer_http_request_duration_seconds": "histogram",
            "explainer_http_response_bytes": "counter", "explainer_http_open_connections": "gauge", "explainer_content_reloads": "counter",
            "explainer_content_info": "gauge", "explainer_content_load_duration_seconds": "gauge", "process_start_time_seconds": "gauge",
            "process_resident_memory_bytes": "gauge", "process_cpu_seconds": "counter", "process_open_fds": "gauge",
            "process_max_fds": "gauge", "explainer_build_info": "gauge",
        }
        for name, kind in expected.items():
            assert name in families, f"{name} missing"
            assert families[name].type == kind, (name, families[name].type)
        # Routes are labelled by pattern, so invented paths cannot create new series.
        assert sample(families, "explainer_http_requests", "_total", route="/v1/sections/{id}", status="200") == 5
        assert sample(families, "explainer_http_requests", "_total", route="/v1/sections/{id}", status="404") == 1
        assert sample(families, "explainer_http_requests", "_total", route="unmatched", status="404") == 1
        assert not any("no-such-section" in str(s.labels) for s in families["explainer_http_requests"].samples)
        assert not any("BREW" in str(s.labels) for s in families["explainer_http_requests"].samples)
        assert sample(families, "explainer_http_requests", "_total", method="OTHER", status="501") == 2
        assert sample(families, "explainer_http_request_duration_seconds", "_count", route="/v1/sections/{id}") == 6
        inf = sample(families, "explainer_http_request_duration_seconds", "_bucket", route="/v1/sections/{id}", le="+Inf")
        assert inf == 6
        assert sample(families, "explainer_http_response_bytes", "_total") > 5 * 500
        # The scrape's own connection is open while it is answered.
        assert sample(families, "explainer_http_open_connections") >= 1
        # Content version: the same one the API reports.
        _, headers, _ = server.get("/v1/explainer")
        version = headers["x-content-version"]
        assert sample(families, "explainer_content_info", version=version) == 1
        assert 0 < sample(families, "explainer_content_load_duration_seconds") < 30
        start = sample(families, "process_start_time_seconds")
        assert abs(time.time() - start) < 120
        assert sample(families, "explainer_content_reloads", "_total", outcome="failure") == 0
        # The process metrics are this process's: CPU spent, descriptors open below their limit, and
        # the build is the version --version prints.
        assert sample(families, "process_cpu_seconds", "_total") > 0
        assert 0 < sample(families, "process_open_fds") < sample(families, "process_max_fds")
        assert sample(families, "process_resident_memory_bytes") > 1 << 20
        (build,) = families["explainer_build_info"].samples
        assert build.value == 1
        assert build.labels == {"version": server_version()}
        # One service's metrics: every family but the standard process ones carries the prefix.
        assert all(n.startswith("explainer_") or n.startswith("process_") for n in families), sorted(families)


def server_version():
    """The version `--version` prints (`explainer-server 1.0.0`)."""
    out = subprocess.run([str(server_binary()), "--version"], capture_output=True, text=True, timeout=10).stdout
    return out.split()[1]


def promtool():
    """The promtool binary; the issue names it, so under CI=true a missing one fails, never skips."""
    path = shutil.which("promtool")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing: apt-get install prometheus (it is in the Makefile's TEST_PACKAGES)")
        pytest.skip("promtool is not installed here (Debian package prometheus)")
    return path


def curl(port, path):
    """Status and body of a GET with curl, a real outside client."""
    out = subprocess.run(["curl", "-sS", "-o", "-", "-w", "\n%{http_code}", f"http://127.0.0.1:{port}{path}"],
                         capture_output=True, timeout=10, check=True).stdout
    body, _, status = out.rpartition(b"\n")
    return int(status), body


def admin_port(server):
    (start,) = server.wait_for_event("server.start")
    return start["admin_port"]


def test_promtool_check_metrics_is_clean_on_a_live_scrape():
    """`promtool check metrics` lints the exposition (names, units, _total, HELP) as Prometheus does."""
    tool = promtool()
    with ServerProcess("--admin-listen", "127.0.0.1:0") as server:
        # Traffic first, so every labelled family has samples to lint, histograms included.
        for path in ("/v1/sections/not-suicide", "/v1/sections/no-such-section", "/nowhere", "/v1/search?q=help"):
            curl(server.port, path)
        status, body = curl(admin_port(server), "/metrics")
        assert status == 200
    assert b"explainer_http_request_duration_seconds_bucket" in body
    result = subprocess.run([tool, "check", "metrics"], input=body, capture_output=True, timeout=30)
    assert result.returncode == 0, (result.stdout + result.stderr).decode()
    assert (result.stdout + result.stderr).strip() == b""


def test_promtool_check_metrics_can_fail():
    """The check above can fail: a counter without _total and a name that is not snake case are flagged."""
    bad = b"# HELP requests Requests.\n# TYPE requests counter\nrequests 1\n"
    result = subprocess.run([promtool(), "check", "metrics"], input=bad, capture_output=True, timeout=30)
    assert result.returncode != 0
    assert b"_total" in result.stdout + result.stderr


def test_admin_listener_serves_metrics_and_probes_and_the_public_port_does_not_serve_metrics():
    with ServerProcess("--admin-listen", "127.0.0.1:0") as server:
        admin = admin_port(server)
        assert admin != server.port
        status, body = curl(server.port, "/metrics")
        assert status == 404
        assert json.loads(body)["status"] == 404
        status, body = curl(admin, "/metrics")
        assert status == 200
        families = {f.name for f in parser.text_string_to_metric_families(body.decode())}
        assert {"explainer_http_requests", "process_open_fds", "explainer_build_info"} <= families
        for probe in ("/healthz", "/readyz"):
            assert curl(admin, probe)[0] == 200, probe
            assert curl(server.port, probe)[0] == 200, probe
        # Nothing else is on the admin port: not the API, not the spec.
        for path in ("/v1/explainer", "/openapi.yaml", "/"):
            status, body = curl(admin, path)
            assert status == 404, path
            assert "admin listener" in json.loads(body)["detail"]


def test_admin_listen_is_refused_when_malformed_and_shown_off_in_help():
    binary = str(server_binary())
    for value in ("9090", "127.0.0.1:99999", "example.org:9090", "::1:9090"):
        result = subprocess.run([binary, "serve", "--port", "0", "--admin-listen", value], capture_output=True, text=True,
                                timeout=10)
        assert result.returncode == 64, value
        assert "--admin-listen" in result.stderr.splitlines()[0], result.stderr
        assert "unknown option" not in result.stderr  # refused for its value, not for its name
    usage = subprocess.run([binary, "serve", "--help"], capture_output=True, text=True, timeout=10).stdout
    (line,) = [l for l in usage.splitlines() if l.startswith("  --admin-listen ")]
    assert "(default: off)" in line


def test_open_connections_gauge_follows_connections():
    import socket
    with ServerProcess() as server:
        base = sample(scrape(server), "explainer_http_open_connections")
        held = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(5)]
        try:
            time.sleep(0.3)
            assert sample(scrape(server), "explainer_http_open_connections") >= base + 5
        finally:
            for s in held:
                s.close()
        deadline = time.monotonic() + 5
        while sample(scrape(server), "explainer_http_open_connections") > base and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sample(scrape(server), "explainer_http_open_connections") <= base


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
