"""Open containers in memory and hand out their members: zip, tar, gzip/bzip2/xz streams and
e-mail messages (RFC 5322, any charset, nested messages, attachments; Outlook's own formats,
.msg and TNEF, in `_outlook` and `tnef`).

Nothing is ever written to disk. Limits in the spirit of ClamAV's scan limits keep hostile
input bounded: members per container, bytes per member and per container, compression ratio
and nesting depth are all capped, and each refusal is a member with a precise reason.
"""

from __future__ import annotations

import bz2
import dataclasses
import email
import email.policy
import io
import itertools
import lzma
import re
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from scanner.config import Limits
from scanner.crawl import mailparts
from scanner.types import Skip


@dataclass(frozen=True)
class Member:
    name: str  # the member's path inside the container
    data: bytes | None
    problem: str | None = None  # set when the member could not (or must not) be read
    note: str | None = None  # set for metadata that is not a document (listed as clear)
    skip: Skip | None = None  # members not listed at all (past the member limit): one record


@dataclass(frozen=True)
class Message:
    """An e-mail's own text: headers and bodies, scanned as the message itself. `headers`: how
    many of its first lines are header lines (From, To, Cc, Date, Subject), so that a finding is
    placed as "header, line 5" or "body, line 3", not by a line of the headers and bodies run
    together that no mail program shows."""

    text: str
    headers: int = 0


class ContainerError(Exception):
    """The container itself could not be opened."""


def expand(file_type: str, name: str, data: bytes, limits: Limits) -> Iterator[Member | Message]:
    """The container's members, each under a name of its own (`unique_names`)."""
    yield from unique_names(_members(file_type, name, data, limits), _listed_names(file_type, data))


def _listed_names(file_type: str, data: bytes) -> frozenset[str]:
    """The member names an archive lists, read from its directory before its members are
    handed out, so that a copy's name never takes one a later member really has."""
    try:
        if file_type == "zip":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return frozenset(zip_name(i) for i in zf.infolist())
        if file_type == "tar":
            with tarfile.open(fileobj=io.BytesIO(data)) as tf:
                return frozenset(tf.getnames())
    except Exception:  # the archive's own reader says what is wrong with it
        pass
    return frozenset()


def unique_names(
    members: Iterator[Member | Message], listed: frozenset[str] = frozenset()
) -> Iterator[Member | Message]:
    """Members whose names are unique in their container: an archive may hold two entries of
    one name, and an e-mail two attachments called image001.png. The second of a name is
    listed as `name (2).ext` (as a file manager names a copy), the third `name (3).ext`, and so
    on past any name already taken or `listed` (the names the archive's directory holds), so that
    every member has its own line in a report, its own cache and baseline key, and `explain` can
    name it."""
    taken: set[str] = set(listed)
    seen: set[str] = set()
    for member in members:
        if isinstance(member, Message) or member.skip is not None:
            yield member
            continue
        name = member.name
        if name in seen:
            name = _copy_name(member.name, taken)
            member = dataclasses.replace(member, name=name)
        seen.add(name)
        taken.add(name)
        yield member


def _copy_name(name: str, taken: set[str]) -> str:
    folder, _, base = name.rpartition("/")
    stem, dot, ext = base.rpartition(".")
    if not stem:  # no extension (or a dot file such as .profile)
        stem, dot, ext = base, "", ""
    k = 2
    while True:
        copy = f"{folder}{'/' if folder else ''}{stem} ({k}){dot}{ext}"
        if copy not in taken:
            return copy
        k += 1


def _members(file_type: str, name: str, data: bytes, limits: Limits) -> Iterator[Member | Message]:
    if file_type == "zip":
        yield from _zip(data, limits)
    elif file_type == "tar":
        yield from _tar(data, limits)
    elif file_type in ("gzip", "bzip2", "xz"):
        yield from _stream(file_type, name, data, limits)
    elif file_type == "email":
        yield from _email(data, limits)
    elif file_type == "msg":
        yield from _outlook(data, limits)
    elif file_type == "7z":
        yield from _sevenzip(data, limits)
    elif file_type == "rar":
        yield from _rar(data, limits)
    elif file_type == "pkcs7-signed":
        yield from _signed(data, limits)
    elif file_type == "tnef":
        from scanner.crawl.tnef import tnef_members

        yield from tnef_members(data, limits)
    else:  # pragma: no cover - the registry only sends container types here
        raise ContainerError(f"not a container: {file_type}")


