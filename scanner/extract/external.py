"""Run an external program (LibreOffice, antiword, …) with a hard time limit, in a private
temporary folder that is always removed. The whole process group is killed on timeout, since
LibreOffice's launcher starts a second process that would otherwise live on."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

#: Process groups of the programs running now, so a worker told to stop can take them along.
_RUNNING: set[int] = set()


def kill_running() -> None:
    """Kill every program this process has running (called when a worker is stopped)."""
    for pgid in list(_RUNNING):
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
    _RUNNING.clear()


class ToolFailed(Exception):
    """The program is missing, timed out or failed; the message says which."""


@contextmanager
def private_folder(prefix: str = "scanner-") -> Iterator[Path]:
    """A temporary folder only this process can read, removed whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))  # mode 0700
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def which(program: str) -> str | None:
    """The program's path, or None. `SCANNER_NO_EXTERNAL=soffice,antiword` (or `all`) hides
    programs, so the fallbacks can be seen working."""
    hidden = {p.strip() for p in os.environ.get("SCANNER_NO_EXTERNAL", "").split(",")}
    if "all" in hidden or program in hidden:
        return None
    return shutil.which(program)


def run(
    command: list[str],
    timeout: float,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
) -> bytes:
    """The program's standard output. Raises `ToolFailed` on timeout, a non-zero exit, or when
    the program cannot start."""
    env = dict(os.environ, LC_ALL="C.UTF-8", **(env or {}))
    if cwd is not None:
        env["HOME"] = str(cwd)  # LibreOffice writes its settings under HOME
    try:
        proc = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,  # its own process group, so a timeout kills every child
        )
    except OSError as exc:
        raise ToolFailed(f"{Path(command[0]).name} could not start: {exc.strerror or exc}") from exc
    _RUNNING.add(proc.pid)
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(proc)
        raise ToolFailed(f"{Path(command[0]).name} timed out after {timeout:.0f} s") from exc
    except BaseException:
        _kill_group(proc)
        raise
    finally:
        _kill_group(proc, only_children=True)
        _RUNNING.discard(proc.pid)
    if proc.returncode != 0:
        lines = err.decode("utf-8", "replace").strip().splitlines()
        detail = lines[-1] if lines else f"exit {proc.returncode}"
        raise ToolFailed(f"{Path(command[0]).name} failed: {detail}")
    return out


def _kill_group(proc: subprocess.Popen, only_children: bool = False) -> None:
    """Kill what is left of the program's process group (LibreOffice may leave a child)."""
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    if not only_children:
        proc.wait()


def libreoffice_convert(data: bytes, suffix: str, target: str, timeout: float) -> bytes:
    """`data` (a file ending in `suffix`) converted by LibreOffice headless to `target` (docx,
    png, …), in a private folder with its own profile. Raises `ToolFailed`."""
    binary = which("soffice") or which("libreoffice")
    if binary is None:
        raise ToolFailed("not installed (Debian: libreoffice-writer-nogui, -calc-nogui, -impress-nogui)")
    with private_folder("scanner-lo-") as folder:
        source = folder / f"in{suffix}"
        source.write_bytes(data)
        out = folder / "out"
        run(
            [
                binary,
                "--headless",
                "--norestore",
                "--nologo",
                "--nolockcheck",
                "--nodefault",
                f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                str(source),
            ],
            timeout,
            cwd=folder,
        )
        result = out / f"in.{target}"
        if not result.is_file():
            raise ToolFailed("could not convert the file (corrupt, or a format it does not know)")
        return result.read_bytes()
