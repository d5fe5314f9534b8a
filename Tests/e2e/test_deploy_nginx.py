"""Deploy/nginx in front of two real explainer-server replicas on loopback: traffic keeps succeeding
while one replica drains and exits on SIGTERM, and the cache answers conditional requests with 304
and revalidates stale entries with the replicas instead of refetching them."""

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import threading
import time

import pytest

from ops_support import DEPLOY, ServerProcess, require_tool

SITE = DEPLOY / "nginx" / "explainer.conf"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def adapted_site(replica_ports, listen_port, workdir):
    """The shipped site config with only what the CHANGE comments name changed: replica addresses,
    listen port, cache and log paths."""
    text = SITE.read_text()
    upstream = "\n".join(f"    server 127.0.0.1:{p} max_fails=2 fail_timeout=5s;" for p in replica_ports)
    text, n = re.subn(r"(?m)^(    server 127\.0\.0\.1:\d+ [^\n]*\n)+", upstream + "\n", text)
    assert n == 1, "upstream server lines not found"
    text, n = re.subn(r"listen 80;", f"listen 127.0.0.1:{listen_port};", text)
    assert n == 1
    text = text.replace("/var/cache/nginx/explainer", str(workdir / "cache"))
    text = text.replace("/var/log/nginx/explainer.access.log", str(workdir / "access.log"))
    return text