def unsafe_name(name: str) -> str | None:
    """Why a member name is hostile, if it is: absolute, or climbing out with `..`."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or (len(name) > 1 and name[1] == ":"):
        return f"absolute member path {name!r}"
    if ".." in path.parts:
        return f"path-traversal member name {name!r}"
    return None


class _Budget:
    """What one container may still extract: members and bytes."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.members = 0
        self.bytes = 0

    @property
    def full(self) -> bool:
        return self.members >= self.limits.max_members

    def rest(self, remaining: int) -> Member:
        """One record for every member past the member limit, instead of one line each."""
        first = self.members + 1
        where = f"members {first}–{first + remaining - 1}" if remaining > 1 else f"member {first}"
        return Member(
            "",
            None,
            skip=Skip(
                "limit", where, f"not read: member limit reached ({self.limits.max_members} per container)"
            ),
        )

    def __call__(self, size: int) -> str | None:
        self.members += 1
        if size > self.limits.max_member_bytes:
            return f"member too large: {size} bytes (limit {self.limits.max_member_bytes})"
        if self.bytes + size > self.limits.max_container_bytes:
            return f"container extraction limit reached ({self.limits.max_container_bytes} bytes)"
        self.bytes += size
        return None


def _refusal(
    name: str,
    size: int,
    packed: int,
    limits: Limits,
    take,
    encrypted: bool = False,
    link: bool = False,
) -> Member | None:
    """The member as listed without being read, if it must not be read: a hostile name, a
    password, a link, a bomb's compression ratio, or a limit of the container's budget (`take`).
    None when it may be read."""
    problem = unsafe_name(name)
    if not problem and encrypted:
        problem = "encrypted archive member: a password is needed to read it"
    if not problem and link:
        problem = "link member not followed"
    ratio = size / max(packed, 1)
    if not problem and size > 1_000_000 and ratio > limits.max_ratio:
        problem = f"compression ratio {ratio:.0f}:1 exceeds the limit {limits.max_ratio}:1 (zip bomb?)"
    problem = problem or take(size)
    return Member(name, None, problem) if problem else None


def zip_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as its maker wrote it. A name without the UTF-8 flag (bit 11) is
    decoded by zipfile as CP437, the format's old default; but Info-ZIP on Linux writes UTF-8
    without the flag, and Windows in Chinese writes GBK: 稀土工艺.txt read as CP437 is
    'τ¿Çσ£ƒ…', which no one can find or explain by name. The name's bytes are decoded as
    UTF-8, else GB18030, else left as CP437 (a DOS name with accents, whose bytes neither
    decodes)."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:  # not zipfile's CP437 reading (set by hand): leave it
        return name
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _zip(data: bytes, limits: Limits) -> Iterator[Member]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ContainerError(f"corrupt zip archive: {exc}") from exc
    take = _Budget(limits)
    overlap = _overlapping(infos)
    if overlap:
        zf.close()
        raise ContainerError(f"zip members overlap ({overlap}): a decompression bomb, not read")
    with zf:
        # a folder entry holds nothing; one that holds data (a crafted "docs/") is read
        files = [i for i in infos if not i.is_dir() or i.file_size]  # jar stores empty ones deflated
        first = min((i.header_offset for i in infos), default=0)
        if first > 0 and data[:first].strip(b"\0"):
            # bytes before the first member (a self-extracting stub, or a file put in front)
            yield _outside_members(LEADING, data[:first], limits)
        for index, info in enumerate(files):
            if take.full:
                yield take.rest(len(files) - index)
                break
            name = zip_name(info)
            # hostile as zipfile reads it, or as it is shown: GB18030 takes a backslash after a
            # lead byte as half a character ('ü\\..\\x' read as '乗..\\x')
            hostile = unsafe_name(info.filename) if name != info.filename else None
            if hostile:
                yield Member(name, None, hostile)
                continue
            refusal = _refusal(
                name, info.file_size, info.compress_size, limits, take, bool(info.flag_bits & 0x1)
            )
            if refusal:
                yield refusal
                continue
            try:
                with zf.open(info) as handle:
                    body = handle.read(limits.max_member_bytes + 1)
            except (
                zipfile.BadZipFile,
                OSError,
                ValueError,
                EOFError,
                NotImplementedError,
                RuntimeError,
                zlib.error,
            ) as exc:
                yield Member(name, None, f"unreadable archive member: {exc}")
                continue
            if len(body) > limits.max_member_bytes:
                yield Member(name, None, "member larger than its header says (limit reached)")
                continue
            yield Member(name, body)


