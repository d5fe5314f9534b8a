#!/usr/bin/env python3
"""train-crisis-classifier.py: learns the crisis detector's lexical layer (CrisisClassifier).

A multinomial logistic regression (urgent, concern, info) over the features CrisisClassifierFeatures
reads, learnt from the labelled training sets in Tests/Evaluation, and written as
Sources/ExplainerContent/Crisis/CrisisClassifierWeights.swift with the two thresholds that join it to
the rules, plus the parity fixture Tests/ExplainerContentTests/Fixtures/crisis-classifier-parity.json
(the probabilities this script gives a sample of messages, which the Swift test must reproduce).

The features come from bench/crisis's `crisis-features` (built here when missing), so what is learnt
is what the server reads. Deterministic: full-batch AdaGrad from zero weights, a fixed number of
steps, no randomness. numpy only.

    python3 scripts/train-crisis-classifier.py            # validate by writer, then train and write
    python3 scripts/train-crisis-classifier.py --report   # the validation only; writes nothing

The validation holds out each training group in turn (each set was written by a different writer)
and prints, for the held-out group, what the rules alone and the rules with the classifier reach: the
figure that says how the layer does on a writer it never read. The sets named in HELD_OUT are never
read here: they judge the result (CrisisEvaluationTests).
"""
import collections, json, pathlib, subprocess, sys

import numpy as np

root = pathlib.Path(__file__).resolve().parent.parent
evaluation = root / "Tests/Evaluation"
weights_file = root / "Sources/ExplainerContent/Crisis/CrisisClassifierWeights.swift"
parity_file = root / "Tests/ExplainerContentTests/Fixtures/crisis-classifier-parity.json"
tool = root / "bench/crisis/.build/release/crisis-features"

# Sets that judge the classifier: written apart after it was designed, never learnt from.
HELD_OUT = {"heldout6", "heldout7"}
# Groups validated one at a time (the rest of the training data is always learnt from).
VALIDATED = ["dev", "untouched", "heldout2", "heldout3", "heldout4", "heldout5"] + [f"train{n}" for n in range(1, 10)]
# Groups whose messages the hand-written rules were never tuned on: the honest measure of the blend.
RULES_UNSEEN = {"heldout4", "heldout5"} | {f"train{n}" for n in range(1, 10)}

