"""Deploy/Dockerfile, checked without a container engine (there is no Docker daemon on this machine,
so test_deploy_container.py builds and runs the image with buildah and podman instead): its stages,
user and health check are parsed and checked, the runtime packages are compared with what the built
binary really links, and the HEALTHCHECK command itself is run against a live server."""

import json
import os
import re
import shutil
import socket
import subprocess


from ops_support import DEPLOY, ROOT, ServerProcess, server_binary

DOCKERFILE = DEPLOY / "Dockerfile"
RUNTIME_PACKAGES = {"libssl3", "zlib1g", "libstemmer0d", "libopenblas0-pthread"}


def instructions():
    """(instruction, arguments) pairs, continuation lines joined and comments dropped."""
    out, current = [], ""
    for line in DOCKERFILE.read_text().splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        current += " " + stripped.rstrip("\\").strip() if current else stripped.rstrip("\\").strip()
        if not stripped.endswith("\\"):
            word, _, rest = current.partition(" ")
            out.append((word.upper(), rest.strip()))
            current = ""
    return out


def stages():
    """Instructions grouped by FROM: [(from-args, [(instr, args), ...]), ...]."""
    result = []
    for instr, args in instructions():
        if instr == "FROM":
            result.append((args, []))
        elif result:
            result[-1][1].append((instr, args))
    return result


def arg_defaults():
    return dict(re.findall(r"^ARG (\w+)=(\S+)", DOCKERFILE.read_text(), re.M))


def resolve(image):
    defaults = arg_defaults()
    return re.sub(r"\$\{(\w+)\}", lambda m: defaults.get(m.group(1), m.group(0)), image)


def apt_packages(stage_instructions):
    runs = " ".join(a for i, a in stage_instructions if i == "RUN")
    match = re.search(r"apt-get install (.*?)(?:&&|$)", runs)
    assert match, "no apt-get install in stage"
    return {w for w in match.group(1).split() if not w.startswith("-")}


def test_two_stages_toolchain_then_slim_debian_of_the_same_release():
    (build_from, _), *_, (runtime_from, _) = stages()
    build_image = resolve(build_from.split()[0]).removeprefix("docker.io/library/")
    runtime_image = resolve(runtime_from.split()[0]).removeprefix("docker.io/library/")
    assert build_image.startswith("swift:") and build_from.split()[-1] == "build"
    assert runtime_image.startswith("debian:") and runtime_image.endswith("-slim")
    # The C libraries must be the same on both sides: same Debian release name.
    assert build_image.split("-")[-1] == runtime_image.split(":")[1].split("-")[0]


def test_runtime_installs_only_the_libraries_it_links_and_runs_as_non_root():
    _, runtime = stages()[-1]
    assert apt_packages(runtime) == RUNTIME_PACKAGES
    users = [a for i, a in runtime if i == "USER"]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert any(i == "COPY" and "--from=artifacts" in a for i, a in runtime)
    assert resolve("${ARTIFACTS}") == "build", "the real build copies from the build stage"
    assert "/srv/explainer/Content" in " ".join(a for i, a in runtime if i in {"COPY", "ENV"})
    entry = json.loads(next(a for i, a in runtime if i == "ENTRYPOINT"))
    assert entry == ["/usr/local/bin/explainer-server"]


def test_the_binary_links_nothing_beyond_those_packages():
    """ldd of the built binary: every shared library outside the Swift toolchain (which
    --static-swift-stdlib folds into the binary) must come from a package the runtime image has."""
    ldd = subprocess.run(["ldd", str(server_binary())], capture_output=True, text=True, check=True).stdout
    paths = re.findall(r"=> (/\S+)", ldd)
    swift_root = str(__import__("pathlib").Path(shutil.which("swift") or "/nonexistent").resolve().parents[1])
    packages = set()
    for path in paths:
        if path.startswith(swift_root) or "/swift/" in path:
            continue
        # /lib is a symlink to /usr/lib on current Debian, and libopenblas.so.0 is an alternatives
        # link: ask dpkg about the path as linked, then as it resolves.
        candidates = [path, path.replace("/lib/", "/usr/lib/", 1), os.path.realpath(path)]
        owner = None
        for candidate in candidates:
            owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if owner.returncode == 0:
                break
        assert owner.returncode == 0, f"{path} belongs to no Debian package"
        packages.add(owner.stdout.split(":")[0])
    # libc6, libgcc-s1 and libstdc++6 are in every Debian base image (apt itself needs them).
    # libopenblas0-pthread brings libgfortran5 and libquadmath0 with it.
    base = {"libc6", "libgcc-s1", "libstdc++6", "libgfortran5", "libquadmath0"}
    assert packages <= RUNTIME_PACKAGES | base, packages
    assert {"libssl3", "zlib1g"} <= packages


def healthcheck_command():
    _, runtime = stages()[-1]
    args = next(a for i, a in runtime if i == "HEALTHCHECK")
    return json.loads(args[args.index("CMD") + 3:].strip())


def test_healthcheck_targets_healthz_and_passes_against_a_live_server():
    command = healthcheck_command()
    assert "/healthz" in " ".join(command)
    with ServerProcess() as server:
        ok = subprocess.run(command, env={"EXPLAINER_PORT": str(server.port), "PATH": "/usr/bin:/bin"}, timeout=10)
        assert ok.returncode == 0


def test_healthcheck_fails_when_nothing_listens():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free_port = s.getsockname()[1]
    result = subprocess.run(healthcheck_command(), env={"EXPLAINER_PORT": str(free_port), "PATH": "/usr/bin:/bin"},
                            capture_output=True, timeout=10)
    assert result.returncode != 0
