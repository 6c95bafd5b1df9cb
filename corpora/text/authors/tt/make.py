#!/usr/bin/env python3
"""Generate files/ and labels.jsonl (fixed seeds, reproducible)."""
import os, sys, json, shutil
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, docs_a, docs_b, docs_c, docs_d

def main():
    if os.path.isdir(lib.OUT):
        shutil.rmtree(lib.OUT)
    os.makedirs(lib.OUT)
    for mod in (docs_a, docs_b, docs_c, docs_d):
        for fn in mod.ALL:
            fn()
    outp = os.path.join(os.path.dirname(lib.OUT), 'labels.jsonl')
    with open(outp, 'w', encoding='utf-8') as f:
        for l in lib.LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(len(lib.LABELS), 'documents')

if __name__ == '__main__':
    main()