LABELS = ["urgent", "concern", "info"]
L2 = 0.2            # ridge penalty, per message
STEPS = 200         # full-batch AdaGrad steps
RATE = 0.3          # AdaGrad step size
RAISE = 0.55        # urgent when p(urgent) + RULE_WEIGHT * [the rules say urgent] reaches this
RULE_WEIGHT = 0.2   # what a rule's urgent adds
IMMEDIATE_KEPT = "--no-immediate" not in sys.argv  # a PROTECTED rule's urgent with a time now or recent is always kept
PROTECTED_WEIGHT = float(next((a.split("=")[1] for a in sys.argv if a.startswith("--protected-weight=")), 0.45))  # what a PROTECTED rule's urgent adds
# Rules whose urgent the classifier sets aside only when all but sure (PROTECTED_WEIGHT), and never with a
# time now or recent: a first-person statement of intent, a plan, being unable to stop or to stay safe,
# said outright (the broad recall-first rules are not here). The same list as CrisisDetector.protectedRuleIDs.
PROTECTED = set(next((a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--protected=")),
                     ["self.intent-to-die", "self.intent-to-harm", "self.suicidal", "self.plan", "self.unable-to-stop",
                      "self.unsafe", "self.method-seeking"]))
DIGITS = 3          # decimals kept of each weight
PRUNE = float(next((a.split("=")[1] for a in sys.argv if a.startswith("--prune=")), 0.02))  # features whose weights all stay under this are dropped


def features():
    if not tool.exists():
        subprocess.run(["swift", "build", "-c", "release", "--package-path", str(root / "bench/crisis"),
                        "--scratch-path", str(root / "bench/crisis/.build"), "--product", "crisis-features"], check=True)
    files = sorted(p for p in evaluation.glob("crisis-messages.*.jsonl") if p.name.split(".")[1] not in HELD_OUT)
    out = subprocess.run([str(tool)] + [str(p) for p in files], check=True, capture_output=True, text=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    for row in rows:
        group = row["set"].split(".")[1]
        row["group"] = "own" if group.startswith("own") else group
    return rows


def fit(rows):
    vocabulary = sorted({f for row in rows for f in row["features"]})
    index = {f: i for i, f in enumerate(vocabulary)}
    bias = len(vocabulary)
    lengths = np.array([len(row["features"]) + 1 for row in rows])
    flat = np.array([j for row in rows for j in [index[f] for f in row["features"]] + [bias]])
    owner = np.repeat(np.arange(len(rows)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    targets = np.eye(3)[[LABELS.index(row["label"]) for row in rows]]
    weights = np.zeros((bias + 1, 3))
    squares = np.full_like(weights, 1e-8)
    for _ in range(STEPS):
        scores = np.add.reduceat(weights[flat], starts)
        scores -= scores.max(1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(1, keepdims=True)
        gradient = np.zeros_like(weights)
        np.add.at(gradient, flat, (p - targets)[owner])
        gradient /= len(rows)
        gradient[:-1] += L2 / len(rows) * weights[:-1]
        squares += gradient ** 2
        weights -= RATE * gradient / np.sqrt(squares)
    return {f: weights[i] for f, i in index.items() if np.abs(weights[i]).max() >= PRUNE}, weights[bias]


def probabilities(model, row):
    table, bias = model
    scores = bias + sum((table[f] for f in row["features"] if f in table), np.zeros(3))
    scores = scores - scores.max()
    p = np.exp(scores)
    return p / p.sum()


def level(row, p):
    """The blend CrisisDetector.weigh applies; unreadable messages keep the rules' level."""
    if not row["understood"]:
        return row["level"]
    protected = row["level"] == "urgent" and "person.self" in row["reasons"] and bool(PROTECTED & set(row["reasons"]))
    now = protected and bool({"time.now", "time.recent"} & set(row["reasons"]))
    weight = PROTECTED_WEIGHT if protected else RULE_WEIGHT if row["level"] == "urgent" else 0
    if p[0] + weight >= RAISE or row["medical"] or (now and IMMEDIATE_KEPT):
        return "urgent"
    if p[1] > p[2] or row["level"] == "concern":
        return "concern"
    return "info"


def figures(rows, levels):
    count, hit, raised = collections.Counter(), collections.Counter(), 0
    for row, lv in zip(rows, levels):
        label = row["label"]
        count[label] += 1
        if label == "urgent":
            hit[label] += lv == "urgent"
        elif label == "concern":
            hit[label] += lv == "concern" or (lv == "urgent" and (row["medical"] or "person.self" in row["reasons"]))
        elif label == "info":
            raised += lv == "urgent"
    return (hit["urgent"] / max(1, count["urgent"]), raised / max(1, count["info"]), hit["concern"] / max(1, count["concern"]))


def validate(rows):
    print("held-out group: rules alone -> rules with the classifier (urgent recall / info raised / concern found)")
    sums = collections.defaultdict(list)
    for group in VALIDATED:
        held = [r for r in rows if r["group"] == group and r["label"] in LABELS]
        if not held:
            continue
        model = fit([r for r in rows if r["group"] != group and r["label"] in LABELS])
        rules = figures(held, [r["level"] for r in held])
        blend = figures(held, [level(r, probabilities(model, r)) for r in held])
        honest = group in RULES_UNSEEN
        sums["unseen" if honest else "tuned"].append(blend)
        print(f"  {group:10} {len(held):4} messages{'' if honest else ' (rules tuned on it)'}: "
              f"{rules[0]:.3f} / {rules[1]:.3f} / {rules[2]:.3f} -> {blend[0]:.3f} / {blend[1]:.3f} / {blend[2]:.3f}")
    for kind, values in sums.items():
        mean = np.mean(values, 0)
        print(f"  mean over groups the rules were {'never tuned on' if kind == 'unseen' else 'tuned on'}: "
              f"{mean[0]:.3f} / {mean[1]:.3f} / {mean[2]:.3f}")


def write(model, rows):
    table, bias = model
    lines = [f"bias {bias[0]:.{DIGITS}f} {bias[1]:.{DIGITS}f} {bias[2]:.{DIGITS}f}"]
    kept = {}
    for feature in sorted(table):
        w = np.round(table[feature], DIGITS)
        if np.abs(w).max() >= 0.5 * 10 ** -DIGITS:
            kept[feature] = w
            lines.append(f"{feature} {w[0]:.{DIGITS}f} {w[1]:.{DIGITS}f} {w[2]:.{DIGITS}f}")
    body = "\n".join("        " + line for line in lines)
    weights_file.write_text(
        "// Written by scripts/train-crisis-classifier.py; do not edit (train again instead).\n\n"
        "/// The lexical classifier's learnt weights and thresholds (`CrisisClassifier`), from\n"
        f"/// {len(rows)} labelled messages ({', '.join(sorted({r['group'] for r in rows}))}).\n"
        "enum CrisisClassifierWeights {\n"
        "    /// A message is urgent when its probability of `urgent`, plus `ruleWeight` when a rule says urgent, reaches this.\n"
        f"    static let raiseThreshold = {RAISE}\n"
        "    /// What a rule's `urgent` adds to the classifier's probability.\n"
        f"    static let ruleWeight = {RULE_WEIGHT}\n"
        "    /// What the `urgent` of a rule in `CrisisDetector.protectedRuleIDs` adds (one with a time now or recent is always kept).\n"
        f"    static let protectedRuleWeight = {PROTECTED_WEIGHT}\n"
        "    /// One feature a line: `feature urgent concern info`; `bias` is where every message starts.\n"
        f"    static let table = \"\"\"\n{body}\n        \"\"\"\n"
        "}\n")
    rounded = ({f: w for f, w in kept.items()}, np.round(bias, DIGITS))
    sample = rows[:: max(1, len(rows) // 60)]
    parity_file.parent.mkdir(parents=True, exist_ok=True)
    parity_file.write_text(json.dumps({
        "about": "probabilities scripts/train-crisis-classifier.py gives these messages with the weights it wrote",
        "messages": [{"set": r["set"], "id": r["id"], "urgent": round(float(p[0]), 6), "concern": round(float(p[1]), 6)}
                     for r in sample for p in [probabilities(rounded, r)]],
    }, indent=1) + "\n")
    print(f"wrote {weights_file.relative_to(root)} ({len(kept)} features) and {parity_file.relative_to(root)} ({len(sample)} messages)")


def main():
    rows = features()
    validate(rows)
    if "--report" in sys.argv:
        return
    training = [r for r in rows if r["label"] in LABELS]
    write(fit(training), training)


if __name__ == "__main__":
    main()
