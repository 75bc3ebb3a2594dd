"""Archive references: "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 41-45ob" as structure.

Translations print the same reference many ways (OCR "LI.", "LL.", "L 52" without
its dot, "Ll. 143- 144", lower case "f. 3, op. 14", the spelled-out "Fond (F.) 3,
Opis' (Op.) 12, ...", several ranges, "unnumbered page"), name archives in more
than one word ("AVP RF", "TsA FSB"), prefix fonds with a letter ("F. R-5446"),
add the foreign-policy archive's papka ("Papka 325" / "P. 325") and cite further
files of the same fond on ("D. 1006, L. 43; D. 1007, L. 5"). One grammar, here,
reads them all and ``ArchivalUnit.label`` writes them back in one canonical form.

>>> unit = parse_reference("APRF, F. 3, Op. 64, D. 485, Ll. 143- 144")
>>> unit.label
'APRF, F. 3, Op. 64, D. 485, Ll. 143-144'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from kg.errors import ArchiveReferenceError
from kg.facts import ArchivalUnit, Folios

# "16a", TsA FSB's "8os"; and the OCR slip of a letter for a leading 1 ("Op. l6"), read as the 1 it stands for, of
# a capital O for a zero amid the digits ("D. 1O09"), and of the Cyrillic Ze for a 3 ("F. З"), not a Russian word's
_NUM = r"(?:[lI](?=\d))?(?:\d|З(?![^\W\d_]))+(?:O\d+)*(?:[a-z]{1,2}|[A-Z])?"
_FOND = rf"(?:[A-Z]{{1,3}}-?)?{_NUM}"  # a letter prefix: GARF's "R-5446", RGVA's "R-" fonds
# (a scan's "l2" for 12 too, and "3l" for 31 inside a range or a number: not a range's "46l." at its end)
_FOLIO = r"(?:[lI](?=\d))?\d+(?:[lI](?=\d|\s*[-–—]|ob)\d*)?\s*(?:ob\.?)?"
_RANGE = rf"{_FOLIO}(?:\s*[-–—]\s*{_FOLIO})?"  # (an em dash too, as a typescript's "L. 1—8")
_SEP = r"\s*(?:\.,|[,;.])?\s*"  # "APRF. F. 3. Op. 111.": a Russian edition's full stops; a slip's "D.21., Ll."
# One word of an archive's name: capitals, each maybe with one small letter (APRF, TsKhSD, TsA, FSB, RF).
_ARCHIVE_WORD = r"(?:[A-Z][a-z]?){2,}\b"
# between the words of an archive's name: spaces, or a line's end before a short word ("AVP" / "RF", "TsA" / "FSB"),
# not before a heading's last word ("SECRETARY OF THE CC" / "RGANI, F. 4, ...")
_NEXT_WORD = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[A-Za-z]{2,3}\b))"
# The level words, in any case ("F." / "f." / "Fond (F.)"), so that lower-case citations read too; spelled out,
# maybe with "No." before the number, spelled out or not ("Fond No. 3, Opis' No. 22, Delo No. 12", as an archive's
# stamp has it, or "F. No. 3, Op. No. 22, D. No. 12")
_NO = r"(?:\s*(?:No\.?|№))?"
_F = rf"(?i:f\.?{_NO}|fond(?:\s*\(f\.\)|{_NO}))"
# fond 89's "Per." (perechen') stands for the opis; "0p." is a scan's zero for the O, "Op," its comma for the stop
_OP = rf"(?i:[o0]p[.,]?{_NO}|opis['’]?(?:\s*\(op\.\)|{_NO})|per\.|perechen['’]?)"
_PAPKA = r"(?i:papka|pap\.|p\.)"  # the folder level of the foreign-policy archive (AVP RF)
_D = rf"(?i:d[.,]?{_NO}|delo(?:\s*\(d\.\)|{_NO})|dok\.|dokument)"  # and its "Dok." (dokument) for the delo
# "L.", "Ll.", "LL.", the OCR "LI.", "List (L.)", and the word in English: "folios 12-14"; after the delo, the
# translations' own words for its leaves too: "fols. 1-13", "ff. 3-9", "pp. 201-206", a German edition's "Bl. 1-38"
# (not a single "p.": AVP RF's papka, or a page of another text)
_L = r"(?i:l[li1]?\.?|listy?(?:\s*\(ll?\.\))?|(?:folios?|fols?\.|ff\.|pp\.|bl\.)(?=\s*\d))"
# the next folios of the file: "Ll. 3, 7-9", "Ll. 1-6 and 40-47", "Ll. 1-6, 12-14, and 40-47"; not another file's
# delo and its leaves ("Ll. 41-45 and 1007, Ll. 1-3") nor a count ("and 2 pages of annexes")
_NEXT_FOLIOS = (
    rf"(?:\s*,\s*(?:and\s+)?|\s*\band\s+)"
    rf"(?!{_RANGE}(?:\s*,\s*{_L}|\s+(?:pages?|sheets?|leaves|folios|copies|annex\w*|others?)\b))"
)
_LEAVES = rf"""
    (?:{_SEP}(?:
        {_L}\s*(?P<folios>{_RANGE}(?:{_NEXT_FOLIOS}{_RANGE})*)
      | (?P<unnumbered>unnumbered\s+(?:page|pages|folio|sheet))
    ))?"""
# a file's levels after its archive: fond, opis, papka (AVP RF's), delo, and its leaves
_LEVELS = rf"""
    {_F}\s*(?P<fond>{_FOND}){_SEP}
    {_OP}\s*(?P<opis>{_NUM}){_SEP}
    (?:{_PAPKA}\s*(?P<papka>{_NUM}){_SEP})?
    {_D}\s*(?P<delo>{_NUM})
    {_LEAVES}"""
_GRAMMAR = re.compile(
    rf"""
    (?:(?<![\w\-])(?P<archive>{_ARCHIVE_WORD}(?:{_NEXT_WORD}{_ARCHIVE_WORD}){{0,2}})   # APRF, TsKhSD, AVP RF, TsA FSB
      | (?<=\()(?P<spelled>{_ARCHIVE_WORD}(?:{_NEXT_WORD}{_ARCHIVE_WORD}){{0,2}})\)  # "Archive of ... (APRF)"
    )
    (?:\s*\([^)]{{0,40}}\))?{_SEP}                                       # optional "(Moscow)"
    (?:\((?={_F}\s*{_FOND}))?                                            # "RGANI (F. 89, ...)"
    {_LEVELS}
    """,
    re.VERBOSE,
)
# a file printed with no archive, said to be of the same fond or file as the reference before it ("... follow the
# protocol in the same file: fond 3, opis 69, delo 1124, listy 5-11"): of that one's archive, as an "ibid." is (not
# a copy another holds, "Also in the Volkogonov Collection (Fond 89, Perechen 14, Dokument 35)")
_SAME = re.compile(r"\b(?i:same)\s+(?i:file|fond|delo|folder|unit|archive)\b")
_NO_ARCHIVE = re.compile(rf"(?<![\w\-]){_LEVELS}", re.VERBOSE)
# "...D. 1006, L. 43; D. 1007, L. 5": a further file of the same fond (and opis, unless restated)
_MORE = re.compile(
    rf"""
    (?:\s*[;,]\s*(?:and\s+)?|\s+and\s+)
    (?P<more>
    (?:{_OP}\s*(?P<opis>{_NUM}){_SEP})?
    (?:{_PAPKA}\s*(?P<papka>{_NUM}){_SEP})?
    {_D}\s*(?P<delo>{_NUM})
    {_LEAVES}
    )""",
    re.VERBOSE,
)
# A call number's parts: capitals and digits, dots only between them ("J IV 2", "2.035", "XIA").
_PART = r"[A-Z0-9](?:[A-Z0-9]|\.(?=[A-Z0-9]))*(?!\w)"
# Archives that give a file by their own call number, not by fond, opis and delo, each with the word for
# its leaves as the translations print it before their numbers, and any printed after them.
_NONE = r"(?!)"
_SIGNED_FORMS = (
    # the party archive in the Bundesarchiv: "SAPMO-BArch, DY 30/J IV 2/2/689, Bl. 1-8"
    (r"SAPMO-BArch|SAPMO", rf"(?:DY|DC|DO|DR|NY) ?\d+(?: ?/ ?(?:vorl\. ?)?{_PART}(?: {_PART})*)*", r"Bl\.", _NONE),
    # the Archive of Modern Records in Warsaw: "AAN, KC PZPR, sygn. 1683, k. 12-31"
    # (or with no "sygn." before a call number of the inventory's shape: "AAN, KC PZPR, XIA/113, pp. 1-52")
    (r"AAN", r"KC PZPR,\s*(?:sygn\.\s*[A-Z0-9][\w/\-]*|[IVXLA-Z]{1,6}/\d+[\w/\-]*)", r"k\.|pp?\.|s\.", _NONE),
    # the Hungarian National Archives (MOL before 2012): "MNL OL, M-KS 288. f. 5/467. ő.e., pp. 3-9" (or "ff. 1-9"),
    # or in the Hungarian order, the leaves' word (levél) after their numbers: "M–KS 288. f. 5/396. ő.e., 1–22. l."
    (r"MNL OL|MOL", r"M[-–]KS\s?\d+\.\s?f\.\s?\d+/\d+\.\s?ő\.\s?e\.", r"pp?\.|ff?\.|fol\.", r"l\."),
    # the Czech National Archives (the State Central Archives before 1993): "Národní archiv (Prague), Archiv ÚV KSČ,
    # fond 02/1, sv. 71, a. j. 112", "Státní ústřední archiv (SÚA), Archiv ÚV KSČ, F. 02/1, sv. 70, a.j. 123", by the
    # fond's number in the new inventory: "NA, f. 1261/0/11, sv. 116, a. j. 119", "Národní archiv (NA), Prague, f.
    # KSČ-ÚV 1261/0/7, sv.29,a.j.31"
    (
        r"(?:Národní archiv|Státní ústřední archiv)(?: \((?:Prague|Praha|SÚA|NA)\))?(?:,\s*(?:Prague|Praha))?"
        r"|SÚA|\bNA\b",
        r"(?:Archiv ÚV KSČ,\s*)?(?:fond|F\.|f\.)\s*(?:KSČ-ÚV\s+)?\d+(?:/\d+){0,2},\s*sv\.\s*\d+,\s*a\.\s?j\.\s*\d+",
        r"ll?\.|pp?\.|s\.",
        _NONE,
    ),
    # the Bulgarian Central State Archive (the Central Party Archive before 1990): "TsDA, F. 1-B, Op. 66, A.E. 1843,
    # L. 1-15"; its file is the archival unit (arhivna edinitsa), not a delo
    (
        r"TsDA|TsPA",
        r"(?i:f\.|fond)\s?\d+(?:-?[A-Z])?,\s*(?i:op\.|opis)\s?\d+,\s*(?i:a\.\s?e\.)\s?\d+[a-z]?",
        r"(?i:ll?\.|pp?\.)",
        _NONE,
    ),
    # the Romanian National Archives: "ANIC, fond CC al PCR – Cancelarie, dosar 3/1979, f. 2-24"
    (r"ANIC", r"fond\s[^,;()\[\]]{2,60}?,\s*dosar\s+\d+(?:/\d+)?", r"f\.", _NONE),
)
_SIGNED = tuple(
    re.compile(
        rf"(?<![\w\-])(?P<archive>{archive})\)?,?\s*(?P<signature>{signature})"
        rf"(?:\s*,\s*(?:(?P<leaf>{leaf})\s*(?P<folios>{_RANGE}(?:{_NEXT_FOLIOS}{_RANGE})*)"
        rf"|(?P<back>{_RANGE})\s?\.\s?(?P<back_leaf>{after})))?"
    )
    for archive, signature, leaf, after in _SIGNED_FORMS
)
# whether a text names any of them at all: most name none, and are not read for them
_SIGNED_ARCHIVES = re.compile("|".join(archive for archive, _, _, _ in _SIGNED_FORMS))
# "Ibid., ll. 9-10": other folios of the file cited just before, a few lines up at most
_IBID_REACH = 400
_IBID = re.compile(rf"\b(?i:ibid(?:em)?)\.?,?\s*{_L}\s*(?P<folios>{_RANGE}(?:{_NEXT_FOLIOS}{_RANGE})*)")
# ... and "ibid., Op. 19, D. 37, Ll. 88-91": another file of the same archive and fond (and opis, unless restated)
# (by the plain level words: an edition's "Ibid., Dok. 38" is its document, no file)
_IBID_FILE = re.compile(
    rf"\b(?i:ibid(?:em)?)\.?,?\s*(?:(?i:op\.?|opis['’]?)\s*(?P<opis>{_NUM}){_SEP})?(?:{_PAPKA}\s*(?P<papka>{_NUM}){_SEP})?"
    rf"(?i:d\.?|delo)\s*(?P<delo>{_NUM}){_LEAVES}",
    re.VERBOSE,
)
# an archive named between a reference and an "ibid.", which may be that archive's ("... is in APRF; ibid., ...")
_ARCHIVE_NAMED = re.compile(
    r"\b(?:AP\s?RF|RGANI|RGASPI|RTsKhIDNI|TsKhSD|TsPA|GARF|AVP\s?RF|RGAE|RGVA|TsAMO|TsA\s?FSB|RGALI|RGANTD)\b"
)
# The opening of a reference ("TsA FSB, F. 8os"): what ``incomplete_references`` looks for.
_OPENING = re.compile(
    rf"(?<![\w\-])(?P<archive>{_ARCHIVE_WORD}(?:{_NEXT_WORD}{_ARCHIVE_WORD}){{0,2}})(?:\s*\([^)]{{0,40}}\))?{_SEP}{_F}\s*{_FOND}\b"
)
_ONE = r"(?:[lI](?=\d))?\d+(?:[lI](?=\d|\s*[-–—]|ob)\d*)?"
_RANGE_RE = re.compile(rf"({_ONE})\s*(ob)?\.?(?:\s*[-–—]\s*({_ONE})\s*(ob)?)?")


def _folios(text: str) -> tuple[Folios, ...]:
    ranges = []
    for m in _RANGE_RE.finditer(text):
        first, first_ob, last, last_ob = m.groups()
        if last is None:
            last, last_ob = first, first_ob
        ranges.append(Folios(int(_ocr_one(first)), bool(first_ob), int(_ocr_one(last)), bool(last_ob)))
    return tuple(ranges)


# one archive, two spellings: its file is one whichever a translation prints
_SAME_ARCHIVE = {
    "AP RF": "APRF",
    "AVPRF": "AVP RF",
    "SAPMO": "SAPMO-BArch",
    "NA": "Národní archiv",
    "SÚA": "Státní ústřední archiv",
}
# the Czech archives' names with their initials or city after them: "Národní archiv (NA), Prague"
_CZECH_ARCHIVE_AFTER = re.compile(r"(?<=archiv)(?: \((?:Prague|Praha|SÚA|NA)\))?(?:,\s*(?:Prague|Praha))?$")


def _same_archive(name: str) -> str:
    """One archive by one name, whichever a translation prints."""
    name = _CZECH_ARCHIVE_AFTER.sub("", " ".join(name.split()))
    return _SAME_ARCHIVE.get(name, name)


def _unit(m: re.Match[str], like: ArchivalUnit | None = None) -> ArchivalUnit:
    """The unit a match names; a continuation (``like`` given) takes what it does not restate from ``like``."""
    if like is None:
        archive = _same_archive(m["archive"] or m["spelled"])
        fond, opis, papka = m["fond"], m["opis"], m["papka"] or ""
    else:
        archive, fond = like.archive, like.fond
        opis = m["opis"] or like.opis
        papka = m["papka"] or ("" if m["opis"] else like.papka)
    return ArchivalUnit(
        archive=archive,
        fond=_ocr_one(fond),
        opis=_ocr_one(opis),
        delo=_ocr_one(m["delo"]),
        folios=_folios(m["folios"]) if m["folios"] else (),
        unnumbered=bool(m["unnumbered"]),
        papka=_ocr_one(papka),
    )


def _ocr_one(number: str) -> str:
    """ "16" for the "l6" or "I6" of a scan, "R-16" for "R-l6", "31" for "3l": a letter by the digits is a 1 misread;
    "1009" for "1O09": an O amid them a zero; "3" for the Cyrillic "З"."""
    number = re.sub(r"(?<=\d)O(?=\d)", "0", number.replace("З", "3"))
    return re.sub(r"(^|-)[lI](?=\d)|(?<=\d)[lI]", lambda m: m[1] + "1" if m[1] is not None else "1", number)


def _end(m: re.Match[str]) -> int:
    """Where a reference ends: its last folio's, not the blanks after it that a verso's "ob" may follow (a line's
    end and a blank line: a span over them would reach past the line it stands on)."""
    return m.start() + len(m[0].rstrip()) if m["folios"] else m.end()


def find_references(text: str) -> Iterator[tuple[int, int, ArchivalUnit]]:
    """Every archive reference in ``text`` with its offsets, in order; a further file cited on
    ("...; D. 1007, L. 5") is a reference of its own, spanning only what it prints, and so is "ibid., ll.
    9-10": the file of the reference before it, at these folios."""
    found = list(_russian(text))
    if _SIGNED_ARCHIVES.search(text):
        found += [(m.start(), _end(m), _signed(m)) for grammar in _SIGNED for m in grammar.finditer(text)]
    found.sort(key=lambda ref: ref[0])
    for m in _NO_ARCHIVE.finditer(text):
        at = bisect_left(found, m.start(), key=lambda ref: ref[0])
        _, end, unit = found[at - 1] if at else (0, 0, None)
        if unit and end <= m.start() and m.start() - end < _IBID_REACH and unit.fond == _ocr_one(m["fond"]):
            if _SAME.search(text, end, m.start()) and _nothing_else_cited(text, end, m.start(), unit):
                found.insert(at, (m.start(), _end(m), _unit(m, unit)))
    for m in sorted((*_IBID.finditer(text), *_IBID_FILE.finditer(text)), key=lambda m: m.start()):
        at = bisect_left(found, m.start(), key=lambda ref: ref[0])
        _, end, unit = found[at - 1] if at else (0, 0, None)
        if unit and unit.fond and m.start() - end < _IBID_REACH and _nothing_else_cited(text, end, m.start(), unit):
            found.insert(
                at,
                (
                    m.start(),
                    _end(m),
                    _unit(m, unit) if "delo" in m.re.groupindex else replace(unit.file, folios=_folios(m["folios"])),
                ),
            )
    yield from found


def _nothing_else_cited(text: str, start: int, end: int, unit: ArchivalUnit) -> bool:
    """Whether an "ibid." at ``end`` can be the reference that ends at ``start``: no other citation between that kg
    does not read ("A.E. 270"), nor another archive named ("... is in APRF; ibid., ...")."""
    named = {_same_archive(a) for a in _ARCHIVE_NAMED.findall(text, start, end)}
    return not _OPENING.search(text, start, end) and named <= {unit.archive}


def _russian(text: str) -> Iterator[tuple[int, int, ArchivalUnit]]:
    for m in _GRAMMAR.finditer(text):
        unit = _unit(m)
        end = _end(m)
        yield m.start(), end, unit
        while more := _MORE.match(text, end):
            unit = _unit(more, unit)
            end = _end(more)
            yield more.start("more"), end, unit


def _signed(m: re.Match[str]) -> ArchivalUnit:
    """The file an archive of call numbers names: its signature, its leaves."""
    printed = m["folios"] or m["back"]
    folios = _folios(printed) if printed else ()
    leaf = (m["leaf"] or m["back_leaf"]) if folios else ""
    signature = re.sub(r"\s+", " ", m["signature"])
    return ArchivalUnit(_same_archive(m["archive"]), "", "", "", folios, signature=signature, leaf=leaf)


def reference_at_start(text: str) -> int | None:
    """Where the archive reference that ``text`` opens with ends ("RGANI. F. 3. Op. 14. D. 149. L. 2-3 ob.
    Manuscript." closing a document), None if it opens with none."""
    m = _GRAMMAR.match(text)
    return _end(m) if m else None


def incomplete_references(text: str) -> Iterator[int]:
    """Where a reference opens ("archive, F. n") but the grammar cannot read it through to its delo,
    so that a reader can warn about it; the archive words are read as ``find_references`` reads them."""
    complete = {start for start, _, _ in find_references(text)}
    for m in _OPENING.finditer(text):
        if m.start() not in complete:
            yield m.start()


def parse_reference(text: str) -> ArchivalUnit:
    """Parse one reference that must span the whole of ``text``.

    :raises ArchiveReferenceError: when ``text`` is not a complete reference.
    """
    text = text.strip()
    if m := _GRAMMAR.fullmatch(text.rstrip(".")):
        return _unit(m)
    # a call number may end in a full stop of its own ("... 5/467. ő.e."), the sentence's is left out
    if m := next((m for g in _SIGNED for t in (text, text.rstrip(".")) if (m := g.fullmatch(t))), None):
        return _signed(m)
    raise ArchiveReferenceError(f"not an archive reference (archive, F., Op., D. expected): {text[:80]!r}")


# "Source: RGANI, F. 3, ..." in the body of a copy without page labels: the archive file of the whole document
SOURCE_LINE = re.compile(r"^(?P<bracket>\[)?(?:Source|Original Archive)\s*:\s*\S", re.I)
# what a Russian edition prints after the reference that closes a document: "Original. Manuscript."
_LEGEND = re.compile(
    r"^[.;,\s]*(?:(?:Original|Copy|Typescript|Manuscript|Autograph|Draft|Certified|Authenticated|Handwritten"
    r"|Notes\s+(?:by|of)|Recorded\s+by|Podlinnik|Kopiya|Rukopis)\b(?:\b[A-Z]\.\s?|[^.]){0,60}(?:\.\s*|$))*$",
    re.I,
)


def source_line(text: str) -> bool:
    """A line under the notes that names the document's own file, not a note's: "[Source: ...]", or an
    archive reference with its legend ("RGANI, F. 3, Op. 22, D. 12, Ll. 41-47. Original. Manuscript."), or alone,
    in brackets or not.
    In the body such a line stays with the session it closes (a file of several sessions has one each)."""
    if (m := SOURCE_LINE.match(text)) and m["bracket"]:
        return True
    # a reference alone in brackets: "[RGANI, F. 3, Op. 16, D. 261, Ll. 36-39]"
    if text[:1] + text[-1:] in ("[]", "()"):
        text = text[1:-1]
    end = reference_at_start(text)
    return end is not None and bool(_LEGEND.match(text[end:]))
