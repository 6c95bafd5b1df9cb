"""HTML and XML: the text between tags, by line. No entity expansion, no network, no DTDs.

CDATA sections are text. Attribute values are read too: in XML every one (MES and control
exports keep their values there: `<step name="Sinter" temp="1060 °C"/>`), in HTML and SVG
those a reader sees (`alt`, `title`, a field's `value` or `placeholder` …), not the layout's.

HTML is read as a browser lays it out: the text of inline elements (`<span>`, `<b>`, `<font>`,
a `<wbr>` …) runs on into one line, and a line ends at a block (`<p>`, `<div>`, `<td>`, `<br>`
…). Mail clients split words into spans (`sinter<span lang=EN-US>ing</span>`), and a span per
letter shows one word. What a reader is not shown (an element styled `display:none`, of no size
or white, a `hidden` one, a comment) is read too, as lines of its own: put between the letters
of a word, it would break the word a reader sees."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment, Skip

#: what no reader sees (a mail client runs no script, so it shows `<noscript>`, which is read)
_SKIP = {"script", "style"}
#: HTML and SVG attributes whose values a reader sees (a picture's alt text, a tooltip, a field)
_SHOWN = frozenset({"alt", "title", "aria-label", "placeholder", "label", "summary", "value", "abbr"})
#: XML attributes that are the file's plumbing, not its content
_PLUMBING = ("xmlns", "xsi:", "xml:")
_HTML = ("<!doctype html", "<html", "<svg")


#: elements that end a line where they open and close (anything else runs on in its line)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "iframe",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "optgroup",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
#: elements that never close
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
#: inline style declarations that show nothing: no display, no visibility, no size, white text
_HIDDEN_STYLE = frozenset(
    {
        "display:none",
        "visibility:hidden",
        "mso-hide:all",
        "font-size:0",
        "font-size:0px",
        "font-size:0pt",
        "font-size:0em",
        "color:#fff",
        "color:#ffffff",
        "color:white",
        "opacity:0",
    }
)


def _hides(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes keep a reader from seeing what it holds."""
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value:
            style = "".join(value.lower().split()).replace("!important", "")
            if any(rule in _HIDDEN_STYLE for rule in style.split(";")):
                return True
    return False


