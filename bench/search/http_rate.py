#!/usr/bin/env python3
"""Search through HTTP at a fixed rate (open loop), the way issue 16 states its targets.

Starts `explainer-server serve --port 0` (release build) on 127.0.0.1 with the real content and the
model, then for each phase sends requests on a fixed schedule (RATE a second for SECONDS), each on a
free keep-alive connection of a pool of 16, and times it from its *scheduled* start (so a server that
falls behind is charged for the queue, not hidden by it). Meanwhile one probe sends GET /healthz every
20 ms. Phases, in one run:
  lexical    distinct queries, mode=lexical
  hybrid     distinct queries, mode=hybrid (each a forward pass of the model on the worker pool)
  mcp        distinct queries as MCP `search_explainer` tool calls (POST /mcp, hybrid), issue 13's
             "within the hybrid-search targets"
  repeated   one client repeating 40 queries it sent just before (the query-vector cache), mode=hybrid
Before the first phase the bench waits until the server is idle (its CPU time grows by under 10 ms
in a second), so the crisis exemplars' embedding at start-up (one forward pass per exemplar, on a
thread of its own) is not charged to the lexical phase.
Queries: the judged relevance sets (literal and paraphrases), each made distinct by a round number.
Prints a Markdown table: p50, p99 and max per phase, /healthz's p99 during each, and the server's CPU
time (every thread, /proc/PID/stat, 10 ms ticks) per request of the phase, probes included: the figure
that moves least with the machine's other load. Loopback only;
bounded in time; the server is always stopped.

usage: http_rate.py SERVER_BINARY [RATE] [SECONDS] [CONTENT] [MODEL_DIR]
"""
import http.client
import json
import pathlib
import queue
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)


def quantile(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, -(-int(q * len(ordered)) // 1) - 1))] if ordered else float("nan")


def fallback_of(body):
    """The answer's `fallback_reason` (None when hybrid ran); for an MCP call, its structured result's."""
    answer = json.loads(body)
    if "jsonrpc" in answer:
        if "error" in answer or answer["result"].get("isError"):
            return "tool error"
        answer = answer["result"]["structuredContent"]
    return answer.get("fallback_reason")


def wait_until_idle(server, limit_seconds=120):
    """Returns once the server's CPU time grows by under 10 ms in a second, or after limit_seconds."""
    deadline = time.monotonic() + limit_seconds
    before = server.cpu_seconds()
    while time.monotonic() < deadline:
        time.sleep(1)
        after = server.cpu_seconds()
        if after - before < 0.01:
            return
        before = after


def run_phase(port, paths, rate, seconds):
    """Sends paths[i] at i/rate seconds on 16 connections; returns latencies (ms) from schedule and probe p99."""
    jobs = queue.Queue()
    latencies, errors, modes = [], [0], {}
    lock = threading.Lock()

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            job = jobs.get()
            if job is None:
                return
            scheduled, (path, call) = job
            try:
                if call is None:
                    connection.request("GET", path)
                else:
                    connection.request("POST", path, body=call, headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                body = response.read()
                done = time.perf_counter()
                mode = fallback_of(body) if response.status == 200 else response.status
                with lock:
                    latencies.append((done - scheduled) * 1000)
                    modes[mode] = modes.get(mode, 0) + 1
            except Exception:
                with lock:
                    errors[0] += 1
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    probes, stop = [], threading.Event()

    def probe():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            start = time.perf_counter()
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            probes.append((time.perf_counter() - start) * 1000)
            time.sleep(0.02)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    prober = threading.Thread(target=probe)
    prober.start()
    begin = time.perf_counter()
    count = int(rate * seconds)
    for i in range(count):
        scheduled = begin + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        jobs.put((scheduled, paths[i % len(paths)]))
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        thread.join()
    stop.set()
    prober.join()
    return latencies, errors[0], modes, probes


def judged_queries():
    """The queries of the judged relevance sets (literal, then paraphrases)."""
    texts = []
    for name in ["Tests/Evaluation/literal.jsonl", "Tests/Evaluation/paraphrases.untouched.jsonl"]:
        texts += [json.loads(line)["query"] for line in open(name, encoding="utf-8") if line.strip()]
    return texts


def distinct_queries(texts, count):
    """`count` distinct queries: the judged ones in turn, each with its round number."""
    return [f"{texts[i % len(texts)]} {i // len(texts)}" for i in range(count)]


def main():
    binary = sys.argv[1]
    rate = float(sys.argv[2]) if len(sys.argv) > 2 else 50
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 20
    content = sys.argv[4] if len(sys.argv) > 4 else "Content"
    model = sys.argv[5] if len(sys.argv) > 5 else "Models/all-MiniLM-L6-v2"
    texts = judged_queries()
    distinct = distinct_queries(texts, int(rate * seconds))

    def paths(mode, queries):
        return [("/v1/search?" + urllib.parse.urlencode({"q": q, "mode": mode}), None) for q in queries]

    def tool_calls(queries):
        return [("/mcp", json.dumps({"jsonrpc": "2.0", "id": n, "method": "tools/call",
                                     "params": {"name": "search_explainer", "arguments": {"query": q}}}))
                for n, q in enumerate(queries, 1)]

    # 1000x content takes minutes to start (bench/README "Start-up at scale").
    with running_server(binary, "--content", content, "--model", model, startup_seconds=900) as server:
        port = server.port
        wait_until_idle(server)
        warm = paths("hybrid", texts[:40])
        mcp_queries = [f"{q} mcp" for q in distinct]
        phases = [("lexical", paths("lexical", distinct)), ("hybrid", paths("hybrid", distinct)),
                  ("mcp", tool_calls(mcp_queries)), ("repeated", warm)]
        print(f"| phase ({rate:g} req/s for {seconds:g} s, 16 connections) | requests | p50 ms | p99 ms | max ms | errors | fallbacks | /healthz p99 ms | server CPU ms/request |")
        print("|---|---:|---:|---:|---:|---:|---|---:|---:|")
        results = {}
        for name, phase_paths in phases:
            if name == "repeated":
                # Warm just before: 40 queries the same client (127.0.0.1) sent, so the earlier
                # phases' distinct queries have not pushed them out of the bounded cache.
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                for path, _ in warm:
                    connection.request("GET", path)
                    connection.getresponse().read()
                connection.close()
            cpu_before = server.cpu_seconds()
            latencies, errors, modes, probes = run_phase(port, phase_paths, rate, seconds)
            cpu_ms = (server.cpu_seconds() - cpu_before) * 1000 / max(1, len(latencies))
            fallbacks = ", ".join(f"{k}: {v}" for k, v in modes.items() if k is not None) or "none"
            results[name] = quantile(latencies, 0.99)
            print(f"| {name} | {len(latencies)} | {quantile(latencies, 0.5):.2f} | {quantile(latencies, 0.99):.2f} | "
                  f"{max(latencies):.2f} | {errors} | {fallbacks} | {quantile(probes, 0.99):.2f} | {cpu_ms:.2f} |")
        print()
        print(f"hybrid p99 / lexical p99 = {results['hybrid'] / results['lexical']:.1f}x; "
              f"mcp p99 / hybrid p99 = {results['mcp'] / results['hybrid']:.2f}x; "
              f"repeated p99 / lexical p99 = {results['repeated'] / results['lexical']:.2f}x")


if __name__ == "__main__":
    main()
