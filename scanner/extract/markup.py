"""HTML and XML: the text between tags, by line. No entity expansion, no network, no DTDs.

CDATA sections are text. Attribute values are read too: in XML every one (MES and control
exports keep their values there: `<step name="Sinter" temp="1060 °C"/>`), in HTML and SVG
those a reader sees (`alt`, `title`, a field's `value` or `placeholder` …), not the layout's."""

from __future__ import annotations

from html.parser import HTMLParser

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment

#: what no reader sees (a mail client runs no script, so it shows `<noscript>`, which is read)
_SKIP = {"script", "style"}
#: HTML and SVG attributes whose values a reader sees (a picture's alt text, a tooltip, a field)
_SHOWN = frozenset({"alt", "title", "aria-label", "placeholder", "label", "summary", "value", "abbr"})
#: XML attributes that are the file's plumbing, not its content
_PLUMBING = ("xmlns", "xsi:", "xml:")
_HTML = ("<!doctype html", "<html", "<svg")


class _TextCollector(HTMLParser):
    def __init__(self, xml: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[int, str]] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False
        self._xml = xml

    def unknown_decl(self, data: str) -> None:
        """`<![CDATA[…]]>`: text as any other."""
        if data.startswith("CDATA[") and not self._skip:
            self.handle_data(data[len("CDATA[") :])

    def _attributes(self, attrs: list[tuple[str, str | None]]) -> None:
        shown = [
            f"{name}: {value.strip()}"
            for name, value in attrs
            if value and value.strip() and (not name.startswith(_PLUMBING) if self._xml else name in _SHOWN)
        ]
        if shown and not self._skip:
            self.chunks.append((self.getpos()[0], " ".join(shown)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            self._attributes(attrs)
        if tag in _SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = dict(attrs)
            key = (values.get("name") or values.get("property") or "").lower()
            if key in {"description", "keywords", "author", "subject"} and values.get("content"):
                self.meta[key] = values["content"] or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False

    def handle_comment(self, data: str) -> None:
        """A comment is not shown, but it is in the file sent: read like the text."""
        if not self._skip and data.strip():
            self.chunks.append((self.getpos()[0], data))

    def handle_data(self, data: str) -> None:
        if self._skip or not data.strip():
            return
        if self._in_title:
            self.meta["title"] = data.strip()
        self.chunks.append((self.getpos()[0], data))


def extract_markup(source: Source) -> Extracted:
    text, encoding = decode_bytes(source.read())
    head = text[:4096].lower()
    xml = not source.name.lower().endswith((".htm", ".html", ".xhtml", ".svg")) and not any(
        mark in head for mark in _HTML
    )
    parser = _TextCollector(xml)
    parser.feed(text)
    parser.close()
    segments = [
        Segment(text=f"{key}: {value}", location=Location(part=f"metadata:{key}"))
        for key, value in parser.meta.items()
    ]
    for line, chunk in parser.chunks:
        for i, piece in enumerate(chunk.splitlines()):
            if piece.strip():
                segments.append(Segment(text=piece.strip(), location=Location(line=line + i)))
    return Extracted(tuple(segments), {"encoding": encoding, **parser.meta})