class _TextCollector(HTMLParser):
    def __init__(self, xml: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[tuple[int, str]] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False
        self._xml = xml
        #: HTML: the line being laid out (its first chunk's line number, its pieces), the hidden
        #: text met in it, and the open elements that hide what they hold
        self._line: list[str] = []
        self._line_at = 0
        self._hidden: list[str] = []
        self._hidden_at = 0
        self._hiding: list[str] = []

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

    def _flush(self) -> None:
        """HTML: the line laid out so far, then the hidden text met in it, each a chunk."""
        for at, pieces in ((self._line_at, self._line), (self._hidden_at, self._hidden)):
            text = "".join(pieces)
            if text.strip():
                self.chunks.append((at, text))
            pieces.clear()

    def _html_tag(self, tag: str, attrs: list[tuple[str, str | None]] | None) -> None:
        """HTML layout: a block ends the line; an element that hides its content is noted."""
        if tag in _BLOCKS:
            self._flush()
        if attrs is None:  # an end tag
            if tag in self._hiding:
                while self._hiding and self._hiding.pop() != tag:
                    pass
        elif tag not in _VOID and (self._hiding or _hides(attrs)):
            self._hiding.append(tag)

    def close(self) -> None:
        super().close()
        if not self._xml:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._xml:
            self._html_tag(tag, attrs)
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
        if not self._xml:
            self._html_tag(tag, None)
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False

    def handle_comment(self, data: str) -> None:
        """A comment is not shown, but it is in the file sent: read like the text."""
        if self._skip or not data.strip():
            return
        if self._xml:
            self.chunks.append((self.getpos()[0], data))
            return
        if not self._hidden:  # HTML: with the hidden text of its line, after the line
            self._hidden_at = self.getpos()[0]
        self._hidden.append(f" {' '.join(data.splitlines())} ")  # a comment is a unit of its own

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title and data.strip():
            self.meta["title"] = data.strip()
        if self._xml:
            if data.strip():
                self.chunks.append((self.getpos()[0], data))
            return
        # HTML: the text runs on in its line (white space and line breaks in it are spaces)
        pieces = self._hidden if self._hiding else self._line
        if not pieces:
            if not data.strip():
                return
            if self._hiding:
                self._hidden_at = self.getpos()[0]
            else:
                self._line_at = self.getpos()[0]
        pieces.append(" ".join(data.splitlines()) if "\n" in data or "\r" in data else data)


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
    extracted = Extracted(tuple(segments), {"encoding": encoding, **parser.meta})
    gap = glyph_gap(text) if xml else None
    if gap is not None:
        extracted = extracted.plus(gap)
    if "<svg" in head:
        extracted = _outlines(source.read(), text, extracted, source.limits)
    return _with_data_uris(text, extracted, source.limits) if "data:" in text else extracted


#: a drawn shape of an SVG (text exported as outlines is one path a glyph)
_SHAPE = re.compile(r"<(?:\w+:)?(?:path|polygon|polyline)\b")
#: a reference to something outside the file, which a renderer would fetch
#: a reference from an SVG to anything but itself (`#id`) or data written into it (`data:`),
#: looked for after character references are decoded (`&#102;ile:` is `file:` to a renderer)
_OUTSIDE = re.compile(
    r"""(?:href|src)\s*=\s*["']\s*(?!data:|#)[^"'\s]|url\(\s*["']?\s*(?!data:|#)[^)"'\s]|@import|<\?xml-stylesheet|xi:include""",
    re.I,
)


def _outlines(data: bytes, text: str, extracted: Extracted, limits) -> Extracted:
    """An SVG drawn with many shapes and holding almost no text may be text exported as
    outlines (as a PDF page of many paths may be): it is drawn by LibreOffice and read by OCR,
    or recorded as not read."""
    from scanner.extract.pdf import OUTLINE_PATHS

    shapes = len(_SHAPE.findall(text))
    words = sum(
        len(s.text) for s in extracted.segments if not (s.location.part or "").startswith("metadata:")
    )
    if shapes < OUTLINE_PATHS or words >= 20:
        return extracted
    where, why = "drawing", f"{shapes} shapes and no text: text drawn as outlines is not read"
    import html

    if _OUTSIDE.search(html.unescape(text)):
        return extracted.plus(Skip("not-inspected", where, f"{why} (it refers to files outside it)"))
    import io
    import zipfile

    from scanner.extract.embedded import with_embedded_ocr
    from scanner.extract.external import ToolFailed, libreoffice_convert

    try:
        png = libreoffice_convert(data, ".svg", "png", limits.office_timeout_seconds)
    except ToolFailed as exc:
        return extracted.plus(Skip("not-inspected", where, f"{why} ({exc})"))
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("media/drawing.png", png)
    return with_embedded_ocr(package.getvalue(), extracted, limits)


def glyph_gap(text: str) -> Skip | None:
    """What of a fixed-layout page (OFD, XPS) is not read: text drawn from glyph numbers (an
    XPS Glyphs whose UnicodeString is missing, or holds less than half as many characters as
    it draws glyphs)."""
    if "Glyph" not in text and "CGTransform" not in text:
        return None
    drawn = _CG_TRANSFORM.search(text) is not None
    for tag in _GLYPHS.finditer(text):
        indices = _INDICES.search(tag.group())
        if indices is None:
            continue
        unicode = _UNICODE.search(tag.group())
        shown = unicode.group(1).strip().strip("{}") if unicode else ""
        if len(shown) * 2 < len([i for i in indices.group(1).split(";") if i.strip()]):
            drawn = True
            break
    if not drawn:
        return None
    return Skip(
        "not-inspected",
        "glyphs",
        "text drawn from glyph numbers (an OFD page's CGTransform, XPS Glyphs without their "
        "UnicodeString) is not read: the characters shown may not be the text's",
    )


#: a fixed-layout page (OFD, GB/T 33190; XPS) whose text is drawn from a font's glyph numbers
#: rather than written as characters: what a viewer shows is not in the text codes
_CG_TRANSFORM = re.compile(r"<(?:\w+:)?CGTransform\b")
_GLYPHS = re.compile(r"<(?:\w+:)?Glyphs\b[^>]*>")
_INDICES = re.compile(r"\bIndices\s*=\s*[\"']([^\"']*)")
_UNICODE = re.compile(r"\bUnicodeString\s*=\s*[\"']([^\"']*)")


def _with_data_uris(text: str, extracted: Extracted, limits) -> Extracted:
    """The page's pictures written into it as `data:` URIs, read by OCR as a document's
    embedded pictures are; an SVG so written is read as text; a font, a sound or another file
    that holds no document text is left alone; any other file is said unread."""
    import io
    import zipfile

    from scanner.extract.datauri import data_uris
    from scanner.extract.embedded import with_embedded_ocr
    from scanner.extract.formats import no_content_reason
    from scanner.extract.registry import type_of

    pictures: list[tuple[str, bytes]] = []
    more: list[Segment] = []
    gaps: list[Skip] = []
    for name, mime, data, problem in data_uris(text):
        if problem or data is None:
            gaps.append(Skip("unreadable", f"embedded file {name}", problem or "not decoded"))
            continue
        kind = type_of(name, data) if data else "binary"
        if mime in _RASTER_TYPES:
            pictures.append((f"media/{name}", data))
        elif kind == "svg" or mime == "image/svg+xml":
            more.extend(_svg_segments(data, name))
        elif data and not no_content_reason(kind):
            why = f"a {mime} file written into the page: not read"
            gaps.append(Skip("not-inspected", f"embedded file {name}", why))
    if more:
        extracted = Extracted(
            extracted.segments + tuple(more), extracted.metadata, extracted.notes, extracted.skipped
        )
    if pictures:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
            for name, data in pictures:
                zf.writestr(name, data)
        extracted = with_embedded_ocr(buffer.getvalue(), extracted, limits)
    return extracted.plus(*gaps) if gaps else extracted


def _svg_segments(data: bytes, name: str) -> list[Segment]:
    """The text of an SVG written into a page (its labels, titles), located by its name."""
    parser = _TextCollector(True)
    parser.feed(decode_bytes(data)[0])
    parser.close()
    where = Location(part=f"embedded {name}")
    return [
        Segment(text=piece.strip(), location=where)
        for _, chunk in parser.chunks
        for piece in chunk.splitlines()
        if piece.strip()
    ]


#: the picture types read from a page's data: URIs (by OCR)
_RASTER_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/jpg", "image/gif", "image/bmp", "image/tiff", "image/webp"}
)
