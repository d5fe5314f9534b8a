#!/usr/bin/env python3
"""Soak run: explainer-server at a steady request rate for a long time, with a content reload
(SIGHUP) every 30 s, reporting errors, p99 latency per window, and RSS at the start and the end.

    python3 bench/soak/soak.py --binary .build/release/explainer-server            # 10 minutes
    python3 bench/soak/soak.py --binary .build/release/explainer-server --duration 120

Loopback only. Each reload alternates the summary in a copy of Content/, so every other reload
swaps in a new version for real (the others reload unchanged content). Each /v1/explainer
response's X-Content-Version header is checked against the version in its own body, so a response
mixing two versions counts as an error. The run stops by itself after --duration seconds.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATHS = ["/v1/explainer", "/v1/sections/not-suicide", "/v1/sections/harm-reduction?format=markdown",
         "/v1/glossary", "/v1/claims", "/v1/support?country=GB", "/healthz"]


def rss_kib(pid):
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.M).group(1))


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=str(ROOT / ".build/release/explainer-server"))
    ap.add_argument("--duration", type=float, default=600, help="seconds (default 600)")
    ap.add_argument("--rate", type=float, default=200, help="requests per second in total (default 200)")
    ap.add_argument("--clients", type=int, default=8, help="keep-alive connections (default 8)")
    ap.add_argument("--reload-every", type=float, default=30, help="seconds between SIGHUPs (default 30)")
    ap.add_argument("--window", type=float, default=30, help="seconds per reported window (default 30)")
    ap.add_argument("--warmup", type=float, default=10, help="seconds before the starting RSS is read")
    args = ap.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="soak-"))
    content = workdir / "Content"
    shutil.copytree(ROOT / "Content", content)
    explainer = json.loads((content / "explainer.json").read_text())
    summaries = [explainer["summary"], explainer["summary"] + " (soak reload)"]

    server = subprocess.Popen(
        [args.binary, "serve", "--host", "127.0.0.1", "--port", "0", "--content", str(content), "--access-log", "off",
         "--threads", "2"], stderr=subprocess.PIPE, text=True)
    first = server.stderr.readline().strip()
    port = int(first.rsplit(":", 1)[1])
    events = []
    threading.Thread(target=lambda: [events.append(l) for l in server.stderr], daemon=True).start()

    lock = threading.Lock()
    samples = []  # (finish time, latency seconds, ok)
    errors = []
    stop = threading.Event()
    start = time.monotonic()
    interval = args.clients / args.rate

    def client(n):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        next_send = start + n * interval / args.clients
        i = n
        while not stop.is_set():
            now = time.monotonic()
            if next_send > now:
                time.sleep(next_send - now)
            next_send += interval
            path = PATHS[i % len(PATHS)]
            i += 1
            headers = {"Accept-Encoding": "gzip"} if i % 3 == 0 else {}
            sent = time.monotonic()
            ok = True
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
                if resp.status != 200:
                    ok = False
                    errors.append(f"{path}: {resp.status}")
                elif path == "/v1/explainer" and resp.getheader("Content-Encoding") is None:
                    if json.loads(body)["content_version"] != resp.getheader("X-Content-Version"):
                        ok = False
                        errors.append("mixed versions in one response")
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                ok = False
                errors.append(f"{path}: {exc!r}")
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            done = time.monotonic()
            with lock:
                samples.append((done - start, done - sent, ok))
        conn.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(args.clients)]
    for t in threads:
        t.start()

    time.sleep(args.warmup)
    rss_start = rss_kib(server.pid)
    reloads = 0
    reload_times = []
    loads = []  # (time, 1-minute load average): other work on the machine shows up here
    next_reload = start + args.reload_every
    end = start + args.duration
    while time.monotonic() < end:
        time.sleep(max(0.0, min(next_reload, end, time.monotonic() + 1) - time.monotonic()))
        loads.append((time.monotonic() - start, float(Path("/proc/loadavg").read_text().split()[0])))
        if time.monotonic() >= next_reload and time.monotonic() < end:
            reload_times.append(time.monotonic() - start)
            reloads += 1
            explainer["summary"] = summaries[reloads % 2]
            (content / "explainer.json").write_text(json.dumps(explainer, indent=2, ensure_ascii=False) + "\n")
            server.send_signal(signal.SIGHUP)
            next_reload += args.reload_every
    stop.set()
    for t in threads:
        t.join(timeout=15)
    rss_end = rss_kib(server.pid)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/metrics")
    metrics = conn.getresponse().read().decode()
    conn.close()
    server.send_signal(signal.SIGTERM)
    exit_status = server.wait(timeout=30)
    shutil.rmtree(workdir, ignore_errors=True)

    done_events = [e for e in events if '"event":"reload.done"' in e]
    failed_events = [e for e in events if '"event":"reload.failed"' in e]
    reload_ok = re.search(r'^explainer_content_reloads_total\{outcome="success"\} (\S+)$', metrics, re.M).group(1)

    print(f"soak: {args.duration:.0f} s at {args.rate:.0f} req/s over {args.clients} keep-alive connections, "
          f"SIGHUP every {args.reload_every:.0f} s, binary {args.binary}")
    print(f"{'window (s)':>12} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'load':>6}")
    t = 0.0
    while t < args.duration:
        window = [(lat, ok) for (when, lat, ok) in samples if t <= when < t + args.window]
        lats = [lat * 1000 for lat, _ in window]
        errs = sum(1 for _, ok in window if not ok)
        load = max((l for when, l in loads if t <= when < t + args.window), default=float("nan"))
        print(f"{f'{t:.0f}-{t + args.window:.0f}':>12} {len(window):>9} {errs:>7} {percentile(lats, 0.5):>8.2f} "
              f"{percentile(lats, 0.99):>8.2f} {max(lats) if lats else float('nan'):>8.2f} {load:>6.2f}")
        t += args.window
    all_lats = [lat * 1000 for _, lat, _ in samples]
    # Requests that finished within 2 s after a SIGHUP, against all others: what a reload costs.
    near = [lat * 1000 for when, lat, _ in samples if any(0 <= when - r < 2 for r in reload_times)]
    far = [lat * 1000 for when, lat, _ in samples if not any(0 <= when - r < 2 for r in reload_times)]
    print(f"within 2 s after a reload: {len(near)} requests, p99 {percentile(near, 0.99):.2f} ms; "
          f"elsewhere: {len(far)} requests, p99 {percentile(far, 0.99):.2f} ms")
    growth = (rss_end - rss_start) / rss_start * 100
    print(f"total: {len(samples)} requests, {len(errors)} errors, p99 {percentile(all_lats, 0.99):.2f} ms, "
          f"achieved {len(samples) / args.duration:.0f} req/s")
    print(f"reloads: {reloads} signalled, {len(done_events)} done, {len(failed_events)} failed, "
          f"explainer_content_reloads_total{{success}} {reload_ok}")
    print(f"RSS: {rss_start / 1024:.1f} MiB after {args.warmup:.0f} s warm-up, {rss_end / 1024:.1f} MiB at the end "
          f"({growth:+.1f}%); exit status after SIGTERM {exit_status}")
    for e in errors[:10]:
        print("error:", e)
    target_met = not errors and growth <= 10 and exit_status == 0 and len(done_events) == reloads
    print("targets (no errors, RSS growth <= 10%, every reload done):", "met" if target_met else "NOT met")
    return 0 if target_met else 1


if __name__ == "__main__":
    sys.exit(main())
