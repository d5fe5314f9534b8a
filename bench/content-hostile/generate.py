#!/usr/bin/env python3
"""Write a copy of Content/ whose last section ends with one hostile paragraph of size N.

Shapes (the ones a review found quadratic in the Markdown inline parser):
  brackets    N '['
  nested      N '[', 'x', then N '](https://a.org)': links nested N deep
  candidates  N '[a](https://x' then one ')': N link candidates sharing one ')'
  markers     N '*a _': openers whose closers never come
  unclosed    N '[x](https://a.org': links whose ')' never comes

usage: generate.py SHAPE N SOURCE_CONTENT_DIR OUTPUT_DIR
"""
import os
import shutil
import sys

SHAPES = {
    "brackets": lambda n: "[" * n,
    "nested": lambda n: "[" * n + "x" + "](https://a.org)" * n,
    "candidates": lambda n: "[a](https://x" * n + ")",
    "markers": lambda n: "*a _" * n,
    "unclosed": lambda n: "[x](https://a.org" * n,
}


def main():
    shape, n, source, output = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    shutil.copytree(source, output)
    sections = os.path.join(output, "sections")
    last = sorted(name for name in os.listdir(sections) if name.endswith(".md"))[-1]
    with open(os.path.join(sections, last), "a", encoding="utf-8") as f:
        f.write("\n" + SHAPES[shape](n) + "\n")


if __name__ == "__main__":
    main()
