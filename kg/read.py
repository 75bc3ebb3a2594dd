"""Read a file of meeting notes into documents, sessions and spans.

This stage knows the *layout* of the genre and nothing about who people are
beyond a yes/no "is this word a known name" test it is given: where the web
page boilerplate, the citation, the body and the translator's notes are;
where a session, an agenda item, an attendance list or a speaker turn starts.
Everything it returns is offsets into ``RawDocument.text``, the decoded text
with line ends normalised, so evidence spans can be checked against it.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.errors import DocumentError, DocumentWarning
from kg.refs import find_references

KnownName = Callable[[str], bool]

# --- layout vocabulary -------------------------------------------------------

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\s*,?\s+(?P<y1>1[89]\d\d)|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>1[89]\d\d))\b",
    re.I,
)
_HEADER_LABEL = re.compile(
    r"^(?:Citation|Summary|Original Language|Contents|Translation\s*-\s*\w+|Russian|Language|Record ID|Credits?)\s*:?$",
    re.I,
)
_TRAILER_LABEL = re.compile(
    r"^(?:Author\(s\)|Associated (?:Topics|People|Places|Organizations)|Subjects Discussed|Document Information"
    r"|Source|Original Archive|Rights|Related Documents|Keywords|Meta Data)\s*:?$",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^(?:Skip to (?:main )?content|get citation|Citation|CITATION SHARE DOWNLOAD-?|- ?Share|- ?Download|Share|Download"
    r"|VIEW DOCUMENT IN|English HTML|English PDF|Menu|Search|Print|Top Secret|Single Copy|Secret|Strictly Secret"
    r"|This document was made possible with support from .*|\.(?:\s*\.)+)$",
    re.I,
)
_CONTENTS = re.compile(r"^(?:Contents|Translation\s*-\s*English)\s*:?$", re.I)
NOTES_HEADING = re.compile(
    r"(?:^|(?<=\s))(?:\[1\]\s*|\(1\)\s*)?(?:Translator[’'`]?s?|Editor[’'`]?s?)\s+Notes?\s*:?", re.I
)
_NOTE_START = re.compile(r"^\s*(?:\((?P<a>\d{1,3})\)|\[(?P<b>\d{1,3})\]|(?P<c>\d{1,3})\.?(?=\s))\s*")
_INLINE_NOTE = re.compile(r"\[(\d{1,3})\]")
_HEADING = re.compile(r"\b(?:Session|Meeting|Protocol|Presidium|Politburo|Secretariat|Plenum)\b", re.I)
_SESSION_CAPS = re.compile(r"^(?:WORKING NOTES FROM THE )?SESSION OF THE\b")
_HEADING_START = re.compile(
    r"^\(?(?:Re:\s*)?(?:Working Notes|Notes|Minutes|Record|Transcript|Protocol|Session|Meeting|Excerpt"
    r"|Central Committee|CPSU)",
    re.I,
)
PROTOCOL = re.compile(r"\bProtocol\s+(?:No\.?\s*)?(?P<n>\d+)", re.I)
COMPILED_BY = re.compile(r"\b[Cc]ompiled by\s+(?P<name>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w\-]+)")
URL = re.compile(r"https?://[^\s<>)\"]+")

# A name as printed: initials, then a surname (also ALL CAPS, hyphenated or abbreviated "Khr.").
_NAME = r"(?:(?:[A-Z][a-z]?\.\s?){1,3}\s*)?[A-Z][\w’'\-]*[a-zà-ž]?[\w’'\-]*\.?"
_CDE = r"(?:Cdes?\.|Comrades?|Cde)\s+"
_SEP = r"\s*(?:—|–|--|-\s|:)\s*"
SPEAKER = re.compile(rf"^(?:{_CDE})?(?P<name>{_NAME}){_SEP}(?P<text>.*)$", re.S)
SPEAKER_CAPS = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][A-Z’'\-]{2,})\.\s+(?P<text>\S.*)$", re.S)
NARRATIVE = re.compile(
    rf"^(?P<report>(?:Report|Speech|Statement|Remarks) (?:of|by) )?{_CDE}(?P<name>{_NAME})(?=[\s,]|$)(?P<text>.*)$",
    re.S,
)
_NARRATIVE_VERB = re.compile(
    r"^\s+(?:speaks|spoke|says|said|thinks|believes|considers|proposes|proposed|reports|reported|objects|supports"
    r"|agrees|disagrees|notes|states|stated|raises|informs|informed|suggests|insists|asks|answers|replies|remarks"
    r"|emphasizes|emphasises|declares|expresses|criticizes|criticises|recalls|explains|favors|favours|opposes|argues)\b"
)
_ATTENDANCE = re.compile(
    r"^(?P<label>Those (?:Taking Part|Present|Attending)|Present|Participants|Participating|Attending|In attendance"
    r"|(?:Also )?(?:taking part|present|participating|attending)(?: were)?)\s*(?::|—|–|-)\s*(?P<list>.+)$",
    re.I | re.S,
)
_CHAIR = re.compile(
    rf"^(?:(?:Presided over|Chaired) by\s+(?:{_CDE})?(?P<a>{_NAME})"
    rf"|(?:{_CDE})?(?P<b>{_NAME})\s+(?:presiding|in the chair))\b"
)
_GUESTS = re.compile(r"^(?:From|Of|For)\s+the\s+[^—:]{2,80}?(?:—|:|–)\s*(?P<list>(?:Cdes?\.|Comrades?)\s.+)$", re.S)
_TITLE_GUESTS = re.compile(r"\bwith the (?:Participation|participation) of\s+(?P<list>.+?)(?:\)|$)")
ITEM = re.compile(r"^(?P<num>[IVXL]{1,5}|\d{1,2})\.(?=\s|\(|$)\s*(?P<rest>.*)$", re.S)
_UNNUMBERED_ITEM = re.compile(r"^(?:On|Regarding|Concerning|About|Re:|Question of|The question of)\s+[A-Z\w]")
_SENTENCE_END = re.compile(r"(?<=[a-z\]\)’])\.(?:\[\d+\]|\(\d+\))?(?=\s+[A-Z])")
SPEAKER_LIST = re.compile(r"\((?P<list>[^()]{2,400})\)")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")
_FOOTNOTE = re.compile(r"\s*(?:\(\d{1,3}\)|\[\d{1,3}\])\s*$")
_LIST_NAME = re.compile(rf"^(?:{_CDE})?(?:[A-Z][a-z]+\s+){{0,2}}{_NAME}$")
_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|Cdes?|Comr)\.$")


# --- what this stage returns --------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A line (or, in a flattened copy, a piece of one) with markup trimmed."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class NameList:
    """Names printed together: an attendance list, a chair, guests, or those who spoke on an item."""

    kind: str  # listed | chair | guest | spoke
    names: tuple[Line, ...]
    span: Line
    item: int | None = None


@dataclass(frozen=True)
class RawTurn:
    name: Line
    text: Line
    span: Line
    item: int | None
    narrative: bool = False


@dataclass(frozen=True)
class RawItem:
    order: int
    number: str | None
    title: Line | None
    span: Line


@dataclass
class RawSession:
    index: int
    start: int
    end: int
    date: str | None = None
    body: str | None = None
    protocol: str | None = None
    title: str | None = None
    items: list[RawItem] = field(default_factory=list)
    lists: list[NameList] = field(default_factory=list)
    turns: list[RawTurn] = field(default_factory=list)
    # body lines no turn claims: item discussion, decisions, read-aloud remarks
    free: list[Line] = field(default_factory=list)
    # (order, event kind, index) so lists and turns interleave in reading order
    events: list[tuple[int, str, int]] = field(default_factory=list)
    # the (start, end) of every line read as part of this session: facts come from these and the notes only
    lines: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Note:
    """A translator's note: its number and its text, in one or more contiguous parts.

    A note continued after text the reader dropped (a repeated block) has a part on each side of it.
    """

    number: str
    parts: tuple[Line, ...]


@dataclass
class RawDocument:
    path: Path
    text: str
    sha256: str
    title: str | None
    url: str | None
    header: list[Line]  # citation, summary and trailer: where the notes' own archive reference is
    sessions: list[RawSession]
    notes: list[Note]
    compiler: Line | None
    repeats: list[tuple[int, int]]  # blocks dropped as copies of earlier text: no fact comes from them
    warnings: list[DocumentWarning] = field(default_factory=list)


# --- decoding -----------------------------------------------------------------


def decode(data: bytes, path: Path) -> str:
    """Bytes to text with ``\\n`` line ends, or a DocumentError saying why not.

    :raises DocumentError: empty, binary or not UTF-8/UTF-16 text.
    """
    if not data.strip():
        raise DocumentError("empty file", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DocumentError(f"not valid UTF-16 text ({e.reason})", path) from None
    else:
        if b"\x00" in data[:8192]:
            raise DocumentError("binary file, not text", path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise DocumentError(
                f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded; save the file as UTF-8", path, line
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f")
    if controls > len(text) / 100:
        raise DocumentError("binary file, not text (control characters)", path)
    return text


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date written out in ``text`` as (ISO date, start, end)."""
    for m in DATE.finditer(text):
        day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
        try:
            iso = date(int(year), _MONTHS[month.lower()], int(day)).isoformat()
        except ValueError:
            continue
        return iso, m.start(), m.end()
    return None


