#!/usr/bin/env python3
"""What a long X-Forwarded-For chain costs the event loop behind many trusted proxies.

Starts the binary with `--rate-limit` and 2,001 `--trust-proxy` blocks (2,000 /32s and 127.0.0.1),
then times `GET /healthz`-free requests (`/v1/glossary`, which the limit applies to) with a chain of
HOPS trusted entries, against the same request with no chain, in the same run. Loopback only.

    python3 bench/ratelimit/xff_cost.py BINARY [--hops 1300] [--requests 30]
"""

import argparse
import http.client
import os
import statistics
import subprocess
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--hops", type=int, default=1300)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    blocks = [f"10.{i // 256}.{i % 256}.1/32" for i in range(2000)] + ["127.0.0.1"]
    process = subprocess.Popen(
        [args.binary, "serve", "--port", "0", "--access-log", "off", "--threads", "1", "--content", os.path.join(REPO, "Content"),
         "--rate-limit", "100000/s", "--burst", "1000000", "--trust-proxy", ",".join(blocks)],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = process.stderr.readline().strip()
    while line.startswith("{"):  # the old binary logged ratelimit.on before its listening line
        line = process.stderr.readline().strip()
    assert line.startswith("listening on http://127.0.0.1:"), line
    port = int(line.rsplit(":", 1)[1])
    chain = ", ".join(f"10.{(i % 2000) // 256}.{(i % 2000) % 256}.1" for i in range(args.hops))
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def timed(headers):
            samples = []
            for _ in range(args.requests):
                started = time.perf_counter()
                conn.request("GET", "/v1/glossary", headers=headers)
                response = conn.getresponse()
                response.read()
                samples.append(time.perf_counter() - started)
                assert response.status == 200, response.status
            return statistics.median(samples) * 1000

        plain = timed({})
        long_chain = timed({"X-Forwarded-For": chain})
        print(f"no X-Forwarded-For              median {plain:8.2f} ms")
        print(f"{args.hops} hops x 2,001 trusted blocks median {long_chain:8.2f} ms  ({long_chain / plain:.1f}x)")
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
