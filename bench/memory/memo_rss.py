#!/usr/bin/env python3
"""Resident memory of explainer-server under query variants and reloads.

Starts the binary on 127.0.0.1:0, reads VmRSS from /proc after start, after each round of distinct
`/v1/sections?...` variants, and after each SIGHUP reload (each reload followed by another round).
Prints one line per step and the peak. Loopback only.

    python3 bench/memory/memo_rss.py BINARY [--variants 2040] [--reloads 3] [--mix sections|worst]
        [--env NAME=VALUE ...] [serve options, e.g. --memo-bytes 8MiB]

--mix sections: the review's 2,040 variants: `format` subsets x `annotate` x `pretty` x `limit=200..1`,
biggest first; every round after a reload asks for the same ones again.
--mix worst: every variant as big as the API renders (all sections, pretty, every body format,
glossary annotations, a growing `fields` list) told apart by `limit`, interleaved with pretty search
results, over 8 keep-alive connections at once. --hup-every S reloads during the load as well.
"""

import argparse
import http.client
import itertools
import os
import signal
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def start(binary, extra, env):
    environment = dict(os.environ, **env)
    process = subprocess.Popen(
        [binary, "serve", "--port", "0", "--access-log", "off", "--content", os.path.join(REPO, "Content")] + extra,
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=environment, text=True)
    line = process.stderr.readline().strip()
    if not line.startswith("listening on http://127.0.0.1:"):
        raise SystemExit(f"did not listen: {line}")
    threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
    return process, int(line.rsplit(":", 1)[1])


def section_targets():
    # Biggest first: every body format, glossary annotations, pretty, all sections (limit past the count).
    formats = [",".join(c) for n in (3, 2, 1) for c in itertools.combinations(["html", "markdown", "text"], n)]
    for fmt, annotate, pretty, limit in itertools.product(formats, ("&annotate=glossary", ""), ("1", "0"), range(200, 0, -1)):
        yield f"/v1/sections?limit={limit}&pretty={pretty}&format={fmt}{annotate}"


def worst_targets():
    words = ["coping", "urge", "scar", "wound", "help", "skin", "shame", "secret", "talk", "pain", "anger", "relief"]
    for limit in itertools.count(1):
        yield f"/v1/sections?limit={(limit % 200) + 1}&pretty=1&format=html,markdown,text&annotate=glossary" + \
            ("&fields=" + ",".join(["id", "title", "body", "claims", "glossary_terms", "links", "content_notes"][: 1 + limit // 200 % 7]))
        yield f"/v1/search?q={words[limit % len(words)]}+{words[(limit // 12) % len(words)]}&limit={1 + limit % 50}&pretty=1"


def fetch_all(port, targets, connections):
    chunks = [targets[i::connections] for i in range(connections)]
    failures = []

    def run(chunk):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for target in chunk:
            conn.request("GET", target, headers={"Accept-Encoding": "gzip"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                failures.append((target, response.status))
        conn.close()

    threads = [threading.Thread(target=run, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures


def memo_metrics(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/metrics")
    text = conn.getresponse().read().decode()
    return {line.split()[0]: float(line.split()[1]) for line in text.splitlines()
            if line.startswith("explainer_response_memo_") and not line.startswith("#")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--variants", type=int, default=2040)
    parser.add_argument("--reloads", type=int, default=3)
    parser.add_argument("--mix", choices=["sections", "worst"], default="sections")
    parser.add_argument("--env", action="append", default=[])
    parser.add_argument("--hup-every", type=float, default=0, help="also send SIGHUP every this many seconds while fetching")
    args, extra = parser.parse_known_args()  # the rest goes to `serve`
    args.extra = [e for e in extra if e != "--"]
    env = dict(e.split("=", 1) for e in args.env)
    process, port = start(args.binary, args.extra, env)
    try:
        time.sleep(0.5)
        connections = 1 if args.mix == "sections" else 8
        steps = [("started", rss_kib(process.pid))]
        stop = threading.Event()
        if args.hup_every > 0:
            def hup():
                while not stop.wait(args.hup_every):
                    process.send_signal(signal.SIGHUP)
            threading.Thread(target=hup, daemon=True).start()
        for round_ in range(args.reloads + 1):
            if round_ > 0:
                process.send_signal(signal.SIGHUP)
                time.sleep(3)  # the reload loads, renders and swaps; 1x content takes well under a second
                steps.append((f"after reload {round_}", rss_kib(process.pid)))
            source = section_targets() if args.mix == "sections" else worst_targets()
            targets = list(itertools.islice(source, args.variants))
            started = time.monotonic()
            failures = fetch_all(port, targets, connections)
            if failures:
                raise SystemExit(f"non-200 answers: {failures[:3]}")
            steps.append((f"after {len(targets)} variants ({time.monotonic() - started:.1f} s)", rss_kib(process.pid)))
        stop.set()
        for name, kib in steps:
            print(f"{name:40s} {kib / 1024:8.1f} MiB")
        print(f"{'peak (VmHWM)':40s} {hwm(process.pid) / 1024:8.1f} MiB")
        metrics = memo_metrics(port)
        if metrics:
            print("memo:", ", ".join(f"{k.replace('explainer_response_memo_', '')}={int(v)}" for k, v in sorted(metrics.items())))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


if __name__ == "__main__":
    sys.exit(main())
