"""Deploy/kubernetes: every manifest validates against the Kubernetes 1.31 schemas that
kubernetes-validate ships (offline), in strict mode; and the pieces agree with each other."""

import re
import subprocess
import sys

import pytest
import yaml

from ops_support import DEPLOY

K8S = DEPLOY / "kubernetes"
MANIFESTS = sorted(K8S.glob("*.yaml"))

kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="pip install kubernetes-validate")


def load(kind):
    docs = [d for p in MANIFESTS for d in yaml.safe_load_all(p.read_text()) if d]
    found = [d for d in docs if d["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_manifest_validates_strictly(path):
    result = subprocess.run(
        [sys.executable, "-m", "kubernetes_validate", "--strict", "--kubernetes-version", "1.31.0", str(path)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout + result.stderr


def test_validation_rejects_a_broken_manifest(tmp_path):
    """The check above can fail: an unknown field is refused in strict mode."""
    broken = tmp_path / "broken.yaml"
    broken.write_text((K8S / "deployment.yaml").read_text().replace("revisionHistoryLimit:", "revisionHistoryLimt:"))
    result = subprocess.run([sys.executable, "-m", "kubernetes_validate", "--strict", str(broken)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0


def test_all_four_kinds_are_there():
    kinds = sorted(d["kind"] for p in MANIFESTS for d in yaml.safe_load_all(p.read_text()) if d)
    assert kinds == ["Deployment", "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget", "Service"]


def test_deployment_probes_resources_and_draining():
    deployment = load("Deployment")
    spec = deployment["spec"]
    # The HPA owns the count: a fixed `replicas` would reset it on every apply.
    assert "replicas" not in spec
    pod = spec["template"]["spec"]
    (container,) = pod["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    # Every probe goes to the admin port, which has a connection cap of its own.
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["port"] == "admin", probe
    for key in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][key])
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert pod["securityContext"]["runAsNonRoot"] is True
    # preStop pause + the server's drain must fit inside the grace period, or SIGKILL cuts the drain.
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    pause = int(command[1])
    drain = int(next(re.search(r"--drain-timeout=(\d+)", a).group(1) for a in container["args"] if "drain-timeout" in a))
    assert pause > 0 and pause + drain < pod["terminationGracePeriodSeconds"]
    # Kubernetes drops a terminating pod from its endpoints during the preStop pause; should that lag,
    # /readyz answers 503 from the moment the drain starts, and the probe must notice within the drain.
    probe = container["readinessProbe"]
    assert probe["periodSeconds"] * probe["failureThreshold"] < drain


def test_service_hpa_and_pdb_point_at_the_deployment():
    deployment = load("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    port_names = {p["name"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]}
    service = load("Service")
    assert all(labels.get(k) == v for k, v in service["spec"]["selector"].items())
    assert all(p["targetPort"] in port_names for p in service["spec"]["ports"])
    hpa = load("HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert 2 <= hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    pdb = load("PodDisruptionBudget")
    assert all(labels.get(k) == v for k, v in pdb["spec"]["selector"]["matchLabels"].items())


def admin_port(container):
    """The port --admin-listen binds, read from the container's arguments."""
    (listen,) = [a.split("=", 1)[1] for a in container["args"] if a.startswith("--admin-listen=")]
    return int(listen.rsplit(":", 1)[1])


def test_metrics_and_probes_are_on_the_admin_port_which_the_service_does_not_expose():
    template = load("Deployment")["spec"]["template"]
    (container,) = template["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    port = admin_port(container)
    assert ports["admin"] == port != ports["http"]
    annotations = template["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert int(annotations["prometheus.io/port"]) == port
    assert annotations["prometheus.io/path"] == "/metrics"
    # The Service is the public way in: it carries the HTTP port only, so /metrics is not behind it.
    service = load("Service")
    assert {p["targetPort"] for p in service["spec"]["ports"]} == {"http"}


def test_network_policy_admits_the_admin_port_only_from_prometheus():
    policy = load("NetworkPolicy")["spec"]
    admin_rules = [r for r in policy["ingress"] if any(p["port"] == "admin" for p in r["ports"])]
    assert len(admin_rules) == 1
    (rule,) = admin_rules
    assert all(p["port"] == "admin" for p in rule["ports"])
    # Never open to every namespace, and every peer names both its namespace and its pods.
    for peer in rule["from"]:
        assert peer.get("namespaceSelector", {}).get("matchLabels"), peer
        assert peer.get("podSelector", {}).get("matchLabels"), peer
    # The rule that admits anything in the cluster admits the HTTP port alone.
    for other in policy["ingress"]:
        if other is not rule:
            assert {p["port"] for p in other["ports"]} == {"http"}


def test_network_policy_admits_only_the_http_port_and_allows_no_egress():
    deployment = load("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    policy = load("NetworkPolicy")["spec"]
    assert all(labels.get(k) == v for k, v in policy["podSelector"]["matchLabels"].items())
    assert set(policy["policyTypes"]) == {"Ingress", "Egress"}
    # The server reaches nothing: content and model are in the image, so no egress rule at all.
    assert policy.get("egress", []) == []
    ports = {p["port"] for rule in policy["ingress"] for p in rule["ports"]}
    container_ports = {p["name"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]}
    assert ports <= container_ports | {p["containerPort"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]}
