"""Archive references: "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob" as structure.

Translations print the same reference many ways (OCR "LI.", "L 52" without its
dot, "Ll. 143- 144", the spelled-out "Fond (F.) 3, Opis' (Op.) 12, ...",
several ranges, "unnumbered page"). One grammar, here, reads them all and
``ArchivalUnit.label`` writes them back in one canonical form.

>>> unit = parse_reference("APRF, F. 3, Op. 64, D. 485, Ll. 143- 144")
>>> unit.label
'APRF, F. 3, Op. 64, D. 485, Ll. 143-144'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.errors import ArchiveReferenceError
from kg.facts import ArchivalUnit, Folios

_NUM = r"\d+[A-Za-z]?"
_FOLIO = r"\d+\s*(?:ob\.?)?"
_RANGE = rf"{_FOLIO}(?:\s*[-–]\s*{_FOLIO})?"
_SEP = r"\s*[,;]?\s*"
_GRAMMAR = re.compile(
    rf"""
    (?P<archive>(?:[A-Z][a-z]*){{2,}}[A-Za-z]*(?:\s+RF)?)   # APRF, TsKhSD, RGANI, AVP RF
    (?:\s*\([^)]{{0,40}}\))?{_SEP}                            # optional "(Moscow)"
    (?:F\.?|Fond(?:\s*\(F\.\))?)\s*(?P<fond>{_NUM}){_SEP}
    (?:Op\.?|Opis['’]?(?:\s*\(Op\.\))?)\s*(?P<opis>{_NUM}){_SEP}
    (?:D\.?|Delo(?:\s*\(D\.\))?)\s*(?P<delo>{_NUM})
    (?:{_SEP}(?:
        (?:L[lI1]?\.?|Listy?(?:\s*\(Ll?\.\))?)\s*(?P<folios>{_RANGE}(?:\s*,\s*{_RANGE})*)
      | (?P<unnumbered>unnumbered\s+(?:page|pages|folio|sheet))
    ))?
    """,
    re.VERBOSE,
)
_RANGE_RE = re.compile(r"(\d+)\s*(ob)?\.?(?:\s*[-–]\s*(\d+)\s*(ob)?)?")


def _folios(text: str) -> tuple[Folios, ...]:
    ranges = []
    for m in _RANGE_RE.finditer(text):
        first, first_ob, last, last_ob = m.groups()
        if last is None:
            last, last_ob = first, first_ob
        ranges.append(Folios(int(first), bool(first_ob), int(last), bool(last_ob)))
    return tuple(ranges)


def _unit(m: re.Match[str]) -> ArchivalUnit:
    return ArchivalUnit(
        archive=re.sub(r"\s+", " ", m["archive"]),
        fond=m["fond"],
        opis=m["opis"],
        delo=m["delo"],
        folios=_folios(m["folios"]) if m["folios"] else (),
        unnumbered=bool(m["unnumbered"]),
    )


def find_references(text: str) -> Iterator[tuple[int, int, ArchivalUnit]]:
    """Every archive reference in ``text`` with its offsets, in order."""
    for m in _GRAMMAR.finditer(text):
        end = m.end()
        if m["folios"] and text[end - 1 : end].isspace():
            end -= 1
        yield m.start(), end, _unit(m)


def parse_reference(text: str) -> ArchivalUnit:
    """Parse one reference that must span the whole of ``text``.

    :raises ArchiveReferenceError: when ``text`` is not a complete reference.
    """
    m = _GRAMMAR.fullmatch(text.strip().rstrip("."))
    if m is None:
        raise ArchiveReferenceError(f"not an archive reference (archive, F., Op., D. expected): {text[:80]!r}")
    return _unit(m)
