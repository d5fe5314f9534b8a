#!/usr/bin/env python3
"""Search latency through HTTP: the relevance set's queries against /v1/search on a live server.

Starts `explainer-server serve --port 0` on 127.0.0.1 with the given content, reads the bound port
from its first stderr line, sends every query ROUNDS times over one keep-alive connection
(http.client), and prints p50/p99/max in microseconds for JSON and for format=text. The server is
always stopped. Loopback only.

usage: http_latency.py SERVER_BINARY CONTENT_DIR QUERIES_FILE [ROUNDS]
"""
import http.client
import pathlib
import random
import sys
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)


def quantile(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(-(-q * len(ordered) // 1)) - 1))]


def main():
    binary, content, queries_file = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    queries = [line for line in open(queries_file, encoding="utf-8").read().split("\n") if line]
    with running_server(binary, "--content", content) as server:
        port = server.port
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        print("| through HTTP | format | requests | p50 (µs) | p99 (µs) | max (µs) |")
        print("|---|---|---:|---:|---:|---:|")
        for fmt in ["json", "text"]:
            samples = []
            for round_number in range(rounds + 1):
                order = queries[:]
                random.Random(round_number).shuffle(order)
                for query in order:
                    # Each round varies the limit so the server's memoised bodies are not what is timed.
                    path = "/v1/search?" + urllib.parse.urlencode(
                        {"q": query, "format": fmt, "limit": str(1 + round_number % 50)})
                    start = time.perf_counter_ns()
                    connection.request("GET", path)
                    response = connection.getresponse()
                    response.read()
                    elapsed = time.perf_counter_ns() - start
                    if response.status != 200:
                        sys.exit(f"{path}: HTTP {response.status}")
                    if round_number > 0:  # round 0 warms up
                        samples.append(elapsed)
            print(f"| real content | {fmt} | {len(samples)} | {quantile(samples, 0.5) / 1000:.0f} | "
                  f"{quantile(samples, 0.99) / 1000:.0f} | {max(samples) / 1000:.0f} |")
        connection.close()


if __name__ == "__main__":
    main()