def _overlapping(infos: list[zipfile.ZipInfo]) -> str | None:
    """Two members whose data overlap (a non-recursive zip bomb: a hundred entries pointing at
    one compressed block, each read in full), named; None when each member's data is its own.
    A member's data lies after its 30-byte local header (and its name and extra field, whose
    lengths the local header alone gives: left out, so that no honest archive is taken for one)."""
    spans = sorted(
        (i.header_offset, i.header_offset + 30 + i.compress_size, i.filename)
        for i in infos
        if i.compress_size or i.file_size
    )
    for (_, end, name), (next_start, _, next_name) in itertools.pairwise(spans):
        if next_start < end:
            return f"{name!r} and {next_name!r}"
    return None


def _sevenzip(data: bytes, limits: Limits) -> Iterator[Member]:
    """7-Zip archives with py7zr, in memory. Solid archives decompress in one pass, so the
    members to read are chosen first and extracted together, within the container limit."""
    import py7zr
    from py7zr.io import BytesIOFactory

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(data), max_extract_size=limits.max_container_bytes)
        infos = archive.list()
    except py7zr.PasswordRequired as exc:
        raise ContainerError("encrypted 7z archive (names encrypted too): a password is needed") from exc
    except Exception as exc:  # py7zr raises many kinds of error on damaged archives
        raise ContainerError(f"corrupt 7z archive: {type(exc).__name__}: {exc}") from exc
    take = _Budget(limits)
    wanted: list[str] = []
    refused: list[Member] = []
    with archive:
        encrypted = archive.needs_password()
        files = [i for i in infos if not i.is_directory]
        for index, info in enumerate(files):
            if take.full:
                refused.append(take.rest(len(files) - index))
                break
            # solid archives give no per-member packed size: the whole archive stands for it
            refusal = _refusal(
                info.filename, info.uncompressed or 0, len(data), limits, take, encrypted, info.is_symlink
            )
            if refusal is None:
                wanted.append(info.filename)
            else:
                refused.append(refusal)
        yield from refused
        if not wanted:
            return
        factory = BytesIOFactory(limits.max_member_bytes + 1)
        try:
            archive.extract(targets=wanted, factory=factory)
        except Exception as exc:
            for name in wanted:
                yield Member(name, None, f"unreadable archive member: {type(exc).__name__}: {exc}")
            return
    for name in wanted:
        product = factory.products.get(name)
        if product is None:
            yield Member(name, None, "member not found when extracting")
            continue
        product.seek(0)
        body = product.read()
        if len(body) > limits.max_member_bytes:
            yield Member(name, None, "member larger than its header says (limit reached)")
        else:
            yield Member(name, body)


