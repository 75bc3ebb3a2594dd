"""The body of the notes → sessions, agenda items, attendance lists and speaker turns.

``kg.read`` finds where the body is; this module walks its lines. A line can open a session (a
dated heading), an agenda item, a list of names (present, chair, guests, those who spoke on an
item) or a speaker turn, or it continues the turn before it. Nothing here decides who a name
stands for beyond the yes/no test it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.text import HEADER_LABEL, KnownName, Line, body_name, ends_sentence, parse_date, sub_line

_HEADING = re.compile(r"\b(?:Session|Meeting|Protocol|Presidium|Politburo|Secretariat|Plenum)\b", re.I)
_SESSION_CAPS = re.compile(r"^(?:WORKING NOTES FROM THE )?SESSION OF THE\b")
_HEADING_START = re.compile(
    r"^\(?(?:Re:\s*)?(?:Working Notes|Notes|Minutes|Record|Transcript|Protocol|Session|Meeting|Excerpt"
    r"|Central Committee|CPSU)",
    re.I,
)
PROTOCOL = re.compile(r"\bProtocol\s+(?:No\.?\s*)?(?P<n>\d+)", re.I)

# A name as printed: initials, then a surname (also ALL CAPS, hyphenated or abbreviated "Khr.").
_NAME = r"(?:(?:[A-Z][a-z]?\.\s?){1,3}\s*)?[A-Z][\w’'\-]*[a-zà-ž]?[\w’'\-]*\.?"
_CDE = r"(?:Cdes?\.|Comrades?|Cde)\s+"
_SEP = r"\s*(?:—|–|--|-\s|:)\s*"
SPEAKER = re.compile(rf"^(?:{_CDE})?(?P<name>{_NAME}){_SEP}(?P<text>.*)$", re.S)
SPEAKER_CAPS = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][A-Z’'\-]{2,})\.\s+(?P<text>\S.*)$", re.S)
NARRATIVE = re.compile(
    rf"^(?P<report>(?:Report|Speech|Statement|Remarks) (?:of|by) )?Cdes?\.\s+(?P<name>{_NAME})(?=[\s,]|$)(?P<text>.*)$",
    re.S,
)
_NARRATIVE_VERB = re.compile(
    r"^\s+(?:speaks|spoke|says|said|thinks|believes|considers|proposes|proposed|reports|reported|objects|supports"
    r"|agrees|disagrees|notes|states|stated|raises|informs|informed|suggests|insists|asks|answers|replies|remarks"
    r"|emphasizes|emphasises|declares|expresses|criticizes|criticises|recalls|explains|favors|favours|opposes|argues"
    r"|warns|doubts|calls|urges|demands|praises|defends|rejects|welcomes|questions|cautions|recommends|protests"
    r"|approves|condemns|complains|admits|acknowledges|responds|observes|points out|insisted|warned|doubted)\b"
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
_TITLE_GUESTS = re.compile(r"\bwith the (?:Participation|participation) of\s+(?P<list>.+?)(?:\s*\(|\)|$)")
# an item number, but not the first initial of a name ("V. V. GRISHIN:")
ITEM = re.compile(r"^(?P<num>[IVXL]{1,5}|\d{1,2})\.(?=\s|\(|$)(?!\s*[A-Z][a-z]?\.\s)\s*(?P<rest>.*)$", re.S)
_UNNUMBERED_ITEM = re.compile(r"^(?:On|Regarding|Concerning|About|Re:|Question of|The question of)\s+[A-Z\w]")
_SENTENCE_END = re.compile(r"(?<=[a-z\]\)’])\.(?:\[\d+\]|\(\d+\))?(?=\s+[A-Z])")
SPEAKER_LIST = re.compile(r"\((?P<list>[^()]{2,400})\)")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")
_FOOTNOTE = re.compile(r"\s*(?:\(\d{1,3}\)|\[\d{1,3}\])\s*$")
_LIST_NAME = re.compile(rf"^(?:{_CDE})?(?:[A-Z][a-z]+\s+){{0,2}}{_NAME}$")
_INITIAL = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|Cdes?|Comr)\.$")


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
        names.append(sub_line(line, offset + at, offset + at + len(clean)))
    return tuple(names) or None


def _list_end(text: str) -> int:
    """Where an unbracketed list of names ends: at the first full stop that does not close an initial."""
    for m in re.finditer(r"[.;](?=\s|$)", text):
        if not _INITIAL.search(text[: m.start() + 1]):
            return m.start()
    return len(text)


class BodyReader:
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
            found = parse_date(nxt.text)  # "SESSION OF THE ... POLITBURO" with its date on the next line
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
        title = sub_line(ln, offset, title_end)
        title = Line(title.start, title.end, _FOOTNOTE.sub("", title.text).rstrip(" .")) if title.text else None
        s.items.append(RawItem(len(s.items) + 1, number, title if title and title.text else None, ln))
        self.expect_list = True
        if title_end < len(ln.text) and not self._speaker_list(ln, title_end, require_start=False):
            s.free.append(sub_line(ln, title_end))

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
        self._add_list("spoke", names, sub_line(ln, m.start(), m.end()))
        self.expect_list = False
        if ln.text[m.end() :].strip():
            self.session.free.append(sub_line(ln, m.end()))
        return True

    def _listed(self, name: str) -> bool:
        """Whether the session's own lists name this surname: "ZAKHARCHENKO." speaks if he was present."""
        surname = name.rstrip(".").split()[-1].lower() if name.strip() else ""
        return any(n.text.split()[-1].lower() == surname for lst in self.session.lists for n in lst.names)

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
                or self._listed(name)
                or (caps and pattern is SPEAKER)
                or dash
                and name[:1].isupper()
                and " " not in name
            ):
                if HEADER_LABEL.match(name) or name.lower().rstrip(".:") in {
                    "note",
                    "notes",
                    "summary",
                    "source",
                    "citation",
                }:
                    continue
                return sub_line(ln, m.start("name"), m.end("name")), sub_line(ln, m.start("text")), False
        m = NARRATIVE.match(t)
        if m and (m["report"] or _NARRATIVE_VERB.match(m["text"])):
            return sub_line(ln, m.start("name"), m.end("name")), sub_line(ln, m.end("name")), True
        m = re.match(r"^(?P<name>[A-Z][\w’'\-]+)\s+(?=[A-Z])", t)  # a name run into its statement
        if m and self.known(m["name"]) and " " in t and not self.known(t[m.end() :].split(" ", 1)[0]):
            return sub_line(ln, 0, m.end("name")), sub_line(ln, m.end()), False
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
