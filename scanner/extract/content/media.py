"""Audio and video: ID3 tags and bare MP3 frames, ISO media (`ftyp`) brands, Ogg (Theora or
not), FLAC, ASF (WMA/WMV), Matroska/WebM."""

from __future__ import annotations

from scanner.extract.content.fields import u32be


def id3(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 10 and head[3] in (2, 3, 4) and head[4] != 0xFF and all(b < 0x80 for b in head[6:10])


_MP3_KBPS = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2
    0: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2.5
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mp3_frame(b: bytes, pos: int) -> int:
    """The length of the MPEG audio layer III frame at `pos`, or 0."""
    if pos + 4 > len(b) or b[pos] != 0xFF or b[pos + 1] & 0xE0 != 0xE0:
        return 0
    version, layer = (b[pos + 1] >> 3) & 3, (b[pos + 1] >> 1) & 3
    rate_index, sample_index, padding = b[pos + 2] >> 4, (b[pos + 2] >> 2) & 3, (b[pos + 2] >> 1) & 1
    if version == 1 or layer != 1 or rate_index in (0, 15) or sample_index == 3:
        return 0
    factor = 144_000 if version == 3 else 72_000
    return factor * _MP3_KBPS[version][rate_index] // _MP3_RATES[version][sample_index] + padding


def mp3_frames(head: bytes, data: bytes | None) -> bool:
    """MP3 without a tag: a frame header, and another one where the first frame ends."""
    first = _mp3_frame(head, 0)
    return first > 0 and _mp3_frame(head, first) > 0


_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_VIDEO_BRANDS = {
    *(b"iso" + bytes([c]) for c in b"m23456"),
    *(b"mp4" + bytes([c]) for c in b"12v"),
    *(b"avc" + bytes([c]) for c in b"1234"),
    b"qt  ",
    b"M4V ",
    b"M4VH",
    b"M4VP",
    *(b"3gp" + bytes([c]) for c in b"456789"),
    *(b"3g2" + bytes([c]) for c in b"abc"),
    b"3ge6",
    b"3ge7",
    b"3gg6",
    b"dash",
    b"f4v ",
    b"F4V ",
    b"F4P ",
    b"mmp4",
    b"MSNV",
    b"XAVC",
    b"NDAS",
    b"NDSC",
    b"NDSH",
    b"NDSM",
    b"NDSP",
    b"NDSS",
    b"NDXC",
    b"NDXH",
    b"NDXM",
    b"NDXP",
    b"NDXS",
    b"cmfc",
    b"cmfs",
}


def _ftyp_brands(head: bytes) -> tuple[bytes, set[bytes]]:
    """An ISO media file's major brand and compatible brands (empty when the box is not sane:
    HEIF/AVIF pictures share the box, with their own brands, and are not named here)."""
    size = u32be(head, 0)
    if not 16 <= size <= 1024 or size % 4:
        return b"", set()
    box = head[8:size]
    return box[:4], {box[i : i + 4] for i in range(8, len(box) - 3, 4)}


def ftyp_audio(head: bytes, data: bytes | None) -> bool:
    major, compatible = _ftyp_brands(head)
    return major in _AUDIO_BRANDS or (major in _VIDEO_BRANDS and b"M4A " in compatible)


def ftyp_video(head: bytes, data: bytes | None) -> bool:
    major, compatible = _ftyp_brands(head)
    return major in _VIDEO_BRANDS and b"M4A " not in compatible


def ogg_video(head: bytes, data: bytes | None) -> bool:
    return b"\x80theora" in head[:512] or b"\x01video" in head[:512]


def ogg_audio(head: bytes, data: bytes | None) -> bool:
    return not ogg_video(head, data)


def flac(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 8 and head[4] & 0x7F == 0 and head[5:8] == b"\x00\x00\x22"  # STREAMINFO


ASF = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c")
_ASF_VIDEO_STREAM = bytes.fromhex("c0ef19bc4d5bcf11a8fd00805f5c442b")


def asf_video(head: bytes, data: bytes | None) -> bool:
    return _ASF_VIDEO_STREAM in head


def asf_audio(head: bytes, data: bytes | None) -> bool:
    return _ASF_VIDEO_STREAM not in head


def matroska(head: bytes, data: bytes | None) -> bool:
    return b"matroska" in head[:64] or b"webm" in head[:64]
