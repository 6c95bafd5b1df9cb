import os, sys, json, shutil
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, d1, d2, d3, d4, d5
if os.path.exists(lib.OUT): shutil.rmtree(lib.OUT)
os.makedirs(lib.OUT)
for m in (d1, d2, d3, d4, d5): m.run()
with open(os.path.join(os.path.dirname(lib.OUT), "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in lib.LABELS:
        assert os.path.exists(os.path.join(lib.OUT, l["file"])), l["file"]
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(lib.LABELS))
