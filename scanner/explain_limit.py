"""`scanner explain` under a time limit, as `scan` reads a file.

The explanation is worked out in a forked child process; this process waits for it at most the
time limit. A file that makes a reader hang gets the explanation of an `error` verdict saying
so, as `scan` gives it (`parallel.WorkerPool`), instead of a command that never ends; a child
that dies (a fault in a C library) gives the same with the way it ended. What the child works
out comes back as the rendered text and the exit code, never as objects to unpickle.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    kind: str  # "done", "usage" (the member was named wrong) or "crash" (an exception)
    text: str  # the explanation, the usage message or the traceback
    exit_code: int


#: how long a child whose pipe closed without an answer is given to finish dying
DYING_SECONDS = 10.0


def explain_within(
    work: Callable[[], tuple[str, int]],
    seconds: float,
    failed: Callable[[str], tuple[str, int]],
    usage_errors: tuple[type[BaseException], ...] = (),
) -> Outcome:
    """`work()` (the rendered explanation and its exit code) in a forked child, waited for at
    most `seconds`; when the child does not answer in time, or dies without answering, it is
    killed and `failed(reason)` renders the error verdict's explanation instead."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, work, usage_errors), daemon=True)
    child.start()
    send.close()
    outcome = None
    killed = answered = False
    try:
        answered = receive.poll(seconds)
        if answered:
            with suppress(EOFError):  # EOF: it died before it answered
                outcome = Outcome(*receive.recv())
            if outcome is None:
                # its end of the pipe closes as it dies, a moment before it has died: waited
                # for, so that a crash is not taken for a child still reading past its time
                child.join(DYING_SECONDS)
    finally:
        if child.is_alive():
            killed = not answered
            os.kill(child.pid, signal.SIGKILL)
        child.join()
        receive.close()
    if outcome is not None:
        return outcome
    if killed:
        reason = f"time limit exceeded: the file was not done within {seconds:g} s"
    elif child.exitcode is not None and child.exitcode < 0:
        try:
            name = signal.Signals(-child.exitcode).name
        except ValueError:
            name = f"signal {-child.exitcode}"
        reason = f"the reader crashed ({name})"
    else:
        reason = f"the reader stopped (exit code {child.exitcode})"
    text, code = failed(reason)
    return Outcome("done", text, code)


def _child(send, work: Callable[[], tuple[str, int]], usage_errors: tuple[type[BaseException], ...]) -> None:
    try:
        try:
            text, code = work()
            message: tuple[str, str, int] = ("done", text, code)
        except usage_errors as exc:
            message = ("usage", str(exc), 2)
        except BaseException:
            message = ("crash", traceback.format_exc(), 1)
        send.send(message)
        send.close()
    finally:
        os._exit(0)
