#!/usr/bin/env python3
"""Generate sealed batch i: long mixed office documents. Run: python make.py"""
import os, sys, json, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_c, docs_c2, docs_c3, docs_e, docs_n, docs_n2

OUT = os.path.join(HERE, "files")

def F(name):
    return os.path.join(OUT, name)

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    funcs = [docs_c.C1, docs_c.C2, docs_c.C3, docs_c.C4, docs_c.C5, docs_c.C6, docs_c.C7, docs_c.C8,
             docs_c2.C9, docs_c2.C10, docs_c2.C11, docs_c2.C12, docs_c3.C13, docs_c3.C14, docs_c3.C15, docs_c3.C16,
             docs_e.E1, docs_e.E2, docs_e.E3, docs_e.E4,
             docs_n.N1, docs_n.N2, docs_n.N3, docs_n.N4, docs_n.N5, docs_n.N6, docs_n.N7,
             docs_n2.N8, docs_n2.N9, docs_n2.N10, docs_n2.N11, docs_n2.N12]
    labels = [f(F) for f in funcs]
    labels.sort(key=lambda d: d["file"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for d in labels:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(labels), "files")

if __name__ == "__main__":
    main()
