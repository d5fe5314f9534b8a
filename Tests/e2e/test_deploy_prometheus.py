"""Deploy/prometheus: the alert rules pass `promtool check rules` and their own `promtool test rules`
cases (Debian's `prometheus` package), a rule made wrong fails those cases, and every explainer
metric a rule names is one a live server exposes, so a rename cannot silently blind the alerts."""

import os
import re
import shutil
import subprocess

import pytest

from ops_support import DEPLOY, ServerProcess

RULES = DEPLOY / "prometheus" / "alerts.yaml"
RULE_TESTS = DEPLOY / "prometheus" / "alerts.test.yaml"


def promtool() -> str:
    """The promtool binary; the issue names it, so under CI=true a missing one fails, never skips."""
    path = shutil.which("promtool")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing: apt-get install prometheus (it is in the Makefile's TEST_PACKAGES)")
        pytest.skip("promtool is not installed here (Debian package prometheus)")
    return path


def run(*args, cwd=None):
    return subprocess.run([promtool(), *args], capture_output=True, text=True, timeout=60, cwd=cwd)


def test_rules_are_valid():
    result = run("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 3 rules found" in result.stdout


def test_rule_unit_tests_pass():
    result = run("test", "rules", RULE_TESTS.name, cwd=RULES.parent)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("change", [("> 0.05", "> 0.2"), ("for: 10m", "for: 30m"), ("> 0.8)", "> 0.95)")])
def test_rule_unit_tests_catch_a_wrong_threshold(tmp_path, change):
    """The cases above can fail: a threshold or a delay the cases do not expect is caught."""
    old, new = change
    text = RULES.read_text()
    assert old in text
    (tmp_path / RULES.name).write_text(text.replace(old, new, 1))
    (tmp_path / RULE_TESTS.name).write_text(RULE_TESTS.read_text())
    result = run("test", "rules", RULE_TESTS.name, cwd=tmp_path)
    assert result.returncode != 0, result.stdout


def test_every_metric_a_rule_names_is_exposed():
    names = set(re.findall(r"\b((?:explainer|process)_[a-z_]+)\b", RULES.read_text()))
    assert {"explainer_http_requests_total", "explainer_content_reloads_total", "process_open_fds"} <= names
    with ServerProcess() as server:
        status, _, body = server.get("/metrics")
        assert status == 200
    exposed = set(re.findall(r"(?m)^# TYPE (\S+) ", body.decode()))
    assert names <= exposed, names - exposed
