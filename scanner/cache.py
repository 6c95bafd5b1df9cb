"""The results cache: what a scan found, kept in SQLite so that the next sweep of the same
tree only stats files, and a sweep stopped halfway resumes where it stopped.

A file's verdicts are reused when

* the scanner is the same: its own code, lexicons, model and every setting that changes a
  verdict (thresholds, limits, rules only or not) make one `scanner_key`; any change rescans
  everything; and
* the file is the same: same path as reported, same size, modification time, inode, device and
  change time (a stat, no read); or, when those changed (a copy, a `touch`, a restore from
  backup), the same content (SHA-256) under the same file name, whose verdicts are reused
  with the new path.

Entries are written as each file finishes (WAL journal, one transaction per file), so a killed
scan keeps what it finished. Verdicts are stored as JSON (their report form, one line each, as
a JSON Lines report writes them) and rebuilt from it: nothing is unpickled, and a damaged cache
is a miss, never a crash."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import stat
import zlib
from pathlib import Path

from scanner import __version__
from scanner.crawl.walk import Item
from scanner.types import JSON_LINE, VERDICTS, Evidence, Exclusion, Skip, Verdict

_SCHEMA = """
create table if not exists files (
    display text not null,
    fs_path text not null,
    scanner_key text not null,
    size integer, mtime_ns integer, ino integer, dev integer, ctime_ns integer,
    sha256 text,
    name text,
    verdicts text not null,
    primary key (display, fs_path, scanner_key)
);
create index if not exists files_by_content on files (sha256, name, scanner_key);
create index if not exists files_by_name_size on files (name, size, scanner_key);
create table if not exists scanners (
    inputs text primary key,
    identity text not null
);
create table if not exists file_digests (
    path blob primary key,
    size integer, mtime_ns integer, ino integer, dev integer, ctime_ns integer,
    sha256 text not null
);
"""
#: errors that are no property of the file's content, never cached: a fault of the scanner, a
#: time limit a busy machine may have caused, a file this user could not open (a later scan
#: with the right to read it must read it), a reader process that died (killed from outside by
#: an administrator, the kernel's out-of-memory killer or a job's cgroup as often as by the
#: file: read again, one crash a sweep at worst)
_RETRY = (
    "internal error",
    "time limit exceeded",
    "permission denied",
    "cannot read",
    "the reader crashed",
    "the reader stopped",
)
#: Files larger than this are not hashed in the scan's own process to look for a copy in the
#: cache (reading them twice would cost more than it saves); they are keyed by stat alone.
HASH_LIMIT = 64 * 1024 * 1024


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "re-export-scanner" / "results.sqlite"


#: Files' digests as `identity_parts` last read them: path → (size, modification time, inode,
#: device, change time, SHA-256). A file whose stat is unchanged is not read again.
FileDigests = dict[str, tuple[int, int, int, int, int, str]]


def file_sha256(path: Path, known: FileDigests | None = None) -> bytes:
    """The SHA-256 of a file's bytes; from `known` when the file's stat is the one recorded
    there (the results cache's own rule for an unchanged file: any write changes the change
    time, which no program can set), else read and recorded in `known`."""
    if known is None:
        return hashlib.sha256(path.read_bytes()).digest()
    ident = _stat_identity(path.stat())  # before the read: a file written meanwhile is read again
    found = known.get(str(path))
    if found is not None and found[:5] == ident:
        return bytes.fromhex(found[5])
    sha = hashlib.sha256(path.read_bytes()).digest()
    known[str(path)] = (*ident, sha.hex())
    return sha


def code_digest(known: FileDigests | None = None) -> str:
    """SHA-256 over the scanner package's own source and data files (`*.py`, `*.json`), each
    by its name and digest: a new release, or a local edit, is a new scanner."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.json")]):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + file_sha256(path, known))
    return digest.hexdigest()


