"""XML from outside: no DTD, no entity declarations, no external references, checked while streaming."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from commune_desk.domain.errors import QT_TRANSLATE_NOOP, Phrase
from commune_desk.services.safe_input.files import UnsafeXml, read_bytes_capped
from commune_desk.services.safe_input.limits import MiB
from commune_desk.services.safe_input.zips import entry_chunks, entry_where, shown

XML_SUFFIXES = (".xml", ".rels", ".vml")


class _Refused(Exception):
    pass


class _Root(Exception):
    pass


def refuse_dtd(parser) -> None:
    """Make an expat parser raise on a DOCTYPE, an entity declaration or an external entity reference."""

    def refuse(what):
        def handler(*_args):
            raise _Refused(what)
        return handler

    parser.StartDoctypeDeclHandler = refuse(QT_TRANSLATE_NOOP("Problems", "has a DOCTYPE declaration (entities are not allowed)"))
    parser.EntityDeclHandler = refuse(QT_TRANSLATE_NOOP("Problems", "declares entities"))
    parser.ExternalEntityRefHandler = refuse(QT_TRANSLATE_NOOP("Problems", "refers to an external entity"))


def xml_prolog_problem(chunks, *, max_prolog_bytes: int = MiB) -> str | None:
    """Feed XML chunks until the root element starts: a DOCTYPE or entity declaration is a problem (streamed)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    refuse_dtd(parser)

    def root(*_args):
        raise _Root()

    parser.StartElementHandler = root
    fed = 0
    try:
        for chunk in chunks:
            fed += len(chunk)
            parser.Parse(chunk, False)
            if fed > max_prolog_bytes:
                return QT_TRANSLATE_NOOP("Problems", "has no root element within its first megabyte")
        parser.Parse(b"", True)
    except _Root:
        return None
    except _Refused as exc:
        return str(exc)
    except expat.ExpatError as exc:
        return f"is not well-formed XML ({expat.ErrorString(exc.code)})"
    return QT_TRANSLATE_NOOP("Problems", "holds no XML element")


def check_zip_xml(zf: zipfile.ZipFile, infos, *, label: str, skip=()) -> None:
    """Check the prolog of every XML entry of an archive already passed through check_zip (`skip`: scanned fully
    elsewhere)."""
    for info in infos:
        if info.is_dir() or info.filename in skip or not info.filename.lower().endswith(XML_SUFFIXES):
            continue
        where = entry_where(label, info.filename)
        problem = xml_prolog_problem(entry_chunks(zf, info, where=where))
        if problem:
            raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{name}, entry '{filename}': {problem}"), name=label,
                               filename=shown(info.filename), problem=Phrase(problem))


def parse_xml(data: bytes, *, where: object):
    """Parse XML with defusedxml (no DTD, no entities, no external references); returns an Element."""
    import xml.etree.ElementTree as ET

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP(
            "Problems", "{where}: has a DTD or entities, which are not allowed ({kind})"), where=where,
            kind=type(exc).__name__) from exc
    except ET.ParseError as exc:
        raise UnsafeXml.of(QT_TRANSLATE_NOOP("Problems", "{where}: is not well-formed XML ({detail})"), where=where,
                           detail=str(exc)) from exc


def parse_xml_file(path: os.PathLike | str, *, max_bytes: int = 10 * MiB):
    path = Path(path)
    return parse_xml(read_bytes_capped(path, max_bytes=max_bytes), where=path.name)