class Nginx:
    def __init__(self, replica_ports, workdir, edit=None):
        """`edit`, when given, rewrites the adapted site text (a test's own directive on top)."""
        require_tool("nginx")
        self.port = free_port()
        workdir.mkdir(parents=True, exist_ok=True)
        site = adapted_site(replica_ports, self.port, workdir)
        (workdir / "site.conf").write_text(edit(site) if edit else site)
        user = "user root;" if os.geteuid() == 0 else ""  # workers must reach the test's private temp dir
        temp = " ".join(f"{d}_temp_path {workdir}/{d};" for d in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        (workdir / "nginx.conf").write_text(
            f"{user}\ndaemon off;\nworker_processes 1;\npid {workdir}/nginx.pid;\nerror_log {workdir}/error.log warn;\n"
            f"events {{ worker_connections 1024; }}\nhttp {{ {temp}\n include {workdir}/site.conf; }}\n")
        check = subprocess.run(["nginx", "-t", "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        self.proc = subprocess.Popen(["nginx", "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("nginx did not start: " + (workdir / "error.log").read_text())
                time.sleep(0.05)

    def get(self, path, headers=None, conn=None):
        own = conn is None
        conn = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request("GET", path, headers=headers or {})
            resp = conn.getresponse()
            body = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
        finally:
            if own:
                conn.close()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def counter(server, route, status):
    """explainer_http_requests_total for a route and status on one replica, read from its /metrics."""
    _, _, body = server.get("/metrics")
    pattern = rf'^explainer_http_requests_total\{{route="{re.escape(route)}",method="GET",status="{status}"\}} (\S+)$'
    match = re.search(pattern, body.decode(), re.M)
    return float(match.group(1)) if match else 0.0


def test_requests_keep_succeeding_while_a_replica_drains_and_exits(tmp_path):
    a = ServerProcess("--drain-timeout", "5", "--trust-proxy", "127.0.0.1")
    b = ServerProcess("--drain-timeout", "5", "--trust-proxy", "127.0.0.1")
    proxy = None
    try:
        proxy = Nginx([a.port, b.port], tmp_path / "nginx")
        statuses, errors = [], []
        stop = threading.Event()
        # /readyz is no-store, so every request reaches a replica: the worst case for a drain.
        paths = ["/readyz", "/v1/sections", "/healthz", "/v1/glossary"]

        def client(n):
            conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=10)
            i = 0
            while not stop.is_set():
                try:
                    status, _, _ = proxy.get(paths[(n + i) % len(paths)], conn=conn)
                    statuses.append(status)
                except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                    errors.append(repr(exc))
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=10)
                i += 1
            conn.close()

        threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        time.sleep(1.5)
        before = len(statuses)
        a.signal(signal.SIGTERM)
        assert a.proc.wait(timeout=15) == 0, "the drained replica must exit 0"
        time.sleep(1.5)  # traffic goes on against the one replica left
        stop.set()
        for t in threads:
            t.join(timeout=15)
        assert errors == []
        assert len(statuses) > before > 50, (before, len(statuses))
        bad = [s for s in statuses if s != 200]
        assert bad == [], f"{len(bad)} of {len(statuses)} requests failed: {sorted(set(bad))}"
        # Both replicas served traffic before the drain (round robin through keep-alive upstreams).
        assert counter(b, "/readyz", 200) > 0
    finally:
        if proxy:
            proxy.stop()
        a.stop()
        b.stop()


def test_cache_answers_304_and_revalidates_stale_entries_with_the_replica(tmp_path):
    # max-age 1 s so the entry goes stale within the test; the replica must then see a conditional GET.
    replica = ServerProcess("--cache-max-age", "1")
    proxy = None
    try:
        proxy = Nginx([replica.port], tmp_path / "nginx")
        status, headers, body = proxy.get("/v1/explainer")
        assert status == 200 and headers["x-cache-status"] == "MISS"
        etag = headers["etag"]
        status, headers, again = proxy.get("/v1/explainer")
        assert status == 200 and headers["x-cache-status"] == "HIT" and again == body
        # A client revalidating its own copy is answered 304 by nginx from the cache.
        status, headers, empty = proxy.get("/v1/explainer", {"If-None-Match": etag})
        assert status == 304 and empty == b"" and headers["etag"] == etag
        assert headers["x-cache-status"] == "HIT"
        # Once stale, nginx revalidates with If-None-Match: the replica answers 304 and no body moves.
        before = counter(replica, "/v1/explainer", 304)
        # nginx keeps expiry in whole seconds, so "stale" comes 1 to 2 s after the entry was stored.
        outcomes = []
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            status, headers, body2 = proxy.get("/v1/explainer")
            assert status == 200 and body2 == body
            outcomes.append(headers["x-cache-status"])
            if outcomes[-1] != "HIT":
                break
            time.sleep(0.25)
        # stale-while-revalidate lets nginx answer from the stale copy (STALE) and revalidate behind it.
        assert outcomes[-1] in {"REVALIDATED", "STALE", "UPDATING"}, outcomes
        deadline = time.monotonic() + 5
        while counter(replica, "/v1/explainer", 304) <= before and time.monotonic() < deadline:
            time.sleep(0.1)
        assert counter(replica, "/v1/explainer", 304) > before, "the replica never saw a conditional request"
        status, headers, _ = proxy.get("/v1/explainer")
        assert headers["x-cache-status"] in {"HIT", "REVALIDATED"}
    finally:
        if proxy:
            proxy.stop()
        replica.stop()


def test_searches_are_never_cached_and_the_log_never_records_a_query(tmp_path):
    """What a person types stays out of the shared cache and out of nginx's access log."""
    replica = ServerProcess()
    proxy = None
    secret = "i-feel-alone-tonight-" + os.urandom(4).hex()
    try:
        proxy = Nginx([replica.port], tmp_path / "nginx")
        for _ in range(2):
            status, headers, _ = proxy.get(f"/v1/search?q={secret}")
            assert status == 200
            assert headers.get("x-cache-status") in {None, "BYPASS"}, headers
        status, headers, _ = proxy.get(f"/v1/sections?fields=id&unused={secret}")
        proxy.stop()
        log = (tmp_path / "nginx" / "access.log").read_text()
        assert "/v1/search" in log and "/v1/sections" in log
        assert secret not in log and "?" not in log, log
        assert not any(secret in p.name for p in (tmp_path / "nginx" / "cache").rglob("*"))
        for entry in (tmp_path / "nginx" / "cache").rglob("*"):
            if entry.is_file():
                assert secret.encode() not in entry.read_bytes(), f"{entry} holds the query"
    finally:
        if proxy:
            proxy.stop()
        replica.stop()


def test_metrics_are_not_served_through_the_proxy(tmp_path):
    """Metrics are per replica and scraped from each one's admin port: the public proxy refuses them."""
    replica = ServerProcess()
    proxy = None
    try:
        proxy = Nginx([replica.port], tmp_path / "nginx")
        assert proxy.get("/metrics")[0] == 403
        assert proxy.get("/healthz")[0] == 200
        # The replica itself still answers it (no --admin-listen here): the refusal is the proxy's.
        assert replica.get("/metrics")[0] == 200
    finally:
        if proxy is not None:
            proxy.stop()
        replica.stop()


def test_a_cache_that_ignores_vary_never_hands_one_readers_variant_to_another(tmp_path):
    """Many CDNs key on the URL and ignore Vary; nginx told to ignore it (`proxy_ignore_headers Vary`)
    behaves the same. A variant chosen by Accept-Language or Accept must then not be shared."""
    def ignore_vary(site):
        assert site.count("proxy_cache explainer_cache;") == 1
        return site.replace("proxy_cache explainer_cache;", "proxy_cache explainer_cache;\n        proxy_ignore_headers Vary;")

    replica = ServerProcess()
    proxy = None
    try:
        proxy = Nginx([replica.port], tmp_path / "nginx", edit=ignore_vary)
        seen = []
        for language in ["en-GB", "en-US", "en-GB"]:
            status, headers, body = proxy.get("/v1/support", {"Accept-Language": language})
            assert status == 200
            seen.append((json.loads(body)["region"], headers["x-cache-status"], headers["cache-control"]))
        assert [region for region, _, _ in seen] == ["GB", "US", "GB"], seen
        assert all(cache != "HIT" and control.startswith("private") for _, cache, control in seen), seen
        # The URL form is shared: the second reader of ?country=GB is served from the cache.
        proxy.get("/v1/support?country=GB", {"Accept-Language": "en-US"})
        status, headers, body = proxy.get("/v1/support?country=GB")
        assert headers["x-cache-status"] == "HIT" and json.loads(body)["region"] == "GB"
        # A section's Markdown, chosen by Accept, is not stored, so the next JSON reader gets JSON.
        status, headers, body = proxy.get("/v1/sections/harm-reduction", {"Accept": "text/markdown"})
        assert headers["content-type"].startswith("text/markdown") and headers["x-cache-status"] != "HIT"
        status, headers, body = proxy.get("/v1/sections/harm-reduction")
        assert headers["content-type"].startswith("application/json") and json.loads(body)["id"] == "harm-reduction"
    finally:
        if proxy:
            proxy.stop()
        replica.stop()
