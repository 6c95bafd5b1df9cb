#!/usr/bin/env python3
"""Generates files/ and labels.jsonl for batch t3 (paraphrase, plain-language and long messy documents)."""
import os, sys, shutil, json
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers
import ctrl1, ctrl2, ctrl3, ctrl4, clear1, clear2

def main():
    if os.path.isdir(helpers.OUT):
        shutil.rmtree(helpers.OUT)
    os.makedirs(helpers.OUT)
    for m in (ctrl1, ctrl2, ctrl3, ctrl4, clear1, clear2):
        m.build()
    with open(os.path.join(helpers.ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in helpers.LABELS:
            assert os.path.exists(os.path.join(helpers.OUT, r["file"])), r["file"]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(helpers.LABELS), "documents")

if __name__ == "__main__":
    main()
