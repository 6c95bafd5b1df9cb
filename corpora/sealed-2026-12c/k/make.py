#!/usr/bin/env python3
"""Generate correspondence test documents into files/ and labels.jsonl (deterministic)."""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import docs_c1, docs_c2, docs_c3, docs_n1, docs_n2, docs_n3

if os.path.isdir(lib.OUT):
    shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
for m in (docs_c1, docs_c2, docs_c3, docs_n1, docs_n2, docs_n3):
    m.build()
lib.finish()
print(len(lib.LABELS), "documents")
