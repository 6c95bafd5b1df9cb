#!/usr/bin/env python3
"""Generator for sealed test batch g: everyday user documents (hard negatives + disguised know-how)."""
import os, sys, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib, part_a, part_b, part_c, part_d

def main():
    if os.path.isdir(lib.OUT):
        shutil.rmtree(lib.OUT)
    os.makedirs(lib.OUT)
    for p in (part_a, part_b, part_c, part_d):
        p.build()
    lib.finish(os.path.join(HERE, "labels.jsonl"))
    print(len(lib.LABELS), "documents")

if __name__ == "__main__":
    main()