def scanner_key(lexicon_digest: str, model_digest: str | None, settings: dict) -> str:
    """One key for everything that makes a verdict what it is."""
    payload = json.dumps(
        {"code": code_digest(), "lexicons": lexicon_digest, "model": model_digest, "settings": settings},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _frozen(cls, **fields):
    """An instance of the frozen dataclass `cls` with `fields` (every one of its fields), set
    without its `__init__`: a warm sweep rebuilds a few verdicts and evidence items per file,
    and the generated `__init__` of a frozen class costs three times as much (one
    `object.__setattr__` per field). tests/test_cache.py checks the fields are all there."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def verdict_from_dict(d: dict) -> Verdict:
    """A verdict rebuilt from its report form (`Verdict.to_dict`)."""
    exclusion = d.get("exclusion")
    return _frozen(
        Verdict,
        path=d["path"],
        verdict=d["verdict"],
        control_codes=tuple(d.get("control_codes", ())),
        categories=tuple(d.get("categories", ())),
        magnet_types=tuple(d.get("magnet_types", ())),
        carrier=d.get("carrier", "other"),
        exclusion=Exclusion(
            exclusion["reason"],
            tuple(_evidence(e) for e in exclusion.get("evidence", ())),
            exclusion["score"],
        )
        if exclusion
        else None,
        score=d.get("score", 0.0),
        evidence=tuple(_evidence(e) for e in d.get("evidence", ())),
        reasons=tuple(d.get("reasons", ())),
        error=d.get("error"),
        file_type=d.get("file_type"),
        sha256=d.get("sha256"),
        category_scores=tuple((d.get("category_scores") or {}).items()),
        language=d.get("language"),
        skipped=tuple(Skip(s["kind"], s["where"], s["detail"]) for s in d.get("skipped", ())),
        section=d.get("section"),
        waiver=dict(d["waiver"]) if isinstance(d.get("waiver"), dict) else None,
    )


def identity_parts(config, known: FileDigests | None = None) -> dict[str, str]:
    """Digests of what a scanner is built from, read as bytes without building it: its code,
    the lexicon files, the model's files and the settings as given; and one `digest` of all.
    Equal inputs build an equal scanner, so the identity a scan recorded for them
    (`ResultCache.remember`) is reused and a scan whose every file is cached never loads
    lexicons, spaCy or the model; a distributed sweep compares them between client and
    workers. `known`: the files' digests as last read (`file_sha256`), kept up to date."""
    parts = {"code": code_digest(known)}
    folders = (("lexicons", config.lexicon_dir, "*.toml"), ("model", config.model_dir, "*"))
    for name, folder, pattern in folders:
        digest = hashlib.sha256()
        for path in sorted(Path(folder).glob(pattern)):
            if path.is_file():
                digest.update(str(path.name).encode() + b"\0" + file_sha256(path, known))
        parts[name] = digest.hexdigest()
    settings = {
        "thresholds": dataclasses.asdict(config.thresholds),
        "limits": {k: v for k, v in dataclasses.asdict(config.limits).items() if k != "max_seconds"},
        "use_model": config.use_model,
        "review_from_model": config.review_from_model,
        "quick": config.quick,
    }
    parts["settings"] = hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()
    parts["digest"] = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return parts


def inputs_digest(config, known: FileDigests | None = None) -> str:
    """One digest of `identity_parts`."""
    return identity_parts(config, known)["digest"]


def _evidence(e: dict) -> Evidence:
    return _frozen(
        Evidence,
        text=e["text"],
        category=e["category"],
        location=e["location"],
        rule=e["rule"],
        kind=e["kind"],
        weight=e["weight"],
        snippet=e.get("snippet", ""),
    )


def _identity(item: Item) -> tuple[int, int, int, int, int] | None:
    """Size, times, inode and device of a regular file (anything else, a FIFO or a device, is
    never cached: reading it is the scan's business, with its limits). The walk's own stat of
    the file serves when it has one (a regular file, no link: the same answer, one system call
    fewer a file in a warm sweep)."""
    if item.walked_stat is not None and item.fs_path is not None:
        return _stat_identity(item.walked_stat)
    try:
        st = os.stat(item.fs_path) if item.fs_path is not None else None
    except (OSError, ValueError):
        return None
    if st is None or not stat.S_ISREG(st.st_mode):
        return None
    return _stat_identity(st)


def _stat_identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    """What tells an unchanged file: size, modification time, inode, device, change time."""
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, st.st_ctime_ns)


def _key(text: str) -> bytes:
    """A path as stored: its bytes, so that a name that is not valid UTF-8 (lone surrogates,
    from an old Windows share) is a key like any other."""
    return text.encode("utf-8", "surrogateescape")


def _pending_key(item: Item) -> tuple[bytes, bytes]:
    return _key(item.display), _key(str(item.fs_path))


def _name(item: Item) -> bytes:
    """The file's own name, as its copies are found by (its bytes: not the name shown, which
    two files may share)."""
    return _key(item.fs_path.name if item.fs_path is not None else Path(item.display).name)


def _file_hash(item: Item, size: int) -> str | None:
    if size > HASH_LIMIT:
        return None
    try:
        with item.open() as handle:
            digest = hashlib.sha256()
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
            return digest.hexdigest()
    except OSError:
        return None


