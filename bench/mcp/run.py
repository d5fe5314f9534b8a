#!/usr/bin/env python3
"""MCP tool calls against the same REST calls, in one run, at 16 concurrent clients.

Starts `explainer-server serve --port 0` on 127.0.0.1 (loopback only), then for each pair runs 16
threads, each with its own keep-alive http.client connection, alternating the MCP call (POST /mcp,
tools/call, handshake era, no session) and the REST call for the same question, so both see the same
load. Prints p50/p99 per call in microseconds and the MCP/REST p99 ratio. Bounded: ROUNDS requests per
client per call, then the server is stopped.

usage: run.py SERVER_BINARY CONTENT_DIR [ROUNDS] [extra serve args...]
"""
import http.client
import json
import pathlib
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)

CLIENTS = 16

PAIRS = [
    ("get_section", {"id": "harm-reduction"}, ("GET", "/v1/sections/harm-reduction", None)),
    ("get_claim", {"id": "diminished-pain-perception"}, ("GET", "/v1/claims/diminished-pain-perception", None)),
    ("define_term", {"term": "harm reduction"}, ("GET", "/v1/glossary/harm-reduction", None)),
    ("get_support", {"country": "GB"}, ("GET", "/v1/support?country=GB", None)),
    ("search_explainer", {"query": "why does pain bring relief", "mode": "lexical"},
     ("GET", "/v1/search?q=why+does+pain+bring+relief&mode=lexical", None)),
    ("search_explainer", {"query": "why does pain bring relief"}, ("GET", "/v1/search?q=why+does+pain+bring+relief", None)),
    ("check_message", {"text": "i cant do this anymore", "country": "GB"},
     ("POST", "/v1/signals", {"text": "i cant do this anymore", "country": "GB"})),
]


def quantile(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(-(-q * len(ordered) // 1)) - 1))]


def client(port, tool, arguments, rest, rounds, out_mcp, out_rest, errors):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    call = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": arguments}})
    method, path, body = rest
    rest_body = json.dumps(body) if body is not None else None
    headers = {"Content-Type": "application/json"}
    for _ in range(rounds):
        start = time.perf_counter_ns()
        conn.request("POST", "/mcp", body=call, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        out_mcp.append((time.perf_counter_ns() - start) / 1000)
        if resp.status != 200 or b'"isError":false' not in data:
            errors.append(("mcp", resp.status))
        start = time.perf_counter_ns()
        conn.request(method, path, body=rest_body, headers=headers if body is not None else {})
        resp = conn.getresponse()
        resp.read()
        out_rest.append((time.perf_counter_ns() - start) / 1000)
        if resp.status != 200:
            errors.append(("rest", resp.status))
    conn.close()


def main():
    binary, content = sys.argv[1:3]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    extra = sys.argv[4:]
    with running_server(binary, "--content", content, *extra) as server:
        port = server.port
        print(f"| call | REST peer | requests each | MCP p50 (µs) | MCP p99 (µs) | REST p50 (µs) | REST p99 (µs) | p99 MCP/REST |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for tool, arguments, rest in PAIRS:
            mcp_samples, rest_samples, errors = [], [], []
            threads = [threading.Thread(target=client, args=(port, tool, arguments, rest, rounds, mcp_samples, rest_samples, errors))
                       for _ in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if errors:
                sys.exit(f"{tool}: {len(errors)} failed requests, first {errors[0]}")
            name = tool + (" (" + arguments["mode"] + ")" if "mode" in arguments else "")
            m99, r99 = quantile(mcp_samples, 0.99), quantile(rest_samples, 0.99)
            print(f"| {name} | {rest[0]} {rest[1]} | {len(mcp_samples)} | {quantile(mcp_samples, 0.5):.0f} | {m99:.0f} | "
                  f"{quantile(rest_samples, 0.5):.0f} | {r99:.0f} | {m99 / r99:.2f} |")


if __name__ == "__main__":
    main()
