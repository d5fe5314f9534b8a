#!/usr/bin/env python3
"""What stored vectors add to `serve` start-up: time from launch to the `listening on` line, the CPU
time the process had used by then (user + system, from /proc: steadier than wall time on a busy
machine), VmRSS, and how many texts the server said it embedded (`vectors.stale`).

Phases, alternated run by run (lexical, stored, lexical, stored, ...) so load drifts hit both:
  lexical   serve without --model: no dense index at all
  stored    serve --model MODEL_DIR on CONTENT with its vectors.bin
  none      (only with --without-vectors) serve --model on a copy of CONTENT without vectors.bin:
            every distinct text embedded before listening; slow at 1000x, so once
Prints one Markdown row per phase: medians (and ranges) of wall and CPU seconds, RSS in MiB, and the
stored phase's difference from lexical. The server is always stopped; loopback only.

usage: startup.py SERVER_BINARY CONTENT MODEL_DIR [RUNS] [--without-vectors]
"""
import os
import pathlib
import re
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from server import running_server  # noqa: E402  (bench/server.py)

def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def start(binary, content, model, timeout):
    arguments = ["--content", content] + (["--model", model] if model else [])
    lines = []
    began = time.monotonic()
    with running_server(binary, *arguments, startup_seconds=timeout, log=lines) as server:
        wall = time.monotonic() - began
        cpu, rss = server.cpu_seconds(), rss_mib(server.pid)
        # The start-up log lines come right after `listening on`; read them for the stale count.
        time.sleep(1)
        embedded = 0
        for line in list(lines):
            match = re.search(r'"event":"vectors.stale".*?"embedded":(\d+)', line)
            if match:
                embedded = int(match.group(1))
        return wall, cpu, rss, embedded


def without_vectors(content, folder):
    for name in os.listdir(content):
        if name != "vectors.bin":
            os.symlink(os.path.abspath(os.path.join(content, name)), os.path.join(folder, name))
    return folder


def row(name, samples, base=None):
    wall, cpu, rss = ([s[i] for s in samples] for i in range(3))
    embedded = max(s[3] for s in samples)
    span = lambda xs: f"{statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f})"
    extra = ""
    if base:
        extra = f" | {statistics.median(wall) - statistics.median([s[0] for s in base]):+.2f} s wall, " \
                f"{statistics.median(cpu) - statistics.median([s[1] for s in base]):+.2f} s CPU"
    else:
        extra = " | "
    print(f"| {name} | {len(samples)} | {span(wall)} | {span(cpu)} | {statistics.median(rss):.0f} | {embedded}{extra} |")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary, content, model = args[:3]
    runs = int(args[3]) if len(args) > 3 else 3
    samples = {"lexical": [], "stored": []}
    for _ in range(runs):
        samples["lexical"].append(start(binary, content, None, 900))
        samples["stored"].append(start(binary, content, model, 900))
    print(f"load average before/after: {open('/proc/loadavg').read().split()[:3]}", file=sys.stderr)
    print("| phase | runs | wall to listening, s | CPU to listening, s | RSS MiB | texts embedded | vs lexical |")
    print("|---|---:|---:|---:|---:|---:|---|")
    row("lexical (no model)", samples["lexical"])
    row("hybrid, stored vectors", samples["stored"], samples["lexical"])
    if "--without-vectors" in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            none = [start(binary, without_vectors(content, folder), model, 3600)]
        row("hybrid, no vectors.bin", none, samples["lexical"])


if __name__ == "__main__":
    main()