def _rar(data: bytes, limits: Limits) -> Iterator[Member]:
    """RAR archives with rarfile, which decompresses through the `unar` (or `unrar`, `7z`,
    `bsdtar`) program; the archive is handed to it in a private folder that is always removed."""
    import rarfile

    from scanner.extract.external import private_folder

    with private_folder("scanner-rar-") as folder:
        path = folder / "archive.rar"
        path.write_bytes(data)
        try:
            archive = rarfile.RarFile(str(path))
            infos = archive.infolist()
        except rarfile.PasswordRequired as exc:
            raise ContainerError("encrypted RAR archive (names encrypted too): a password is needed") from exc
        except (rarfile.Error, OSError, ValueError, EOFError) as exc:
            raise ContainerError(f"corrupt RAR archive: {exc}") from exc
        if not infos and len(data) > 64:  # rarfile lists nothing, silently, from damaged headers
            raise ContainerError("corrupt RAR archive: no member could be listed")
        take = _Budget(limits)
        with archive:
            files = [i for i in infos if not i.is_dir()]
            for index, info in enumerate(files):
                if take.full:
                    yield take.rest(len(files) - index)
                    break
                name = info.filename
                refusal = _refusal(
                    name,
                    info.file_size or 0,
                    info.compress_size or 0,
                    limits,
                    take,
                    info.needs_password(),
                    info.is_symlink(),
                )
                if refusal:
                    yield refusal
                    continue
                try:
                    with archive.open(info) as handle:
                        body = handle.read(limits.max_member_bytes + 1)
                except rarfile.RarCannotExec as exc:
                    yield Member(name, None, f"RAR member not read: no RAR tool installed (unar): {exc}")
                    continue
                except (rarfile.Error, OSError, ValueError, EOFError) as exc:
                    yield Member(name, None, f"unreadable archive member: {exc}")
                    continue
                yield Member(name, body)


def _tar(data: bytes, limits: Limits) -> Iterator[Member]:
    take = _Budget(limits)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
            for info in tf:
                if info.isdir():
                    continue
                if take.full:
                    yield take.rest(1 + sum(1 for i in tf if not i.isdir()))
                    break
                name = info.name
                problem = unsafe_name(name)
                if not problem and (info.issym() or info.islnk()):
                    problem = f"link member not followed (-> {info.linkname})"
                elif not problem and not info.isfile():
                    problem = "special member (device or FIFO) not read"
                if not problem:
                    problem = take(info.size)
                if problem:
                    yield Member(name, None, problem)
                    continue
                handle = tf.extractfile(info)
                yield Member(name, handle.read(limits.max_member_bytes + 1) if handle else b"")
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        yield Member("(archive)", None, f"corrupt tar archive: {exc}")


#: streams read of one compressed file at most (pbzip2 writes one a 900 kB block: about 300
#: in a file at the size limit)
MAX_STREAMS = 10_000
_NOT_ZERO = re.compile(rb"[^\0]")
#: how each compressed stream begins (a file may hold several: `cat a.gz b.gz`, pbzip2)
_STREAM_MAGIC = {"gzip": b"\x1f\x8b", "bzip2": b"BZh", "xz": b"\xfd7zXZ\x00"}
#: the name of what follows a container's last stream, or comes before a zip's first member:
#: read as a file of its own, so that nothing in the file passes unread
TRAILING = "(bytes after the compressed data)"
#: what of a compressed file could not be decompressed (cut short, corrupt), after what could
UNREAD_REST = "(the rest of the compressed data)"
LEADING = "(bytes before the first member)"


def _outside_members(name: str, data: bytes, limits: Limits) -> Member:
    """Bytes of a container outside every member, as a member of their own, within the member
    size limit like any other."""
    if len(data) > limits.max_member_bytes:
        return Member(name, None, f"member too large: {len(data)} bytes (limit {limits.max_member_bytes})")
    return Member(name, data)


def _decompressor(kind: str):
    if kind == "gzip":
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if kind == "bzip2":
        return bz2.BZ2Decompressor()
    return lzma.LZMADecompressor()


