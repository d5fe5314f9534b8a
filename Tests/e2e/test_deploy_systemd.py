"""Deploy/systemd: the unit passes `systemd-analyze verify` with no warning, and its hardening scores
as systemd's own offline security analysis rates it."""

import configparser
import re
import shutil
import subprocess

import pytest

from ops_support import DEPLOY

UNIT = DEPLOY / "systemd" / "explainer-server.service"

pytestmark = pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                                reason="systemd-analyze is not installed here (apt-get install systemd)")


def unit_with_existing_binary(tmp_path):
    """verify checks that ExecStart's binary exists: point it at /bin/true, which does everywhere."""
    text = UNIT.read_text().replace("/usr/local/bin/explainer-server", "/bin/true")
    path = tmp_path / "explainer-server.service"
    path.write_text(text)
    return path


def test_unit_verifies_without_any_warning(tmp_path):
    path = unit_with_existing_binary(tmp_path)
    result = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=60)
    # verify exits 0 even for unknown keys and unparsable values, so its output must be empty too.
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "" and result.stdout.strip() == "", result.stderr + result.stdout


def test_verify_would_catch_a_typo(tmp_path):
    """The check above can fail: a misspelt directive is reported."""
    path = tmp_path / "typo.service"
    path.write_text(unit_with_existing_binary(tmp_path).read_text().replace("NoNewPrivileges=", "NoNewPrivilege="))
    result = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=60)
    assert "Unknown key" in result.stderr


def test_security_exposure_is_at_most_2(tmp_path):
    path = unit_with_existing_binary(tmp_path)
    # --threshold is on systemd's 0-100 scale (the printed exposure x10): 20 means "2.0 OK" or better.
    result = subprocess.run(["systemd-analyze", "security", "--offline=yes", "--threshold=20", "--no-pager", str(path)],
                            capture_output=True, text=True, timeout=60)
    exposure = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert exposure, result.stdout + result.stderr
    assert result.returncode == 0 and float(exposure.group(1)) <= 2.0, result.stdout[-2000:]


def test_unit_has_the_promised_hardening_and_lifecycle():
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str
    # Repeated keys (SystemCallFilter) are legal in systemd; keep the last, as configparser can.
    parser.read_string(UNIT.read_text())
    service = parser["Service"]
    assert service["DynamicUser"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["NoNewPrivileges"] == "yes"
    assert service["CapabilityBoundingSet"] == ""
    assert set(service["RestrictAddressFamilies"].split()) == {"AF_INET", "AF_INET6", "AF_UNIX"}
    assert "@system-service" in UNIT.read_text()
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"
    assert service["Restart"] == "on-failure"
    assert service["KillSignal"] == "SIGTERM"
    # systemd must wait longer than the server's own drain before it sends SIGKILL.
    drain = int(re.search(r"--drain-timeout (\d+)", service["ExecStart"]).group(1))
    assert int(service["TimeoutStopSec"].rstrip("s")) > drain