def _encode(verdicts: list[Verdict]) -> str:
    """A file's verdicts as stored: one line each, after a one-letter tag. `v`: the verdict's
    kind and summary facts, then its JSON line (`Verdict.json_line`, kept on the verdict for the
    report) as a JSON Lines report writes it (JSON escapes tabs and newlines inside strings, so
    neither occurs in a line); `a`: the JSON ASCII-escaped, for a text SQLite cannot hold as
    UTF-8 (a lone surrogate from a file name in no encoding), or for a verdict with a waiver
    (verdicts are stored before waivers apply: not expected), whose lines are not reused."""
    lines = [v.json_line() for v in verdicts]
    for v, line in zip(verdicts, lines, strict=True):
        v.__dict__[JSON_LINE] = line
    body = "\n".join(
        f"{v.verdict}\t{_stored_facts(v)}\t{line}" for v, line in zip(verdicts, lines, strict=True)
    )
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:
        body = ""
    if not body or any(v.waiver is not None for v in verdicts):
        return _sealed("a", "\n".join(json.dumps(v.to_dict()) for v in verdicts))
    return _sealed("v", body)


def _sealed(tag: str, body: str) -> str:
    """`tag`, the CRC-32 of `body` (8 hexadecimal digits), `body`: a `v` line is reported as
    stored, undecoded, so a byte changed on disk would reach the report (a bit flip inside
    a string is still valid JSON shape) unless the entry is checked."""
    return f"{tag}{zlib.crc32(body.encode('utf-8', 'surrogatepass')):08x}{body}"


def _decode(blob: str) -> list[Verdict]:
    tag, crc, body = blob[0], blob[1:9], blob[9:]
    if not body or f"{zlib.crc32(body.encode('utf-8', 'surrogatepass')):08x}" != crc:
        raise ValueError("a damaged entry")
    if tag == "v":
        return [_cached(line) for line in body.split("\n")]
    if tag != "a":
        raise ValueError("not a stored verdict list")
    return [verdict_from_dict(json.loads(line)) for line in body.split("\n")]


def _cached(stored: str) -> CachedVerdict:
    """A stored line, `kind TAB facts TAB json-line`, checked for shape (a damaged entry is a
    miss) and left undecoded."""
    kind, facts, line = stored.split("\t", 2)
    if (
        kind not in VERDICTS
        or facts not in _FACTS
        or not (line.startswith('{"path": ') and line.endswith("}"))
    ):
        raise ValueError("not a stored verdict")
    v = object.__new__(CachedVerdict)
    v.__dict__.update({"verdict": kind, "waiver": None, JSON_LINE: line, _FACTS_KEY: _FACTS[facts]})
    return v


#: a verdict's `facts` as stored: partly unread, internal error
_FACTS = {"00": (False, False), "10": (True, False), "01": (False, True), "11": (True, True)}
_FACTS_KEY = "_facts"


def _stored_facts(v: Verdict) -> str:
    unread, internal = v.facts()
    return f"{int(unread)}{int(internal)}"


class CachedVerdict(Verdict):
    """A verdict read back from the cache, decoded only when something other than its kind,
    its summary facts (`Verdict.facts`) or its JSON line is asked for. A warm sweep reports
    each file's stored line and counts it; decoding every line and rebuilding its verdict
    would be a third of the time it spends per file. On first use of any other field the
    line is decoded and the object becomes a plain `Verdict` (its class is swapped), so it
    equals, hashes and replaces like one."""

    def facts(self) -> tuple[bool, bool]:
        known = self.__dict__.get(_FACTS_KEY)
        return known if known is not None else Verdict.facts(self)

    def __eq__(self, other: object) -> bool:
        return _decoded(self) == other

    def __hash__(self) -> int:
        return hash(_decoded(self))


def _decoded(v: Verdict) -> Verdict:
    """`v`, a `CachedVerdict`, decoded in place into a plain `Verdict`."""
    if type(v) is CachedVerdict:
        full = verdict_from_dict(json.loads(v.__dict__[JSON_LINE]))
        v.__dict__.update(full.__dict__)
        object.__setattr__(v, "__class__", Verdict)
    return v


def _lazy_field(name: str) -> property:
    def get(self: Verdict):
        try:
            return self.__dict__[name]
        except KeyError:
            return _decoded(self).__dict__[name]

    def set_(self: Verdict, value) -> None:  # the dataclass __init__ of `replace`
        self.__dict__[name] = value

    return property(get, set_)


for _field in dataclasses.fields(Verdict):
    setattr(CachedVerdict, _field.name, _lazy_field(_field.name))