def body_name(text: str) -> str | None:
    """'CPSU CC Presidium' from any of the ways a heading names the body."""
    t = re.sub(r"\s+", " ", text)
    organ = re.search(r"\b(Presidium|Politburo|Political Bureau|Secretariat|Plenum|Orgburo)\b", t, re.I)
    if not organ:
        return None
    name = "Politburo" if organ[1].lower() == "political bureau" else organ[1].capitalize()
    if re.search(r"\bCPSU\b|Communist Party of the Soviet Union", t, re.I):
        party = "CPSU"
    else:
        m = re.search(r"\b([A-Z]{2,6})\s+(?:CC|Central Committee)\b", t)
        party = m[1] if m else None
    cc = re.search(r"\bCC\b|Central Committee", t, re.I)
    return " ".join(p for p in (party, "CC" if cc else None, name) if p)


# --- lines --------------------------------------------------------------------


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and (text[start].isspace() or text[start] in "*#>"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
            end -= 1
        out.append(Line(start, end, text[start:end]))
    return out


def _drop_repeats(lines: list[Line]) -> tuple[list[Line], list[tuple[int, int]]]:
    """Drop a block of lines that repeats one seen earlier (copies that hold the same block twice).

    Returns the lines kept and the (start, end) of each block dropped.
    """
    first: dict[str, int] = {}
    keep = [True] * len(lines)
    dropped: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        key = lines[i].text
        j = first.get(key) if len(key) > 15 else None
        if j is not None:
            n = 0
            while i + n < len(lines) and j + n < i and lines[i + n].text == lines[j + n].text:
                n += 1
            size = sum(len(lines[i + k].text) for k in range(n))
            if n >= 2 and size >= 80:
                for k in range(n):
                    keep[i + k] = False
                dropped.append((lines[i].start, lines[i + n - 1].end))
                i += n
                continue
        first.setdefault(key, i)
        i += 1
    return [ln for ln, k in zip(lines, keep, strict=True) if k and ln.text], dropped


def _sub(line: Line, start: int, end: int | None = None) -> Line:
    """The part of ``line`` from ``start`` to ``end`` (relative), whitespace trimmed."""
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Line(line.start + start + lead, line.start + start + lead + len(text), text)


_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z][a-z]?|Cdes?|Comr|No|Nos|F|Op|D|L|Ll|LI|pp?|g|ob|St|Dr|Mr|Mrs|vs|cf|etc)\.$"
)


