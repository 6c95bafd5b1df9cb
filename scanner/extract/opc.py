"""An OOXML package (Open Packaging Conventions) opened as python-docx and python-pptx open one:
the content types, every internal relationship resolved against its source part's folder, the
main part and the core properties, parsed with lxml without loading any other part.

The XML readers of Word documents and decks (`wordxml.py`, `slidexml.py`) start here. Both
libraries load every part a relationship names when they open a package and fail on one that is
missing or has no content type, so this refuses such a package too (`Unsupported`): the reader
then hands the file to the library, which decides as it always has.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from scanner.extract.zipview import open_zip

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_DC = "http://purl.org/dc/elements/1.1/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
OFFICE_DOCUMENT = R + "/officeDocument"
_CORE = PKG_REL + "/metadata/core-properties"
_CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
#: the core properties both libraries read (`OFFICE_PROPERTIES` names) and their elements
_PROPERTIES = {
    "title": f"{{{_DC}}}title",
    "subject": f"{{{_DC}}}subject",
    "keywords": f"{{{_CP}}}keywords",
    "author": f"{{{_DC}}}creator",
    "category": f"{{{_CP}}}category",
    "comments": f"{{{_DC}}}description",
}
#: lxml parser options: no entities, no network, no huge-tree mode (as for every XML read)
SAFE = {"resolve_entities": False, "no_network": True, "huge_tree": False}


class Unsupported(Exception):
    """Not a package the XML reader reads as the library would: read it with the library."""


@dataclass(frozen=True)
class Package:
    archive: zipfile.ZipFile
    content_type: Callable[[str], str | None]
    #: each `.rels` part's internal relationships: (id, type, target part)
    rels: dict[str, list[tuple[str, str, str]]]
    #: the main part (the package's one `officeDocument` relationship)
    main: str
    #: the core properties, or the defaults the library gives a package without them
    properties: dict[str, str]

    def related(self, part: str, kind: str) -> list[str]:
        """The parts `part` relates to by relationships of `kind`, in order."""
        return [target for _, k, target in self.rels.get(rels_of(part), []) if k == kind]

    def by_id(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's internal relationships by id: (type, target part)."""
        rows = self.rels.get(rels_of(part))
        if rows is None:
            raise Unsupported(f"{part} has no relationships")
        return {rid: (kind, target) for rid, kind, target in rows}

    def xml(self, part: str, **parser: object):
        return xml(self.archive, part, **parser)


def read_package(data: bytes, main_types: frozenset[str], default_properties: dict[str, str], read):
    """`read(package)` over the package in `data`, whose main part must have one of
    `main_types`; any failure of the package or of `read` is `Unsupported`."""
    try:
        archive = open_zip(data)
    except Exception as exc:
        raise Unsupported(f"not a zip: {exc}") from exc
    try:
        with archive:
            return read(_open(archive, main_types, default_properties))
    except Unsupported:
        raise
    except Exception as exc:
        raise Unsupported(f"{type(exc).__name__}: {exc}") from exc


def _open(archive: zipfile.ZipFile, main_types: frozenset[str], empty: dict[str, str]) -> Package:
    names = set(archive.namelist())
    types = xml(archive, "[Content_Types].xml")
    defaults = {d.get("Extension", "").lower(): d.get("ContentType") for d in types.iter(f"{{{_CT}}}Default")}
    overrides = {
        o.get("PartName", "").lower(): o.get("ContentType") for o in types.iter(f"{{{_CT}}}Override")
    }

    def content_type(part: str) -> str | None:
        found = overrides.get("/" + part.lower())
        return found if found is not None else defaults.get(posixpath.splitext(part)[1][1:].lower())

    rels_cache: dict[str, list[tuple[str, str, str]]] = {}
    # the libraries load every part a relationship names, by its content type: none may be missing
    for name in names:
        if name.endswith(".rels") and "/_rels/" in "/" + name:
            rels_cache[name] = rels = relationship_rows(archive, name)
            for _, _, target in rels:
                if target not in names or content_type(target) is None:
                    raise Unsupported(f"{name} names a missing or untyped part {target}")
    root_rels = rels_cache.get("_rels/.rels")
    if root_rels is None:
        raise Unsupported("no package relationships")
    if any(
        rel.get("Type") == _CORE and rel.get("TargetMode") == "External"
        for rel in xml(archive, "_rels/.rels").iter(f"{{{PKG_REL}}}Relationship")
    ):
        raise Unsupported("external core properties")  # the libraries refuse them
    main = [t for _, kind, t in root_rels if kind == OFFICE_DOCUMENT]
    if len(main) != 1 or content_type(main[0]) not in main_types:
        raise Unsupported("no main part of a known type")
    core = [t for _, kind, t in root_rels if kind == _CORE]
    if len(core) > 1:
        raise Unsupported("several core property parts")
    properties = dict(empty) if not core else _core_properties(archive, core[0], content_type)
    return Package(archive, content_type, rels_cache, main[0], properties)


def _core_properties(archive: zipfile.ZipFile, part: str, content_type) -> dict[str, str]:
    if content_type(part) != _CORE_TYPE:
        raise Unsupported(f"core properties of type {content_type(part)}")
    root = xml(archive, part)
    out = {}
    for key, tag in _PROPERTIES.items():
        element = root.find(tag)  # the libraries read the first
        out[key] = "" if element is None or element.text is None else element.text
    return out


def xml(archive: zipfile.ZipFile, name: str, **parser: object):
    from lxml import etree

    return etree.fromstring(archive.read(name), etree.XMLParser(**SAFE, **parser))


def relationship_rows(archive: zipfile.ZipFile, rels_name: str) -> list[tuple[str, str, str]]:
    """(id, type, target part) of each internal relationship in a `.rels` part, targets resolved
    as the libraries resolve them (relative to the source part's folder)."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))  # the folder above `_rels`
    out = []
    for rel in xml(archive, rels_name).iter(f"{{{PKG_REL}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        resolved = (
            target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        )
        out.append((rel.get("Id", ""), rel.get("Type", ""), resolved))
    return out


def rels_of(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
