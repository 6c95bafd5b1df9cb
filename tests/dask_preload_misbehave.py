"""Preloaded into the test's Dask workers (`dask worker --preload`): a reader that hangs on
hang.txt, dies on crash.txt and takes a moment over slow-*.txt, as C libraries may."""

import os
import signal
import time

from scanner.pipeline import Scanner


def _misbehaving(self, name, data, depth=0, quick=None):
    base = name.rsplit("/", 1)[-1]
    if base == "hang.txt":
        time.sleep(120)
    if base == "crash.txt":
        os.kill(os.getpid(), signal.SIGSEGV)
    if base.startswith("slow-"):
        time.sleep(0.25)
    return Scanner._well_behaved(self, name, data, depth, quick)


# a preload may be imported more than once in a worker: patch once
if not hasattr(Scanner, "_well_behaved"):
    Scanner._well_behaved = Scanner.scan_bytes_all
    Scanner.scan_bytes_all = _misbehaving