def _renamed(verdicts: list[Verdict], old: str, new: str) -> list[Verdict]:
    """Verdicts of a file found under another path, with that path (and its members'), in the
    paths and in the reasons and errors that name a member (`old.zip!a.txt: …`)."""
    out = []
    named = re.compile(r"(?<!\S)" + re.escape(old + "!"))
    for v in verdicts:
        path = new + v.path[len(old) :] if v.path == old or v.path.startswith(old + "!") else v.path
        if path == v.path:
            out.append(v)
            continue
        reasons = tuple(named.sub(lambda _m: new + "!", r) for r in v.reasons)
        error = named.sub(lambda _m: new + "!", v.error) if v.error else v.error
        out.append(dataclasses.replace(v, path=path, reasons=reasons, error=error))
    return out


class ResultCache:
    """`key`: the scanner's (`scanner_key`); it may be set after opening, once known."""

    def __init__(self, path: Path, key: str = "") -> None:
        self.path = path
        self.key = key
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("pragma journal_mode=wal")
        self._db.execute("pragma synchronous=normal")
        self._db.executescript(_SCHEMA)
        self.hits = 0
        #: (display, real path) -> identity, hash and name, for `store`: two files may be shown
        #: under one path (a name in no encoding beside one that reads the same), never read
        #: from one
        self._pending: dict[tuple[bytes, bytes], tuple] = {}

    def lookup(self, item: Item) -> list[Verdict] | None:
        """The cached verdicts of `item`, or None (then `store` is expected after the scan)."""
        if item.fs_path is None or item.skipped or item.problem:
            return None
        ident = _identity(item)
        if ident is None:
            return None
        try:
            row = self._db.execute(
                "select size, mtime_ns, ino, dev, ctime_ns, verdicts from files "
                "where display = ? and fs_path = ? and scanner_key = ?",
                (_key(item.display), _key(str(item.fs_path)), self.key),
            ).fetchone()
        except (sqlite3.Error, UnicodeError, ValueError):
            return None
        if row is not None and tuple(row[:5]) == ident:
            found = self._hit(row[5])
            if found is not None:
                return found
        return self._elsewhere(item, ident)

    def _elsewhere(
        self, item: Item, ident: tuple, twins: set[tuple[bytes, int]] | None = None
    ) -> list[Verdict] | None:
        """The verdicts of a copy of `item` (not cached under its own path and stat): the same
        content under the same name. `twins`: the (name, size) pairs the cache holds, where
        already asked for a batch of items."""
        name = _name(item)
        try:
            # a copy of a cached file has its name and size: only then is the file read here to
            # hash it (a cold sweep reads each file once, in its worker, not twice)
            if twins is not None:
                twin = (name, ident[0]) in twins
            else:
                twin = (
                    self._db.execute(
                        "select 1 from files where name = ? and size = ? and scanner_key = ? limit 1",
                        (name, ident[0], self.key),
                    ).fetchone()
                    is not None
                )
            sha = _file_hash(item, ident[0]) if twin else None
            self._pending[_pending_key(item)] = (ident, sha, name)
            if sha is None:
                return None
            row = self._db.execute(
                "select display, verdicts from files "
                "where sha256 = ? and name = ? and scanner_key = ? limit 1",
                (sha, name, self.key),
            ).fetchone()
        except (sqlite3.Error, UnicodeError, ValueError):
            return None
        if row is None:
            return None
        verdicts = self._hit(row[1], count=False)
        if verdicts is None:
            return None
        old = bytes(row[0]).decode("utf-8", "surrogateescape")
        verdicts = _renamed(verdicts, old, item.display)
        self.store(item, verdicts)  # now known under this path and stat too (pops _pending)
        self.hits += 1
        return verdicts

    def lookup_many(self, items: list[Item]) -> list[list[Verdict] | None]:
        """`lookup` of each of `items`, its queries made once for them all: a warm sweep asks
        SQLite once a batch, not once a file, and a cold one twice (its own path, then copies
        by name and size), not twice a file."""
        idents = [
            _identity(item) if item.fs_path is not None and not item.skipped and not item.problem else None
            for item in items
        ]
        displays = [_key(i.display) for i, ident in zip(items, idents, strict=True) if ident is not None]
        rows: dict[tuple[bytes, bytes], tuple] = {}
        if displays:
            try:
                for row in self._db.execute(
                    "select display, fs_path, size, mtime_ns, ino, dev, ctime_ns, verdicts from files "
                    f"where scanner_key = ? and display in ({','.join('?' * len(displays))})",
                    (self.key, *displays),
                ):
                    rows[(bytes(row[0]), bytes(row[1]))] = row
            except (sqlite3.Error, UnicodeError, ValueError):
                return [
                    self.lookup(item) if ident is not None else None
                    for item, ident in zip(items, idents, strict=True)
                ]
        out: list[list[Verdict] | None] = []
        missed: list[tuple[int, Item, tuple]] = []
        for item, ident in zip(items, idents, strict=True):
            if ident is None:
                out.append(None)  # what `lookup` says of it
                continue
            row = rows.get((_key(item.display), _key(str(item.fs_path))))
            verdicts = self._hit(row[7]) if row is not None and tuple(row[2:7]) == ident else None
            if verdicts is None:
                missed.append((len(out), item, ident))
            out.append(verdicts)
        if missed:
            twins = self._twins([(_name(item), ident[0]) for _, item, ident in missed])
            for at, item, ident in missed:
                out[at] = self._elsewhere(item, ident, twins)
        return out

    def _twins(self, pairs: list[tuple[bytes, int]]) -> set[tuple[bytes, int]] | None:
        """Which of the (name, size) pairs the cache holds a file of (None: not known)."""
        names = list(dict.fromkeys(name for name, _ in pairs))
        try:
            return {
                (bytes(name), size)
                for name, size in self._db.execute(
                    "select name, size from files "
                    f"where scanner_key = ? and name in ({','.join('?' * len(names))})",
                    (self.key, *names),
                )
            }
        except (sqlite3.Error, UnicodeError, ValueError, TypeError):  # TypeError: a name not stored as bytes
            return None

    def _hit(self, blob: str, count: bool = True) -> list[Verdict] | None:
        try:
            verdicts = _decode(blob)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None  # damaged: scanned again
        if count:
            self.hits += 1
        return verdicts

    def store(self, item: Item, verdicts: list[Verdict]) -> None:
        if item.fs_path is None or not verdicts or _pending_key(item) not in self._pending:
            return  # not looked up, or found in the cache: nothing new to keep
        if any(v.verdict == "error" and (v.error or "").startswith(_RETRY) for v in verdicts):
            # not a property of the file (`_RETRY`), so it is scanned again next time
            return
        ident, sha, name = self._pending.pop(_pending_key(item), (None, None, _name(item)))
        ident = ident or _identity(item)
        if ident is None:
            return
        # the content hash for later copies: the scan's own (a document's verdict carries it);
        # read here only for what has none (a container, a file that could not be read)
        sha = sha or verdicts[0].sha256 or _file_hash(item, ident[0])
        blob = _encode(verdicts)
        with contextlib.suppress(sqlite3.Error, UnicodeError, ValueError):
            self._db.execute(
                "insert or replace into files values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_key(item.display), _key(str(item.fs_path)), self.key, *ident, sha, name, blob),
            )

    def identity(self, inputs: str) -> dict | None:
        """What a scanner built from `inputs` (`inputs_digest`) was, as `remember` kept it."""
        try:
            row = self._db.execute("select identity from scanners where inputs = ?", (inputs,)).fetchone()
            found = json.loads(row[0]) if row is not None else None
        except (sqlite3.Error, ValueError):
            return None
        return found if isinstance(found, dict) else None

    def remember(self, inputs: str, identity: dict) -> None:
        """Kept only once a scanner was built from `inputs` without error: an identity found
        here vouches that its lexicons and model load."""
        with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
            self._db.execute(
                "insert or replace into scanners values (?, ?)",
                (inputs, json.dumps(identity, sort_keys=True)),
            )

    def inputs_digest(self, config) -> str:
        """`inputs_digest` of `config`, reading only the scanner's own files whose stat changed
        since a scan last read them (`file_sha256`); what it read anew is recorded."""
        try:
            rows = self._db.execute(
                "select path, size, mtime_ns, ino, dev, ctime_ns, sha256 from file_digests"
            ).fetchall()
        except sqlite3.Error:
            rows = []
        before: FileDigests = {bytes(r[0]).decode("utf-8", "surrogateescape"): tuple(r[1:]) for r in rows}  # type: ignore[misc]
        known = dict(before)
        digest = inputs_digest(config, known)
        changed = [(_key(path), *value) for path, value in known.items() if before.get(path) != value]
        with contextlib.suppress(sqlite3.Error, UnicodeError, ValueError):
            self._db.executemany("insert or replace into file_digests values (?, ?, ?, ?, ?, ?, ?)", changed)
        return digest

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error, UnicodeError, ValueError):
            self._db.close()
