#!/usr/bin/env python3
"""The crisis model layer's share through HTTP: POST /v1/signals on a live server, with and without it.

Starts `explainer-server serve --port 0` on 127.0.0.1 twice in one run: once with the model
(`--model MODEL_DIR`: a message the rules do not call urgent is assessed again on the worker pool),
once with `--model /nonexistent` (the rules alone, the peer). Sends every message of the given set
ROUNDS times over one keep-alive connection (http.client) and prints p50/p99 in milliseconds for
each, and, with the model, how many answers carried the model's version suffix. Each server is always
stopped. Loopback only. A benchmark, not a test.

usage: http_signals.py SERVER_BINARY CONTENT_DIR MODEL_DIR SET.jsonl [ROUNDS]
"""
import http.client
import json
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)


def quantile(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(-(-q * len(ordered) // 1)) - 1))]


def measure(binary, content, model, texts, rounds):
    with running_server(binary, "--content", content, "--model", model, env={"OPENBLAS_NUM_THREADS": "1"}) as server:
        port = server.port
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        samples, with_model = [], 0
        for round_number in range(rounds):
            order = texts[:]
            random.Random(round_number).shuffle(order)
            for text in order:
                body = json.dumps({"text": text}).encode()
                start = time.perf_counter_ns()
                connection.request("POST", "/v1/signals", body=body, headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                answer = json.loads(response.read())
                samples.append(time.perf_counter_ns() - start)
                with_model += "+" in answer.get("detector_version", "")
        connection.close()
        return samples, with_model


def main():
    binary, content, model, set_file = sys.argv[1:5]
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    texts = [json.loads(line)["text"] for line in open(set_file, encoding="utf-8") if line.strip()]
    print("| /v1/signals through HTTP | requests | answered with the model | p50 (ms) | p99 (ms) |")
    print("|---|---:|---:|---:|---:|")
    for label, model_dir in [("rules alone (no model)", "/nonexistent"), ("rules + model layer", model)]:
        samples, with_model = measure(binary, content, model_dir, texts, rounds)
        print(f"| {label} | {len(samples)} | {with_model} | {quantile(samples, 0.5) / 1e6:.3f} | "
              f"{quantile(samples, 0.99) / 1e6:.3f} |")


if __name__ == "__main__":
    main()