def _stream(kind: str, name: str, data: bytes, limits: Limits) -> list[Member]:
    """The decompressed data of a gzip, bzip2 or xz file: every stream of it, one after the
    other, as `gzip -d` gives them (appended logs, parallel compressors); bytes after the last
    stream that are no stream and not zero padding are a member of their own (`TRAILING`)."""
    inner = PurePosixPath(name.rsplit("!", 1)[-1]).name
    for suffix in (".gz", ".tgz", ".bz2", ".xz", ".z"):
        if inner.lower().endswith(suffix):
            inner = inner[: -len(suffix)] + (".tar" if suffix == ".tgz" else "")
            break
    else:
        inner = inner + ".out"
    # a ratio limit only matters for large outputs: small tar files are mostly zero padding
    cap = min(limits.max_member_bytes, max(1_000_000, len(data) * limits.max_ratio))
    parts: list[bytes] = []
    size = 0
    pos = 0  # where the next stream begins
    view = memoryview(data)
    streams = 0
    problem = None
    try:
        while True:
            streams += 1
            if streams > MAX_STREAMS:
                problem = f"more than {MAX_STREAMS} {kind} streams: the rest not read"
                break
            d = _decompressor(kind)
            # fed a growing piece at a time, so that a stream's end is found without copying
            # what follows it (a file of a million empty streams took hours)
            chunk = 4096
            while not d.eof and pos < len(view):
                piece = view[pos : pos + chunk]
                part = d.decompress(piece, cap + 1 - size)
                parts.append(part)
                size += len(part)
                if size > cap:
                    limit = f"ratio limit {limits.max_ratio}:1 or member limit"
                    return [Member(inner, None, f"decompressed size exceeds {cap} bytes ({limit})")]
                pos += len(piece) - len(d.unused_data) if d.eof else len(piece)
                chunk = min(chunk * 2, 1 << 20)
            if not d.eof:
                problem = f"corrupt {kind} stream: it ends before its end (truncated)"
                break
            after = _NOT_ZERO.search(data, pos)  # zero padding between streams (xz) or after
            if after is None:
                break
            pos = after.start()
            if not data.startswith(_STREAM_MAGIC[kind], pos):
                body = b"".join(parts)
                return [Member(inner, body), _outside_members(TRAILING, data[pos:], limits)]
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError) as exc:
        problem = f"corrupt {kind} stream: {exc}"
    body = b"".join(parts)
    if problem is None:
        return [Member(inner, body)]
    # what was read is scanned; the rest is a member that could not be read, saying why
    rest = Member(UNREAD_REST, None, problem)
    return [Member(inner, body), rest] if body else [Member(inner, None, problem)]


def _mbox(data: bytes) -> list[bytes] | None:
    """The messages of an mbox file (each starts with a "From " line), or None for one
    message."""
    if not data.startswith(b"From "):
        return None
    starts = [0] + [i + 1 for i in range(len(data) - 5) if data[i] == 10 and data[i + 1 : i + 6] == b"From "]
    if len(starts) < 2:
        return None
    return [data[a:b] for a, b in zip(starts, [*starts[1:], len(data)], strict=True)]


