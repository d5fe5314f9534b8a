"""Exits 0 when every `name==version` pin in requirements.txt is installed at that version, else 1,
so `make deps` reinstalls when a pin moves (an import check alone kept schemathesis 3 in place)."""

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

missing = []
for line in (Path(__file__).parent / "requirements.txt").read_text().splitlines():
    line = line.split("#", 1)[0].strip()
    if "==" not in line:
        continue
    name, pinned = (part.strip() for part in line.split("==", 1))
    try:
        installed = version(name)
    except PackageNotFoundError:
        installed = None
    if installed != pinned:
        missing.append(f"{name}=={pinned} (installed: {installed})")
if missing:
    print("Python test tools to install: " + ", ".join(missing))
sys.exit(1 if missing else 0)
