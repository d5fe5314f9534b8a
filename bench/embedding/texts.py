#!/usr/bin/env python3
"""texts.py OUT.json: the benchmark's texts from Content/, in four buckets by length.

query: short questions a chatbot sends; sentence: single sentences of the sections; paragraph: whole
paragraphs (about 60 to 150 tokens); cut: whole sections and the summary run together, past 256 tokens.
"""
import json, pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent.parent
sections = [p.read_text(encoding="utf-8") for p in sorted((root / "Content/sections").glob("*.md"))]
paragraphs = [b.strip() for s in sections for b in s.split("\n\n") if len(b.strip()) > 300]
sentences = [x for p in paragraphs for x in re.split(r"(?<=[.!?])\s+", p) if 60 <= len(x) <= 200]
items = [{"bucket": "query", "text": q} for q in (
    "why do people self-harm", "is self-harm a suicide attempt", "how can I help a friend who self-harms",
    "what is harm reduction", "does self-harm really bring relief", "who can I call right now")]
items += [{"bucket": "sentence", "text": x} for x in sentences[:6]]
items += [{"bucket": "paragraph", "text": x} for x in paragraphs[:6]]
items += [{"bucket": "cut", "text": " ".join(sections[i:i + 3])} for i in range(0, 6, 2)]
pathlib.Path(sys.argv[1]).write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
