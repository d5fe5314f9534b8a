#!/usr/bin/env python3
"""What the sentence-embedding model adds to the server's resident memory (issue 16: at most 100 MB).

Starts `explainer-server serve` twice on 127.0.0.1:0 with the real content, once with `--model` and once
with `--model` naming an empty folder (the server has a default model folder, so leaving the option out
still loads it; an empty one makes it lexical-only, as a missing model does), waits until each is idle (so the crisis exemplars' embedding at start-up is done), sends the
same QUERIES distinct hybrid searches over one connection (the server without a model answers them
lexically), and reads VmRSS, RssAnon and RssFile from /proc/PID/status after start and after the queries.
Prints a Markdown table and the differences. Loopback only; both servers are always stopped.

usage: model_rss.py SERVER_BINARY [QUERIES] [CONTENT] [MODEL_DIR]
"""
import http.client
import pathlib
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)
from search.http_rate import distinct_queries, judged_queries, wait_until_idle  # noqa: E402  (bench/search/http_rate.py)

FIELDS = ("VmRSS", "RssAnon", "RssFile")


def memory(pid):
    """VmRSS, RssAnon and RssFile of `pid` in KiB."""
    values = {}
    for line in open(f"/proc/{pid}/status", encoding="ascii"):
        name, _, rest = line.partition(":")
        if name in FIELDS:
            values[name] = int(rest.split()[0])
    return values


def measure(binary, arguments, queries):
    """Memory after start (idle) and after the queries, for one server."""
    with running_server(binary, *arguments, startup_seconds=300) as server:
        wait_until_idle(server)
        started = memory(server.pid)
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        for query in queries:
            connection.request("GET", "/v1/search?" + urllib.parse.urlencode({"q": query, "mode": "hybrid"}))
            connection.getresponse().read()
        connection.close()
        time.sleep(1)
        return started, memory(server.pid)


def main():
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    content = sys.argv[3] if len(sys.argv) > 3 else "Content"
    model = sys.argv[4] if len(sys.argv) > 4 else "Models/all-MiniLM-L6-v2"
    queries = distinct_queries(judged_queries(), count)
    with_model = measure(binary, ["--content", content, "--model", model], queries)
    with tempfile.TemporaryDirectory() as empty:
        without = measure(binary, ["--content", content, "--model", empty], queries)
    print(f"| server ({count} distinct hybrid queries) | step | VmRSS MiB | RssAnon MiB | RssFile MiB |")
    print("|---|---|---:|---:|---:|")
    for label, (started, served) in (("with --model", with_model), ("empty --model", without)):
        for step, values in (("idle after start", started), (f"after {count} queries", served)):
            print(f"| {label} | {step} | " + " | ".join(f"{values[f] / 1024:.1f}" for f in FIELDS) + " |")
    print()
    for step, index in (("after start", 0), ("after the queries", 1)):
        added = {f: (with_model[index][f] - without[index][f]) / 1024 for f in FIELDS}
        print(f"the model adds {added['VmRSS']:.1f} MiB VmRSS {step} "
              f"(RssAnon {added['RssAnon']:+.1f}, RssFile {added['RssFile']:+.1f})")


if __name__ == "__main__":
    main()