def ends_sentence(before: str) -> bool:
    """Whether the text before a cut ends a sentence (not an initial or an abbreviation such as "Cde.")."""
    return not _ABBREVIATION.search(before.rstrip())


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``, not cut after initials or "F." / "Op." / "L." of a reference."""
    out, begin = [], start
    for m in re.finditer(r"[.!?](?:\(\d{1,3}\)|\[\d{1,3}\])?[”\"’)]*(?=\s+[A-Z“\"(])", text[start:end]):
        stop = start + m.end()
        if ends_sentence(text[begin : start + m.start() + 1]):
            out.append((begin, stop))
            begin = stop
    if text[begin:end].strip():
        out.append((begin, end))
    return out


def _split_flattened(line: Line, known: KnownName) -> list[Line]:
    """Cut a line of a flattened copy where a new structural piece begins mid-line.

    Copies flattened into one paragraph run the attendance list, agenda items,
    speakers and the notes together; each cut point is one of those starts.
    """
    t = line.text
    cuts = set()
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +(?=(?:[IVX]{1,4})\.\s+[A-Z“\"])", t):
        if ends_sentence(t[: m.start()]):
            cuts.add(m.end())
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +(?=(?:Present|Those Taking Part|Also taking part)\s*:)", t):
        cuts.add(m.end())
    for m in NOTES_HEADING.finditer(t):
        if m.start() > 0:
            cuts.add(m.start())
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +([A-Z][\w’'\-]+)\s+(?=([A-Z][a-z’']*)\b)", t):
        if ends_sentence(t[: m.start()]) and known(m[1]) and not known(m[2]) and m[2] not in {"Cde", "Cdes", "I"}:
            cuts.add(m.start(1))
    pieces, prev = [], 0
    for c in sorted(cuts):
        pieces.append(_sub(line, prev, c))
        prev = c
    pieces.append(_sub(line, prev))
    return [p for p in pieces if p.text]


# --- zones ----------------------------------------------------------------------


def _zones(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    """Split lines into (header + trailer, body, notes)."""
    contents = max((i for i, ln in enumerate(lines) if _CONTENTS.match(ln.text)), default=-1)
    header: list[Line] = []
    body: list[Line] = []
    notes: list[Line] = []
    zone = "body"
    for i, ln in enumerate(lines):
        if i <= contents:
            header.append(ln)
            continue
        if _TRAILER_LABEL.match(ln.text):
            zone = "trailer"
            continue
        if _HEADER_LABEL.match(ln.text) or _BOILERPLATE.match(ln.text):
            continue
        if zone != "trailer" and (heading := NOTES_HEADING.match(ln.text)):
            zone = "notes"
            if heading.group(0).startswith(("[", "(")):
                notes.append(ln)  # "[1] Translator's Note: ..." opens note 1 itself
            elif ln.text[heading.end() :].strip():
                notes.append(_sub(ln, heading.end()))
            continue
        if zone == "body" and re.search(r"Digital Archive|\bget citation\b", ln.text, re.I):
            header.append(ln)  # a citation line in a copy without labels
            continue
        {"body": body, "notes": notes, "trailer": header}[zone].append(ln)
    return header, body, notes


def _split_notes(lines: list[Line], text: str) -> list[Note]:
    notes: list[Note] = []
    number: str | None = None
    parts: list[Line] = []
    for ln in lines:
        for piece in _inline_notes(ln):
            m = _NOTE_START.match(piece.text)
            found = m and (m["a"] or m["b"] or m["c"])
            if found and (number is None or int(found) == int(number) + 1):
                if number is not None:
                    notes.append(Note(number, tuple(parts)))
                number, parts = found, [piece]
            elif number is not None:
                last = parts[-1]
                if text[last.end : piece.start].strip():
                    parts.append(piece)
                else:
                    parts[-1] = Line(last.start, piece.end, text[last.start : piece.end])
    if number is not None:
        notes.append(Note(number, tuple(parts)))
    return notes


def _inline_notes(line: Line) -> list[Line]:
    cuts = [m.start() for m in _INLINE_NOTE.finditer(line.text) if m.start() > 0]
    bounds = [0, *cuts, None]
    return [_sub(line, a, b) for a, b in zip(bounds, bounds[1:], strict=False) if line.text[a:b].strip()]


# --- the body ------------------------------------------------------------------


def split_names(line: Line, offset: int = 0, end: int | None = None) -> tuple[Line, ...] | None:
    """The names in a printed list, each with its span; None if any piece is not a name."""
    chunk = line.text[offset:end]
    names = []
    pos = 0
    for piece in _LIST_SPLIT.split(chunk):
        at = chunk.index(piece, pos) if piece else pos
        pos = at + len(piece)
        clean = _FOOTNOTE.sub("", piece).strip()
        clean = re.sub(r"^(?:Cdes?\.|Comrades?|Cde)\s+", "", clean)
        if not clean:
            continue
        if not _LIST_NAME.match(clean) or len(clean.rstrip(".")) < 2:
            return None
        at += piece.index(clean)
        names.append(_sub(line, offset + at, offset + at + len(clean)))
    return tuple(names) or None


def _list_end(text: str) -> int:
    """Where an unbracketed list of names ends: at the first full stop that does not close an initial."""
    for m in re.finditer(r"[.;](?=\s|$)", text):
        if not _INITIAL.search(text[: m.start() + 1]):
            return m.start()
    return len(text)


class _BodyReader:
    """Walks the body lines of a document, opening sessions, items, lists and turns."""

    def __init__(self, known: KnownName, header_date: str | None):
        self.known = known
        self.sessions: list[RawSession] = []
        self.header_date = header_date
        self.turn: tuple[Line, Line, Line, bool] | None = None  # name, first text line, last line, narrative
        self.expect_list = False
        self.consumed: set[int] = set()  # starts of lines already read as the tail of a list

    @property
    def session(self) -> RawSession:
        return self.sessions[-1]

    def run(self, lines: list[Line]) -> list[RawSession]:
        i = 0
        while i < len(lines):
            ln = lines[i]
            if self._heading(ln, lines[i + 1] if i + 1 < len(lines) else None):
                self.session.lines.append((ln.start, ln.end))
                i += 1
                continue
            if not self.sessions:
                self._open(ln.start)
            self.session.lines.append((ln.start, ln.end))
            if not self._structure(ln, lines[i + 1 :]):
                if self.turn:
                    name, first, _, narrative = self.turn
                    self.turn = (name, first, ln, narrative)
                else:
                    self.session.free.append(ln)
            i += 1
        self._close_turn()
        if self.sessions:
            self.sessions[-1].end = lines[-1].end if lines else self.sessions[-1].start
        for s in self.sessions:
            s.date = s.date or (self.header_date if len(self.sessions) == 1 else None)
        return self.sessions

    def _open(self, start: int) -> None:
        self._close_turn()
        if self.sessions:
            self.sessions[-1].end = start
        self.sessions.append(RawSession(index=len(self.sessions) + 1, start=start, end=start))

    def _heading(self, ln: Line, nxt: Line | None) -> bool:
        """A session heading: opens a new session when its date differs from the open one."""
        t = ln.text
        is_caps = bool(_SESSION_CAPS.match(t))
        if not (is_caps or _HEADING.search(t)) or SPEAKER.match(t) and not is_caps or ITEM.match(t):
            return False
        found = parse_date(t)
        if found is None and is_caps and nxt is not None and parse_date(nxt.text):
            found = None  # the date stands on the next line, read as a heading of its own
        if found is None and not is_caps and not PROTOCOL.search(t):
            return False
        if len(t) > 200 or not (is_caps or t.isupper() or _HEADING_START.match(t)):
            return False
        iso = found[0] if found else None
        if not self.sessions or (iso and self.session.date and iso != self.session.date and self._has_content()):
            self._open(ln.start)
        s = self.session
        s.date = s.date or iso
        s.body = s.body or body_name(t)
        if m := PROTOCOL.search(t):
            s.protocol = s.protocol or m["n"]
        s.title = s.title or re.sub(r"\s+", " ", t)
        for guest in _TITLE_GUESTS.finditer(t):
            names = split_names(ln, guest.start("list"), guest.end("list"))
            if names:
                self._add_list("guest", names, ln)
        return True

    def _has_content(self) -> bool:
        s = self.session
        return bool(s.turns or s.lists or s.items or self.turn)

    def _structure(self, ln: Line, rest: list[Line]) -> bool:
        t = ln.text
        if ln.start in self.consumed or self._date_only(ln):
            return True
        if m := _ATTENDANCE.match(t):
            self._attendance(ln, m.start("list"), "listed", rest)
            return True
        if m := _CHAIR.match(t):
            which = "a" if m["a"] else "b"
            names = split_names(ln, m.start(which), m.end(which))
            if names:
                self._add_list("chair", names, ln)
                tail = t[m.end() :].lstrip(" .,;")
                if am := _ATTENDANCE.match(tail):
                    self._attendance(ln, len(t) - len(tail) + am.start("list"), "listed", rest)
                return True
        if m := _GUESTS.match(t):
            self._attendance(ln, m.start("list"), "guest", rest)
            return True
        if m := ITEM.match(t):
            self._item(ln, m["num"], m.start("rest"))
            return True
        if self._unnumbered_item(ln, rest):
            self._item(ln, None, 0)
            return True
        if t.startswith("(") and self._speaker_list(ln, 0, require_start=True):
            return True
        return self._turn(ln, rest)

    def _date_only(self, ln: Line) -> bool:
        found = parse_date(ln.text)
        return bool(found and found[1] == 0 and found[2] >= len(ln.text.rstrip(". ")))

    def _attendance(self, ln: Line, offset: int, kind: str, rest: list[Line]) -> None:
        names = list(split_names(ln, offset, offset + _list_end(ln.text[offset:])) or ())
        last = ln
        for nxt in rest:  # a list that runs on over lines ending with a comma
            if not last.text.rstrip().endswith(","):
                break
            more = split_names(nxt, 0, _list_end(nxt.text))
            if not more:
                break
            names.extend(more)
            last = nxt
            self.consumed.add(nxt.start)
        if names:
            self._add_list(kind, tuple(names), Line(ln.start, last.end, ""))

    def _add_list(self, kind: str, names: tuple[Line, ...], span: Line) -> None:
        s = self.session
        item = s.items[-1].order if s.items else None
        s.lists.append(NameList(kind, names, span, item))
        s.events.append((len(s.events), "list", len(s.lists) - 1))

    def _item(self, ln: Line, number: str | None, offset: int) -> None:
        self._close_turn()
        s = self.session
        rest = ln.text[offset:]
        title_end = len(ln.text)
        for paren in SPEAKER_LIST.finditer(rest):
            names = split_names(ln, offset + paren.start("list"), offset + paren.end("list"))
            if names and any(self.known(n.text) for n in names):
                title_end = offset + paren.start()
                break
        else:
            stop = next((m for m in _SENTENCE_END.finditer(rest, 20) if ends_sentence(rest[: m.start() + 1])), None)
            if stop:
                title_end = offset + stop.end()
        title = _sub(ln, offset, title_end)
        title = Line(title.start, title.end, _FOOTNOTE.sub("", title.text).rstrip(" .")) if title.text else None
        s.items.append(RawItem(len(s.items) + 1, number, title if title and title.text else None, ln))
        self.expect_list = True
        if title_end < len(ln.text) and not self._speaker_list(ln, title_end, require_start=False):
            s.free.append(_sub(ln, title_end))

    def _unnumbered_item(self, ln: Line, rest: list[Line]) -> bool:
        if not _UNNUMBERED_ITEM.match(ln.text) or ln.text.endswith(".") or len(ln.text) > 160 or not rest:
            return False
        nxt = rest[0].text
        return nxt.startswith("(") and bool(self._names_in_parens(rest[0])) or bool(self._speaker(rest[0]))

    def _names_in_parens(self, ln: Line, offset: int = 0) -> tuple[Line, ...] | None:
        m = SPEAKER_LIST.match(ln.text, offset) or SPEAKER_LIST.match(ln.text.lstrip(), 0)
        if not m:
            return None
        return split_names(ln, m.start("list"), m.end("list"))

    def _speaker_list(self, ln: Line, offset: int, require_start: bool) -> bool:
        """A bracketed list of those who spoke on an item, and any text after it."""
        m = SPEAKER_LIST.search(ln.text, offset)
        if not m or (require_start and m.start() != offset):
            return False
        if not ln.text[offset : m.start()].strip() == "" or not (self.expect_list or require_start):
            return False
        names = split_names(ln, m.start("list"), m.end("list"))
        if not names or not any(self.known(n.text) for n in names):
            return False
        self._close_turn()
        self._add_list("spoke", names, _sub(ln, m.start(), m.end()))
        self.expect_list = False
        if ln.text[m.end() :].strip():
            self.session.free.append(_sub(ln, m.end()))
        return True

    def _speaker(self, ln: Line) -> tuple[Line, Line, bool] | None:
        """(name, text, narrative) if the line opens a turn."""
        t = ln.text
        for pattern in (SPEAKER, SPEAKER_CAPS):
            m = pattern.match(t)
            if not m:
                continue
            name = m["name"]
            prefixed = bool(re.match(_CDE, t))
            caps = name.isupper() and len(name) > 2
            dash = bool(re.match(r"\s*(?:—|–|--)", t[m.end("name") :]))
            if (
                prefixed
                or self.known(name.rstrip("."))
                or (caps and pattern is SPEAKER)
                or dash
                and name[:1].isupper()
                and " " not in name
            ):
                if _HEADER_LABEL.match(name) or name.lower().rstrip(".:") in {
                    "note",
                    "notes",
                    "summary",
                    "source",
                    "citation",
                }:
                    continue
                return _sub(ln, m.start("name"), m.end("name")), _sub(ln, m.start("text")), False
        m = NARRATIVE.match(t)
        if m and (m["report"] or _NARRATIVE_VERB.match(m["text"])):
            return _sub(ln, m.start("name"), m.end("name")), _sub(ln, m.end("name")), True
        m = re.match(r"^(?P<name>[A-Z][\w’'\-]+)\s+(?=[A-Z])", t)  # a name run into its statement
        if m and self.known(m["name"]) and " " in t and not self.known(t[m.end() :].split(" ", 1)[0]):
            return _sub(ln, 0, m.end("name")), _sub(ln, m.end()), False
        return None

    def _turn(self, ln: Line, rest: list[Line]) -> bool:
        found = self._speaker(ln)
        if found is None and re.fullmatch(r"(?:Cde\.\s+)?[A-Z][\w’'\-]+\.?", ln.text) and self.known(ln.text):
            nxt = rest[0] if rest else None  # a name alone on a line, then what was said
            if nxt is not None and not self._speaker(nxt) and not ITEM.match(nxt.text):
                found = (ln, Line(nxt.start, nxt.start, ""), False)
        if found is None:
            return False
        self._close_turn()
        name, text, narrative = found
        self.turn = (name, text, text if text.text else Line(text.start, text.start, ""), narrative)
        self.expect_list = False
        return True

    def _close_turn(self) -> None:
        if self.turn is None:
            return
        name, first, last, narrative = self.turn
        self.turn = None
        s = self.session
        end = max(first.end, last.end)
        text = Line(first.start, end, "")
        item = s.items[-1].order if s.items else None
        s.turns.append(RawTurn(name, text, Line(name.start, end, ""), item, narrative))
        s.events.append((len(s.events), "turn", len(s.turns) - 1))


def read_text(path: Path, text: str, known: KnownName) -> RawDocument:
    """Lay out one decoded document.

    :raises DocumentError: when no session can be found in it.
    """
    kept, dropped = _drop_repeats(_lines(text))
    lines = [piece for ln in kept for piece in _split_flattened(ln, known)]
    header, body, note_lines = _zones(lines)
    title = _title(text)
    everything = " ".join(ln.text for ln in header)
    header_date = _first_date([ln.text for ln in lines[:3]] + [everything])
    url = next((m.group(0).rstrip(".,>") for ln in header + lines for m in URL.finditer(ln.text)), None)
    sessions = _BodyReader(known, header_date).run(body)
    if len(sessions) == 1 and title:  # a copy whose body has no heading: the page title names the meeting
        s = sessions[0]
        s.body = s.body or body_name(title)
        s.protocol = s.protocol or (m["n"] if (m := PROTOCOL.search(title)) else None)
    if not sessions or not any(s.turns or s.lists or s.date for s in sessions):
        raise DocumentError("no session found: no dated heading, attendance list or speaker turn", path)
    warnings = _warnings(path, text, sessions)
    compiler = next(
        (
            Line(ln.start + m.start("name"), ln.start + m.end("name"), m["name"])
            for ln in header
            for m in COMPILED_BY.finditer(ln.text)
        ),
        None,
    )
    return RawDocument(
        path=path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        url=url,
        header=header,
        sessions=sessions,
        notes=_split_notes(note_lines, text),
        compiler=compiler,
        repeats=dropped,
        warnings=warnings,
    )


_PARTIAL_REF = re.compile(r"\b(?:[A-Z][a-z]*){2,}[A-Za-z]*(?:\s+RF)?,?\s+(?:F\.|Fond)\s*\d+")
MAX_BYTES = 20_000_000  # one document; the genre's files are kilobytes, a bigger one is a corpus or an accident


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _warnings(path: Path, text: str, sessions: list[RawSession]) -> list[DocumentWarning]:
    """What the document lacks or garbles; facts are built without it and nothing fills the gap."""
    out = []
    for s in sessions:
        if s.date is None:
            out.append(
                DocumentWarning(f"session {s.index} has no date; it is kept undated", path, _line(text, s.start))
            )
        if not any(lst.kind in ("listed", "chair", "spoke") for lst in s.lists):
            out.append(DocumentWarning(f"session {s.index} has no attendance list", path, _line(text, s.start)))
    complete = {start for start, _, _ in find_references(text)}
    for m in _PARTIAL_REF.finditer(text):
        if m.start() not in complete:
            snippet = text[m.start() : m.start() + 60].split("\n")[0]
            out.append(
                DocumentWarning(
                    f"incomplete archive reference (archive, F., Op., D. expected): {snippet!r}",
                    path,
                    _line(text, m.start()),
                )
            )
    tail = text.rstrip()
    last_line = tail.rsplit("\n", 1)[-1]
    if len(last_line) > 10 and tail[-1].isalpha():  # a long last line that ends in the middle of a word or sentence
        out.append(DocumentWarning("the text stops mid-sentence (a truncated copy?)", path, _line(text, len(tail))))
    return out


def _title(text: str) -> str | None:
    """The page title: the first paragraph that is not only a date, markup removed.

    A bold (``**...**``) title may wrap over several lines; otherwise the first line is the title.
    """
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip("*# ") for ln in para.strip().split("\n") if ln.strip("*# ")]
        if lines and (found := parse_date(lines[0])) and found[1] == 0 and found[2] >= len(lines[0].rstrip(". ")):
            lines = lines[1:]
        if lines:
            title = " ".join(lines) if "**" in para else lines[0]
            title = re.split(r"\s(?:get citation|Citation|CITATION|Summary|Skip to)\b", title)[0]
            return re.sub(r"\s+", " ", title)[:300]
    return None


def _first_date(texts: list[str]) -> str | None:
    for t in texts:
        if found := parse_date(t):
            return found[0]
    return None


def read_file(path: Path, known: KnownName) -> RawDocument:
    """Read and lay out one file.

    :raises DocumentError: the file cannot be read, is not text, or holds no session.
    """
    return read_text(path, decode(read_bytes(path), path), known)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError when it cannot be read or is too big to be one document."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit for one document; "
                "split it into its documents",
                path,
            )
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(f"cannot read: {e.strerror}", path) from None


def iter_corpus(corpus: Path) -> Iterator[Path]:
    """The documents of a corpus folder, in a stable order (manifests and hidden files left out)."""
    for p in sorted(corpus.rglob("*.txt")):
        if not any(part.startswith(".") for part in p.relative_to(corpus).parts):
            yield p


def read_manifest(corpus: Path) -> dict[str, str]:
    """File name → source address, from the corpus's ``manifest.tsv`` (columns ``file`` and ``source``), if any."""
    path = corpus / "manifest.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["file"]: r["source"] for r in csv.DictReader(f, delimiter="\t") if r.get("file") and r.get("source")}
