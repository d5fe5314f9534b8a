#!/usr/bin/env python3
"""Write a synthetic content folder N times the size of Content/ (sections, claims, sources, studies, terms).

Copy 0 is the real content unchanged. Copy k >= 1 repeats every section, claim, source and study under
ids suffixed with -k, and replaces the glossary with 25 terms of its own: made-up words that the copy's
last section mentions in one added paragraph, so every term occurs (as `check` demands) and the glossary
grows with N without any spelling being shared between copies. Support lines stay as they are.
Every copy gets the questions of search-questions.json under its own ids (`passage:{section}-k#pN`,
`claim:{id}-k`, `glossary:{slug}-k`), as long as the file stays within the reader's limit
(QUESTIONS_LIMIT, SearchQuestions.maximumBytes): copies past it get none, and the generator says how
many got them on stderr.

usage: generate.py N SOURCE_CONTENT_DIR OUTPUT_DIR
"""
import json
import os
import sys

# SearchQuestions.maximumBytes: a larger search-questions.json fails `check`.
QUESTIONS_LIMIT = 16 * 1024 * 1024


def copy_key(key, k):
    """The document key `key` of copy 0 as copy k names it (passage:{section}#pN, claim:{id}, glossary:{slug})."""
    if k == 0:
        return key
    kind, rest = key.split(":", 1)
    if kind == "passage":
        section, paragraph = rest.split("#", 1)
        return f"passage:{section}-{k}#{paragraph}"
    return f"{kind}:{rest}-{k}"


def copied_questions(source, n):
    """search-questions.json for n copies, compact, with as many copies as fit QUESTIONS_LIMIT; None without one."""
    path = os.path.join(source, "search-questions.json")
    if not os.path.exists(path):
        return None, 0
    original = json.load(open(path, encoding="utf-8"))
    table, size = {}, len(json.dumps(dict(original, questions={}), ensure_ascii=False, separators=(",", ":")))
    for k in range(n):
        copy = {copy_key(key, k): questions for key, questions in original["questions"].items()}
        # Each entry costs its compact encoding plus a comma.
        added = sum(len(json.dumps({key: value}, ensure_ascii=False, separators=(",", ":"))) - 1 for key, value in copy.items())
        if size + added > QUESTIONS_LIMIT:
            return dict(original, questions=table), k
        table.update(copy)
        size += added
    return dict(original, questions=table), n


def main():
    n, source, output = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    load = lambda name: json.load(open(os.path.join(source, name), encoding="utf-8"))
    explainer, sources, claims = load("explainer.json"), load("sources.json"), load("claims.json")
    glossary, support = load("glossary.json"), load("support.json")
    os.makedirs(os.path.join(output, "sections"), exist_ok=True)

    section_files = explainer["sections"]
    texts = [open(os.path.join(source, "sections", f), encoding="utf-8").read() for f in section_files]
    base_ids = [f.split("-", 1)[1][:-3] for f in section_files]
    suffix = lambda k: "" if k == 0 else f"-{k}"

    out_sections, out_sources, out_studies, out_claims, out_terms, out_notes = [], [], [], [], [], []
    width = max(2, len(str(n * len(section_files))))
    for k in range(n):
        words = [f"zq{k}w{t}" for t in range(len(glossary["terms"]))]
        for i, (sid, text) in enumerate(zip(base_ids, texts)):
            name = f"{len(out_sections) + 1:0{width}d}-{sid}{suffix(k)}.md"
            if k > 0 and i == len(base_ids) - 1:
                text = text.rstrip("\n") + "\n\nSynthetic terms for this copy: " + ", ".join(words) + ".\n"
            with open(os.path.join(output, "sections", name), "w", encoding="utf-8") as f:
                f.write(text)
            out_sections.append(name)
        for s in sources["sources"]:
            out_sources.append(dict(s, id=s["id"] + suffix(k)))
        for s in sources["studies"]:
            out_studies.append(dict(s, key=s["key"] + suffix(k)))
        for c in claims["claims"]:
            out_claims.append(dict(c, id=c["id"] + suffix(k), section=c["section"] + suffix(k),
                                   sources=[x + suffix(k) for x in c["sources"]],
                                   evidence=[x + suffix(k) for x in c["evidence"]]))
        slugs = [t["slug"] for t in glossary["terms"]]
        for t, term in enumerate(glossary["terms"]):
            if k == 0:
                out_terms.append(term)
                continue
            rename = lambda slug: f"{slug}-{k}"
            out_terms.append(dict(term, slug=rename(term["slug"]), term=words[t], aliases=[],
                                  related=[rename(r) for r in term["related"] if r in slugs],
                                  basis=[b + suffix(k) for b in term["basis"]]))
        for note in support["section_notes"]:
            out_notes.append(dict(note, section=note["section"] + suffix(k)))

    def dump(name, value):
        with open(os.path.join(output, name), "w", encoding="utf-8") as f:
            json.dump(value, f, ensure_ascii=False, indent=2)
            f.write("\n")

    dump("explainer.json", dict(explainer, sections=out_sections, sources=[s["id"] for s in out_sources]))
    dump("sources.json", {"sources": out_sources, "studies": out_studies})
    dump("claims.json", {"claims": out_claims})
    dump("glossary.json", {"terms": out_terms})
    dump("support.json", dict(support, section_notes=out_notes))
    dates = load("dates.json")
    by_id = {entry["id"]: entry for entry in dates["sections"]}
    out_dates = [dict(by_id[sid], id=sid + suffix(k)) for k in range(n) for sid in base_ids]
    dump("dates.json", dict(dates, sections=out_dates))
    questions, copies = copied_questions(source, n)
    if questions is not None:
        with open(os.path.join(output, "search-questions.json"), "w", encoding="utf-8") as f:
            json.dump(questions, f, ensure_ascii=False, separators=(",", ":"))
        if copies < n:
            print(f"generate.py: search questions for copies 0-{copies - 1} of {n} "
                  f"(more would pass the {QUESTIONS_LIMIT}-byte limit)", file=sys.stderr)


if __name__ == "__main__":
    main()