def _email(data: bytes, limits: Limits) -> Iterator[Member | Message]:
    messages = _mbox(data)
    if messages is not None:
        take = _Budget(limits)
        for number, message in enumerate(messages, start=1):
            problem = take(len(message))
            yield Member(f"message-{number}.eml", None if problem else message, problem)
        return
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise ContainerError(f"unreadable e-mail message: {exc}") from exc
    texts: list[str] = []
    for key in ("From", "To", "Cc", "Date", "Subject"):
        value = msg.get(key)
        if value:
            texts.append(f"{key}: {value}")
    headers = len("\n".join(texts).splitlines())
    take = _Budget(limits)
    count = 0  # attachments without a name: attachment-N
    unnamed = 0  # other parts without a name (an inline image, a bare CSV): part-N.ext
    sealed: set[int] = set()  # the parts inside an encrypted multipart
    for part in msg.walk():
        if id(part) in sealed:
            continue
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == "multipart/encrypted":  # PGP/MIME: what it holds cannot be read
                sealed.update(id(p) for p in part.walk())
                unnamed += 1
                yield Member(f"part-{unnamed}.pgp", None, mailparts.ENCRYPTED)
                continue
            try:
                forwarded = mailparts.encoded_message(part)
            except Exception as exc:  # a broken encoding: said, never skipped
                forwarded, count = None, count + 1
                sealed.update(id(p) for p in part.walk())
                yield Member(f"attachment-{count}.eml", None, f"undecodable attached message: {exc}")
                continue
            if forwarded is not None:  # read as the message it is, not as its encoded text
                sealed.update(id(p) for p in part.walk())
                count += 1
                name = part.get_filename() or f"attachment-{count}.eml"
                problem = unsafe_name(name) or take(len(forwarded))
                yield Member(name, None, problem) if problem else Member(name, forwarded)
                continue
            texts.extend(mailparts.outside_parts(part))
            raw = part.get_payload()
            if isinstance(raw, str) and raw.strip():
                # a multipart whose boundary is missing: its parts could not be told apart, so
                # its raw text is read as it is (nothing is left unread)
                texts.append(raw)
            continue
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        encoding = mailparts.transfer_encoding(part)
        body = ctype in ("text/plain", "text/html") and not filename and disposition != "attachment"
        if encoding not in mailparts.KNOWN_ENCODINGS:  # left encoded by the parser: unreadable
            unnamed += 1
            member = filename or mailparts.part_name(ctype, unnamed)
            yield Member(member, None, f"unknown transfer encoding {encoding[:40]!r}: cannot be decoded")
            continue
        if not body:  # an attachment, named or not, inline or not: every part is read
            if filename or disposition == "attachment" or ctype == "message/rfc822":
                if not filename:
                    count += 1
                member = filename or f"attachment-{count}"
            else:
                unnamed += 1
                member = mailparts.part_name(ctype, unnamed)
            try:
                payload = mailparts.payload_bytes(part)
                if payload is None and ctype == "message/rfc822":
                    payload = part.get_payload(0).as_bytes()
            except Exception as exc:
                yield Member(member, None, f"undecodable attachment: {exc}")
                continue
            payload = payload or b""
            if not payload and member.startswith("part-"):
                continue  # an empty part without a name or an attachment's place: nothing sent
            if mailparts.PGP_ARMOUR.encode() in payload[:65536]:
                yield Member(member, None, mailparts.ENCRYPTED)
                continue
            problem = unsafe_name(member) or take(len(payload))
            yield Member(member, None, problem) if problem else Member(member, payload)
            continue
        text = mailparts.part_text(part)
        if mailparts.PGP_ARMOUR in text:  # inline PGP: the armoured block cannot be read
            unnamed += 1
            yield Member(f"part-{unnamed}.pgp", None, mailparts.ENCRYPTED)
        for name, file, problem in mailparts.uuencoded(text):
            problem = problem or unsafe_name(name) or take(len(file or b""))
            yield Member(name, None, problem) if problem else Member(name, file)
        if ctype == "text/html":  # pictures written into the HTML itself are read as parts
            from scanner.extract.datauri import data_uris

            for name, _, file, problem in data_uris(text):
                problem = problem or take(len(file or b""))
                yield Member(name, None, problem) if problem else Member(name, file)
        texts.append(_html_text(text) if ctype == "text/html" else text)
    cut = _truncation(msg, data)
    if cut:
        yield Member("", None, skip=Skip("unreadable", "message", cut))
    broken = mailparts.broken_structure(msg, data)
    if broken:
        yield Member("", None, skip=Skip("unreadable", "message structure", broken))
    yield Message("\n".join(texts), headers)


_BOUNDARY_DEFECTS = {
    "CloseBoundaryNotFoundDefect",
    "StartBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect",
}
_BASE64_DEFECTS = {"InvalidBase64PaddingDefect", "InvalidBase64LengthDefect", "InvalidBase64CharactersDefect"}


