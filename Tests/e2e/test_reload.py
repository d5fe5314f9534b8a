"""SIGHUP reloads the content folder beside the live index: valid changes are swapped in under load
with no failed request and no response mixing two versions; broken content is refused, the last good
content keeps being served, and the failure shows in the metrics and as JSON log lines."""

import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time

import pytest

from ops_support import CONTENT, ServerProcess, server_binary


@pytest.fixture
def content(tmp_path):
    if not (CONTENT / "explainer.json").exists():
        pytest.skip("Content/ is not in this checkout")
    folder = tmp_path / "Content"
    shutil.copytree(CONTENT, folder)
    return folder


def set_summary(folder, text):
    path = folder / "explainer.json"
    data = json.loads(path.read_text())
    data["summary"] = text
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def reload_and_wait(server, event, count):
    server.signal(signal.SIGHUP)
    return server.wait_for_event(event, count=count)


def metric(server, line_pattern):
    _, _, body = server.get("/metrics")
    match = re.search(line_pattern, body.decode(), re.M)
    return float(match.group(1)) if match else None


def test_valid_reloads_under_load_never_fail_or_mix_versions(content):
    with ServerProcess("--content", str(content)) as server:
        _, headers, _ = server.get("/v1/explainer")
        first_version = headers["x-content-version"]
        seen, problems = set(), []
        stop = threading.Event()

        def client():
            import http.client
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            while not stop.is_set():
                try:
                    conn.request("GET", "/v1/explainer")
                    resp = conn.getresponse()
                    body = json.loads(resp.read())
                    header = resp.getheader("X-Content-Version")
                    if resp.status != 200:
                        problems.append(f"status {resp.status}")
                    # One response, one version: the header and the body must agree.
                    elif header != body["content_version"]:
                        problems.append(f"mixed: header {header} body {body['content_version']}")
                    else:
                        seen.add((header, body["summary"]))
                except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                    problems.append(repr(exc))
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            conn.close()

        threads = [threading.Thread(target=client) for _ in range(4)]
        for t in threads:
            t.start()
        try:
            for i in range(1, 4):
                time.sleep(0.3)
                set_summary(content, f"Reloaded summary number {i}.")
                reload_and_wait(server, "reload.done", i)
            time.sleep(0.3)
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=15)
        assert problems == []
        versions = {v for v, _ in seen}
        assert first_version in versions and len(versions) == 4, versions
        # Each version always came with its own summary: no response mixed old and new bodies.
        assert len(seen) == 4
        _, headers, body = server.get("/v1/explainer")
        assert json.loads(body)["summary"] == "Reloaded summary number 3."
        assert metric(server, r'^explainer_content_reloads_total\{outcome="success"\} (\S+)$') == 3
        assert metric(server, rf'^explainer_content_info\{{version="{headers["x-content-version"]}"\}} (\S+)$') == 1


def test_broken_reload_keeps_serving_and_is_counted_and_logged(content):
    with ServerProcess("--content", str(content)) as server:
        status, headers, before = server.get("/v1/explainer")
        version = headers["x-content-version"]
        (content / "claims.json").write_text('{"claims": [ this is not json')
        (content / "sections" / "03-emotion-relief.md").unlink()
        reload_and_wait(server, "reload.failed", 1)
        status, headers, after = server.get("/v1/explainer")
        assert status == 200 and headers["x-content-version"] == version and after == before
        status, _, _ = server.get("/v1/sections/emotion-relief")
        assert status == 200, "the section removed on disk is still served from the last good index"
        assert metric(server, r'^explainer_content_reloads_total\{outcome="failure"\} (\S+)$') == 1
        assert metric(server, r'^explainer_content_reloads_total\{outcome="success"\} (\S+)$') == 0
        assert metric(server, rf'^explainer_content_info\{{version="{version}"\}} (\S+)$') == 1
        problems = [e for e in server.events if e["event"] == "reload.problem"]
        assert all(e["level"] == "error" for e in problems)
        files = {e["file"] for e in problems}
        assert "claims.json" in files and any("03-emotion-relief" in f or f == "explainer.json" for f in files), problems
        failed = server.wait_for_event("reload.failed")[0]
        assert failed["problems"] == len(problems) and failed["version"] == version
        # Fixing the folder and signalling again recovers without a restart.
        shutil.copy(CONTENT / "claims.json", content / "claims.json")
        shutil.copy(CONTENT / "sections" / "03-emotion-relief.md", content / "sections" / "03-emotion-relief.md")
        reload_and_wait(server, "reload.done", 1)
        assert metric(server, r'^explainer_content_reloads_total\{outcome="success"\} (\S+)$') == 1


def other_tree(folder):
    """Change every file of a copy of Content/ (a value in each JSON file, a sentence added to each
    section), so any mix of it with the original has a content version of its own."""
    def edit(name, change):
        path = folder / name
        data = json.loads(path.read_text())
        change(data)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    edit("explainer.json", lambda d: d.update(summary=d["summary"] + " (other tree)"))
    edit("sources.json", lambda d: d["sources"][0]["notes"].append("Other tree."))
    edit("claims.json", lambda d: d["claims"][0]["notes"].append("Other tree."))
    edit("glossary.json", lambda d: d["terms"][0].update(definition=d["terms"][0]["definition"] + " Other tree."))
    edit("support.json", lambda d: d["emergency"].update(advice=d["emergency"]["advice"] + " Other tree."))
    for section in (folder / "sections").glob("*.md"):
        section.write_text(section.read_text().rstrip("\n") + "\n\nOther tree.\n")


def check_version(folder):
    result = subprocess.run([str(server_binary()), "check", str(folder)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().rsplit(" ", 1)[1]


def test_reload_from_a_symlink_swapped_during_the_load_serves_one_tree_whole(tmp_path):
    if not (CONTENT / "explainer.json").exists():
        pytest.skip("Content/ is not in this checkout")
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(CONTENT, first)
    shutil.copytree(CONTENT, second)
    other_tree(second)
    versions = {check_version(first), check_version(second)}
    assert len(versions) == 2
    link = tmp_path / "current"
    os.symlink(first, link)
    stop = threading.Event()

    def swap():
        # rename(2) of a fresh symlink over the old one: the name always points at one whole tree.
        target, staging = second, tmp_path / "current.next"
        while not stop.is_set():
            os.symlink(target, staging)
            os.replace(staging, link)
            target = first if target == second else second

    with ServerProcess("--content", str(link)) as server:
        swapper = threading.Thread(target=swap)
        swapper.start()
        served = []
        try:
            for i in range(1, 11):
                server.signal(signal.SIGHUP)
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline and sum(
                        e.get("event") in ("reload.done", "reload.failed") for e in server.events) < i:
                    time.sleep(0.02)
                _, headers, _ = server.get("/v1/explainer")
                served.append(headers["x-content-version"])
        finally:
            stop.set()
            swapper.join(timeout=15)
        assert sum(e.get("event") == "reload.done" for e in server.events) == 10
        assert [e for e in server.events if e.get("event") in ("reload.failed", "reload.problem")] == []
        assert set(served) <= versions, f"served versions of neither tree: {set(served) - versions}"
