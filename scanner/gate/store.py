"""Durable storage for the gate: the quarantine (held messages and their decisions) and the
audit log (one JSON line per decision). Every write is flushed to disk (fsync of the file and
of its folder) before it returns, because the gate acknowledges a message only after it."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

MESSAGE_FILE = "message.eml"
RECORD_FILE = "record.json"
LOCK_FILE = ".lock"
_ID = re.compile(r"^[0-9a-f]{20}$")


class StoreError(RuntimeError):
    """A quarantine entry is missing or unreadable."""


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(path: Path, data: bytes) -> None:
    """`data` in `path`, all or nothing: written to a temporary file, fsync'd, renamed over
    `path`, and the folder fsync'd so the rename survives a crash."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:  # a full disk: no half-written file is left beside the entries
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def entry_id(sender: str, recipients: list[str], data: bytes) -> str:
    """The same for the same message and envelope: when Postfix retries a message after a
    temporary failure, its quarantine entry is rewritten, not doubled."""
    digest = hashlib.sha256()
    digest.update(sender.encode("utf-8", "surrogateescape") + b"\0")
    for r in recipients:
        digest.update(r.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(data)
    return digest.hexdigest()[:20]


@dataclass
class Quarantine:
    root: Path

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)

    def put(self, entry: str, data: bytes, record: dict) -> Path:
        folder = self.root / entry
        fresh = not folder.exists()
        folder.mkdir(exist_ok=True, mode=0o700)
        if fresh:
            _fsync_dir(self.root)
        write_durably(folder / MESSAGE_FILE, data)
        write_durably(folder / RECORD_FILE, _json(record))
        return folder

    def _folder(self, entry: str) -> Path:
        if not _ID.match(entry):
            raise StoreError(f"{entry!r} is not a quarantine id (20 hexadecimal digits)")
        folder = self.root / entry
        if not (folder / RECORD_FILE).is_file():
            raise StoreError(f"no message {entry} in the quarantine {self.root}")
        return folder

    def record(self, entry: str) -> dict:
        try:
            return json.loads((self._folder(entry) / RECORD_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"quarantine record {entry} is unreadable: {exc}") from exc

    def message(self, entry: str) -> bytes:
        try:
            return (self._folder(entry) / MESSAGE_FILE).read_bytes()
        except OSError as exc:
            raise StoreError(f"quarantined message {entry} is unreadable: {exc}") from exc

    def update(self, entry: str, record: dict) -> None:
        write_durably(self._folder(entry) / RECORD_FILE, _json(record))

    @contextlib.contextmanager
    def locked(self, entry: str):
        """An exclusive lock on one entry while it is read, acted on and written (a release or a
        deletion): two approvers releasing the same message at once deliver it once, the second
        finding it released. The lock file stays in the entry's folder."""
        fd = os.open(self._folder(entry) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    def delete(self, entry: str, record: dict) -> None:
        """Remove the message, keeping `record` (its state "deleted") as a tombstone: a retry of
        the same message and envelope (Postfix's, after a 451) is then known as deleted, not
        held again, and a release of it is refused and recorded."""
        folder = self._folder(entry)
        write_durably(folder / RECORD_FILE, _json(record))
        with contextlib.suppress(FileNotFoundError):
            (folder / MESSAGE_FILE).unlink()
        _fsync_dir(folder)

    def entries(self) -> list[dict]:
        out = []
        for folder in sorted(self.root.iterdir()):
            if _ID.match(folder.name) and (folder / RECORD_FILE).is_file():
                with contextlib.suppress(StoreError):
                    out.append(self.record(folder.name))
        return sorted(out, key=lambda r: r.get("received", ""))


class AuditLog:
    """JSON Lines, appended: one line per decision (and per release or deletion). Safe for the
    gate's threads and for `gate release` running beside it (an exclusive lock per line)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def append(self, record: dict) -> None:
        line = json.dumps({"time": now(), **record}, ensure_ascii=False, sort_keys=True) + "\n"
        data = line.encode("utf-8", "surrogateescape")
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)  # releases the lock

    def read(self) -> list[dict]:
        if not self.path.exists():
            return []
        return [
            json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]


def _json(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode(
        "utf-8", "surrogateescape"
    )