def _truncation(msg, data: bytes) -> str | None:
    """Why the message looks cut short, if it does. A missing MIME boundary alone is common in
    sloppy but complete messages; a copy cut short also stops mid-line (in its headers, its
    text) or inside a base64 attachment (bad padding), and then its last part, or whole parts
    after it, are missing."""
    if data.count(b"\x00") > len(data) // 4:  # UTF-16 text: look at its characters, not its bytes
        data = data.replace(b"\x00", b"")
    ends_line = data.endswith((b"\n", b"\r"))
    if b"\n\n" not in data and b"\r\n\r\n" not in data and not ends_line:
        return "the message is truncated (it stops inside its headers)"
    parts = list(msg.walk())
    defects = {type(d).__name__ for p in parts for d in p.defects}
    if not defects & _BOUNDARY_DEFECTS:
        return None
    leaves = [p for p in parts if not p.is_multipart()]
    last = leaves[-1] if leaves else msg
    if str(last.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        try:
            last.get_payload(decode=True)
        except Exception:
            return "the message is truncated (its last part cannot be decoded)"
        if any(type(d).__name__ in _BASE64_DEFECTS for d in last.defects):
            return "the message is truncated (its last attachment's base64 data is cut short)"
        if not ends_line and not data.rstrip().endswith(b"="):
            return "the message is truncated (it stops inside its last attachment)"
        return None
    if not ends_line:
        return "the message is truncated (it stops mid-line, and a MIME boundary is missing)"
    return None


def _html_text(html: str) -> str:
    from scanner.extract.markup import _TextCollector

    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    return "\n".join(chunk for _, chunk in parser.chunks)


def _signed(data: bytes, limits: Limits) -> Iterator[Member]:
    """The content of an opaque-signed message (`smime.p7m`, signedData enclosing it): a MIME
    entity, read as an e-mail; the signature is not checked (that needs the signer's
    certificate chain, and says nothing of what the content is)."""
    from scanner.extract.content.certificates import signed_content

    content = signed_content(data)
    if content is None:
        raise ContainerError("signed data (PKCS#7/CMS) whose enclosed content cannot be taken out")
    problem = _Budget(limits)(len(content))
    yield Member("signed-content.eml", None, problem) if problem else Member("signed-content.eml", content)


def _outlook(data: bytes, limits: Limits) -> Iterator[Member | Message]:
    """Outlook .msg (an OLE2 file) through extract-msg: headers, body, attachments; an
    attached message is handed out as its own .msg member."""
    import logging

    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    try:
        msg = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many types on broken files
        raise ContainerError(f"unreadable Outlook message: {type(exc).__name__}: {exc}") from exc
    try:
        texts = [
            f"{key}: {value}"
            for key, value in (
                ("From", msg.sender),
                ("To", msg.to),
                ("Cc", msg.cc),
                ("Date", msg.date),
                ("Subject", msg.subject),
            )
            if value
        ]
        body = msg.body or ""
        if not body.strip() and getattr(msg, "htmlBody", None):
            raw = msg.htmlBody
            body = _html_text(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw)
        if not body.strip() and getattr(msg, "rtfBody", None):
            from striprtf.striprtf import rtf_to_text  # a body kept only as RTF is read too

            raw = msg.rtfBody
            body = rtf_to_text(raw.decode("latin-1") if isinstance(raw, bytes) else raw, errors="ignore")
        texts.append(body)
        take = _Budget(limits)
        for number, att in enumerate(msg.attachments, start=1):
            name = att.longFilename or att.shortFilename or f"attachment-{number}"
            payload = att.data
            if not isinstance(payload, bytes | bytearray):
                inner = getattr(payload, "exportBytes", None)
                try:
                    payload = inner() if inner else None
                except Exception:
                    payload = None
                if payload is None:
                    yield Member(name, None, "attached message could not be exported")
                    continue
                name = name if name.lower().endswith(".msg") else name + ".msg"
            problem = unsafe_name(name) or take(len(payload))
            yield Member(name, None, problem) if problem else Member(name, bytes(payload))
        yield Message("\n".join(str(t) for t in texts))
    finally:
        msg.close()
