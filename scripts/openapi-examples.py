#!/usr/bin/env python3
"""Re-takes openapi.yaml's response examples from a running server, so they stay what it serves.

Every `components/examples` entry whose summary reads `GET <path>, as served.` (or `POST <path>`,
sent with the operation's request example) gets its `value:` line replaced by the server's answer,
as one line of JSON. Problem-type pages are asked for as JSON (`Accept: application/json`). Run it
once the server's crisis model layer is ready (`detector_version` of `POST /v1/signals` names the
model): until then the signal example would be the rules' answer alone.

    scripts/openapi-examples.py http://127.0.0.1:8080

Tests/e2e/test_api_openapi.py checks that the examples are current and says to run this when not."""

import json
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

SPEC = Path(__file__).resolve().parents[1] / "Sources" / "ExplainerAPI" / "openapi.yaml"
SUMMARY = re.compile(r"^(GET|POST) (.+), as served\.$")


def request_for(spec: dict, summary: str):
    """The (method, path, body) an example's summary names, or None."""
    match = SUMMARY.match(summary)
    if not match:
        return None
    method, path = match.groups()
    path = urllib.parse.quote(path, safe="/?&=,:")
    body = None
    if method == "POST":
        body = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["example"]
    return method, path, body


def fetch(base: str, method: str, path: str, body) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Accept": "application/json"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


# Fields that change with every load (and the model a machine has), not with the content.
VOLATILE = {"loaded_at", "search"}


def line(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def stable(value):
    if isinstance(value, dict):
        return {k: stable(v) for k, v in value.items() if k not in VOLATILE}
    return value


def main(base: str) -> int:
    text = SPEC.read_text()
    spec = yaml.safe_load(text)
    lines = text.split("\n")
    changed = 0
    for name, example in spec["components"]["examples"].items():
        wanted = request_for(spec, example.get("summary", ""))
        if wanted is None:
            continue
        value = fetch(base, *wanted)
        if stable(value) == stable(example.get("value")):
            continue
        start = lines.index(f"    {name}:")
        at = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("      value: "))
        new = "      value: " + line(value)
        if lines[at] != new:
            lines[at] = new
            changed += 1
    SPEC.write_text("\n".join(lines))
    print(f"{changed} example(s) re-taken")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"))
