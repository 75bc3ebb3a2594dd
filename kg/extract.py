"""Extraction: a laid-out document and the spaCy pipeline → plain fact records.

``kg.read`` says where things are; this stage says who and what: it resolves
every printed name to a person, turns lists into attendance claims and turns
into numbered speech turns, finds mentions and archive references, and reads
the translator's notes for what another source (the formal protocol) states
or omits. The result is a ``DocumentFacts``, the only input of ``kg.rdf``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from itertools import accumulate, product
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from kg.authority import Authority, clean_name, fold
from kg.errors import DocumentWarning
from kg.facts import (
    AgendaItem,
    ArchivalUnit,
    Attendance,
    Basis,
    Citation,
    DocumentFacts,
    Mention,
    PersonRef,
    Session,
    Span,
    Turn,
)
from kg.htmlpage import Origin
from kg.other_source import reported, wordings
from kg.read import Note, RawDocument, document_id, file_line, marked, read_file
from kg.refs import reference_at_start
from kg.sessions import BODY_ALONE, EDITORS_LABEL, HEARD_OPENS, RawSession, holder_of
from kg.stances import positions, table_tasks, tasks
from kg.stances import prepare as prepare_stances
from kg.text import (
    MONTH,
    MONTH_NUMBERS,
    POINT,
    TRAILING_MARK,
    Line,
    dropped,
    ends_sentence,
    goes_on,
    join_lines,
    mend_words,
    one_line,
    sentences,
)

_KIND_BASIS = {"listed": Basis.LISTED, "chair": Basis.CHAIR, "guest": Basis.GUEST}


class _Present:
    """The people a session has present so far, their ids and surnames taken once: a record of thousands of turns
    asks for each of them. ``away``: those its lists name as absent or excused, who are no one's namesakes at the
    session but their own ("Excused: Cde. K. Hoffmann" is the "Hoffmann" who speaks after all, not the people file's
    Heinz Hoffmann)."""

    def __init__(self, people: Iterable[PersonRef], away: Iterable[PersonRef] = ()):
        self.people = list(people)
        self.ids = {p.id for p in self.people}
        self.by_surname: dict[str, list[PersonRef]] = {}
        for p in [*self.people, *away]:
            self.by_surname.setdefault(_surname(p), []).append(p)


class _Names:
    """Resolves printed names to people and remembers the variants seen."""

    def __init__(self, authority: Authority):
        self.authority = authority
        self.people: dict[str, PersonRef] = {}
        self.variants: dict[str, set[str]] = {}
        self.printed: set[tuple[str, str]] = set()  # (person, name as printed) already kept as a variant

    def resolve(self, name: str, ent_id: str = "") -> PersonRef | None:
        if ent_id and ent_id in self.authority.people:
            p = self.authority.people[ent_id]
            person = PersonRef(p.id, p.label, True)
        else:
            person = self.authority.resolve(name)
        if person is None:
            return None
        return self._seen(person, name)

    def resolve_among(self, name: str, present: Iterable[PersonRef]) -> PersonRef | None:
        """The person a name the authority finds ambiguous stands for, when only one of the people at
        the session fits it: "Vor." is Voroshilov where he is listed (the authority also knows Voronov
        and Vorotnikov), "Andrei Andreevich" is Gromyko where Andreev is not."""
        stem = fold(clean_name(name)).split(" ")[-1]
        if person := self.resolve(name):
            return person
        if stem.endswith(".") and len(stem) >= 3:
            hits = {p.id: p for p in present if _surname(p).startswith(stem.rstrip("."))}
        else:
            ids = self.authority.bearers(name)
            hits = {p.id: p for p in present if p.id in ids}
        return self._seen(hits.popitem()[1], name) if len(hits) == 1 else None

    def resolve_speaker(self, name: str, present: _Present) -> PersonRef | None:
        """Who a speaker printed by his bare surname is: the one man the session lists under it, where the
        people file gives the surname to another ("Németh:" is the listed Károly Németh, not the file's Miklós
        Németh); else as ``resolve_among``. Only a speaker: a man named in a task or an absence may be away."""
        cleaned = clean_name(name)
        filed = self.authority.resolve(name) if " " not in cleaned else None  # not yet seen: it may be another's
        if filed is None:
            return self.resolve_among(name, present.people)
        if filed.id not in present.ids:
            namesakes = present.by_surname.get(fold(cleaned), [])
            if len(namesakes) == 1:
                return self._seen(namesakes[0], name)
        return self._seen(filed, name)

    def _seen(self, person: PersonRef, name: str) -> PersonRef:
        # one PersonRef per person in a document; every printed form is kept as a variant, without a note's
        # marker, a dash or the stop of a sentence after it ("Gromyko.", "Aliev,1", "Mikoyan-"); an
        # abbreviation's point stays ("Khr.")
        person = self.people.setdefault(person.id, person)
        if (person.id, name) not in self.printed:  # a document prints the same forms over and over
            printed = one_line(TRAILING_MARK.sub("", name.strip())).rstrip(",;:-–— ")
            if printed.endswith(".") and (bare := self.authority.resolve(printed[:-1])) and bare.id == person.id:
                printed = printed[:-1]
            self.printed.add((person.id, name))
            self.variants.setdefault(person.id, set()).add(printed)
        return person


T = TypeVar("T")


def _quoted(value: T, text: str, origin: Origin | None) -> T:
    """``value`` with every span in it quoting ``text``: the file's own words, where the readers read a plain
    copy of it (a Markdown page: ``kg.markdown``; a copy's typography: ``kg.text.typeset``; a web page's text,
    whose words moved from where the file has them: ``kg.htmlpage``, ``origin``), so that a quote is what its
    offsets hold."""
    if isinstance(value, Span):
        if origin:
            start, end = origin.span(value.start, value.end)
        else:
            start, end = value.start, value.end  # a word whose soft hyphens or escapes were left out ends further on
            while dropped(text, start, end) > end - value.end:
                end += 1
        return Span(start, end, text[start:end])  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _quoted(getattr(value, f.name), text, origin) for f in fields(value)})
    if isinstance(value, list | tuple):
        return type(value)(_quoted(v, text, origin) for v in value)  # type: ignore[return-value]
    return value


def _first_word(text: str, start: int, end: int) -> int:
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _line_span(text: str, line: Line) -> Span:
    return _span(text, line.start, line.end)


def prepare() -> None:
    """Compile the rules extraction reads, once, before a build forks its workers (see ``stances.prepare``)."""
    prepare_stances()
    wordings()


def extract(raw: RawDocument, nlp: Language, authority: Authority) -> DocumentFacts:
    """All facts of one document."""
    doc = _parse(nlp, raw.text)
    names = _Names(authority)
    header = _joined([(ln.start, ln.end) for ln in raw.header], raw.text)
    warnings = list(raw.warnings)
    citations = _citations(raw, doc, header)
    sessions = []
    spoken = _without_notes(raw)  # the text the stances are read in, once for the document
    opens = _record_opens(raw)  # (not an article's prose and endnotes before the records)
    unmarked = _unmarked(raw)
    for rs in raw.sessions:
        s = Session(
            index=rs.index,
            span=_span(raw.text, rs.start, rs.end),
            date=rs.date,
            body=rs.body,
            protocol=rs.protocol,
            title=rs.title,
            compiler=names.resolve(raw.compiler.text) if raw.compiler else None,
        )
        own_notes = _notes_of(raw, rs, opens, unmarked)
        notes = [span for n in own_notes for span in _note_spans(raw, n, rs.date)]
        lines = [(a, b) for a, b in rs.lines if a >= opens]
        own = _joined([*lines, *notes, *header], raw.text)
        s.citations = _session_citations(citations, raw.sessions, rs, own, header)
        source = next((c.unit for c in s.citations if c.notes_source), None)
        warnings += _items_turns_attendance(raw, rs, s, names, source)
        _other_source(raw, s, own_notes + _commentary(raw.text, rs), names)
        _mentions(raw, doc, rs, s, notes, names)
        _stances(raw, rs, s, names, spoken)
        sessions.append(s)
    named = _people_named(sessions)  # a name weighed along the way and let go ("Observers are to ...") is no one
    if raw.verbatim != raw.text:
        sessions = _quoted(sessions, raw.verbatim, raw.origin)
    return DocumentFacts(
        doc_id=document_id(raw.path),
        filename=raw.path.name,
        text=raw.verbatim,
        sha256=raw.sha256,
        title=raw.title,
        url=raw.url,
        sessions=sessions,
        people={k: p for k, p in names.people.items() if k in named},
        variants={k: v for k, v in names.variants.items() if k in named},
        warnings=warnings,
    )


def _people_named(sessions: list[Session]) -> set[str]:
    """The ids of the people the sessions' facts name, wherever in the records they stand."""
    named, stack = set(), list[object](sessions)
    while stack:
        x = stack.pop()
        if isinstance(x, PersonRef):
            named.add(x.id)
        elif is_dataclass(x):
            stack.extend(getattr(x, f.name) for f in fields(x))
        elif isinstance(x, (list, tuple)):
            stack.extend(x)
    return named


def _parse(nlp: Language, text: str) -> Doc:
    """One spaCy Doc over the whole text, parsed in pieces so a very large file stays within spaCy's limits."""
    limit = 200_000
    if len(text) <= limit:
        return nlp(text)
    pieces, start = [], 0
    while start < len(text):
        end = text.rfind("\n", start, start + limit)
        end = len(text) if start + limit >= len(text) else (end + 1 if end > start else start + limit)
        pieces.append(text[start:end])
        start = end
    return Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)


class _Ranges:
    """Ranges of a text (its lines, names, notes), looked up in log time: a long document has thousands of
    lines and names, and testing each against each made it quadratic."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        self._pairs = sorted(ranges)
        self._starts = [a for a, _ in self._pairs]
        self._reach = list(accumulate((b for _, b in self._pairs), max))  # the furthest end of any range so far

    def hold(self, start: int, end: int) -> bool:
        """Whether the stretch lies inside one of the ranges."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of the ranges (lines one after another) that lie inside the stretch."""
        first = max(0, bisect_right(self._starts, start) - 1)
        last = bisect_right(self._starts, end)
        return [(max(a, start), min(b, end)) for a, b in self._pairs[first:last] if b > start and a < end]


def _words(text: str, lines: _Ranges, start: int, end: int) -> str:
    """A turn's words from ``start`` to ``end``: the text of the session's own lines there, without what a
    book's page prints amid them (its notes at the foot, the running head over the next page), a line
    break in their place."""
    pieces, at = [], start
    for a, b in lines.within(start, end):
        gap = text[at:a]  # (the blanks a line ends or opens with, where a page's markup was, are no words of it)
        pieces += ["\n" * gap.count("\n") or gap if not gap.strip() else "\n", text[a:b]]
        at = b
    return "".join(pieces).strip()


def _joined(ranges: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The ranges, those printed on lines one under another made one: a reference wraps ("D. 78," / "Ll. 112-126")."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and not text[out[-1][1] : a].strip() and text.count("\n", out[-1][1], a) <= 1:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _citations(raw: RawDocument, doc: Doc, header: list[tuple[int, int]]) -> list[Citation]:
    out = []
    repeats, in_header = _Ranges(raw.repeats), _Ranges(header)
    for ref in doc.spans.get("archive_ref", []):
        span = _span(raw.text, ref.start_char, ref.end_char)
        if repeats.hold(span.start, span.end):
            continue
        out.append(Citation(ref._.unit, span, notes_source=in_header.hold(span.start, span.end)))
    first = next((c for c in out if c.notes_source), None)
    if first is None and raw.sessions:
        # no citation above the document: an introduction may say in its prose where the copy used is held
        rs = raw.sessions[0]
        opening = min([x.span.start for x in [*rs.lists, *rs.turns]], default=rs.end)  # where the record begins
        own = next(
            (
                c
                for c in out
                if c.span.end <= opening and _OWN_COPY.search(raw.text, max(0, c.span.start - 240), c.span.start)
            ),
            None,
        )
        out = [Citation(c.unit, c.span, True) if c is own else c for c in out]
        first = next((c for c in out if c.notes_source), None)
    # the notes' own archive file is the first reference of the citation; later ones there are other sources
    return [c if c is first or not c.notes_source else Citation(c.unit, c.span, False) for c in out]


# where an introduction says, in the sentence that cites it, that the copy it translates is held, or names it its
# source ("Archival source: RGANI, ...", of the edition translated: "Source given there: RGANI, ...")
_OWN_COPY = re.compile(
    r"\b(?:(?:copy|text|document|original|record)\s+(?:used|translated|printed|reproduced)\s+(?:here|below)"
    r"|(?:translated|printed)\s+(?:here|below)\s+(?:is|are)\s+(?:held|kept|preserved))\b[^.]*$"
    r"|(?:^|(?<=[.;]\s)|(?<=\n))(?:(?:archival|original)\s+)?source(?:\s+(?:given|cited|named)\s+there)?\s*:\s*$",
    re.I,
)


def _session_citations(
    citations: list[Citation],
    sessions: list[RawSession],
    rs: RawSession,
    own: list[tuple[int, int]],
    page: list[tuple[int, int]],
) -> list[Citation]:
    """The citations of one session: the page's (in its heading, ``page``), which speak for every session on it,
    and those in its own lines and notes but another session's own file. The line that names a session's own file
    ("[Source: ...]"), as a collection prints one before or after each document, names the notes' file of that
    session: in place of the page's where the file holds several sessions, else where the page names none; the
    page's reference to that same file ("D. 71, Ll. 1-6 and 40-47") then gives way to it, its folios being the
    other sessions' too."""
    mine = _Ranges([(rs.source.start, rs.source.end)] if rs.source else [])
    others = _Ranges([(o.source.start, o.source.end) for o in sessions if o is not rs and o.source])
    first = next((c for c in citations if mine.hold(c.span.start, c.span.end)), None)
    held = _Ranges(own)
    kept = [
        c
        for c in citations
        if (c.notes_source or held.hold(c.span.start, c.span.end)) and not others.hold(c.span.start, c.span.end)
    ]
    if first is None or len(sessions) == 1 and any(c.notes_source for c in kept):
        return sorted(kept, key=lambda c: not c.notes_source)
    heading = _Ranges(page)
    whole = {c for c in kept if heading.hold(c.span.start, c.span.end) and _file(c) == _file(first)}
    return [Citation(first.unit, first.span, True)] + [
        Citation(c.unit, c.span, False) for c in kept if c is not first and c not in whole
    ]


def _file(c: Citation) -> tuple[str, ...]:
    u = c.unit
    return u.archive, u.fond, u.opis, u.papka, u.delo, u.signature


def _unmarked(raw: RawDocument) -> set[str]:
    """The numbers of the notes whose marker no session carries glued to a word (a scan's "... June 1958 25"): such a
    note is the session's at whose page's foot it stands (``_notes_of``)."""
    if len(raw.sessions) < 2:
        return set()  # (every note is the one session's)
    return {
        n.number
        for n in raw.notes
        if n.number and not any(marked(n.number).search(raw.text, x.start, x.end) for x in raw.sessions)
    }


def _notes_of(raw: RawDocument, rs: RawSession, opens: int, unmarked: set[str]) -> list[Note]:
    """The translator's notes that belong to a session: all of them if the file has one session; in a
    collection that prints each document's notes under it, those printed under the session; else those
    whose marker "(n)" / "[n]", a book's bare "n" or asterisks glued to a word, appears in the session's text, and an
    unnumbered note (an archivist's "Note on the text" under them all), whose sentences say which day they
    speak of, and an ``unmarked`` one at the foot of the session's page; none that stands before ``opens``, where the
    records begin after an article (``_record_opens``)."""
    if len(raw.sessions) == 1:
        return list(raw.notes)
    last, start = raw.sessions[-1], max(rs.start, opens)
    if _notes_under_each(raw):
        end = len(raw.text) if rs is last else rs.end
        return [n for n in raw.notes if start <= n.parts[0].start < end]
    body = raw.text[start : rs.end]
    return [
        n
        for n in raw.notes
        if n.parts[0].start >= start
        and (not n.number or marked(n.number).search(body) or n.number in unmarked and n.parts[0].start < rs.end)
    ]


def _record_opens(raw: RawDocument) -> int:
    """Where the first session's record begins (its first item, list or turn) in a file of several sessions whose
    notes begin before it: what stands before it is a scholar's article with its own endnotes, which prints the
    records in an appendix, and no session's lines or notes. 0 where the file holds one session, which every note of
    it speaks of, or where no note stands before the record (an editor's headnote, a page's facts)."""
    if len(raw.sessions) < 2:
        return 0
    rs = raw.sessions[0]
    opens = min((x.span.start for x in [*rs.items, *rs.lists, *rs.turns]), default=rs.start)
    return opens if any(n.parts[0].start < opens for n in raw.notes) else 0


def _note_spans(raw: RawDocument, note: Note, date: str | None) -> list[tuple[int, int]]:
    """Where a session's note is: all of it, or, for an unnumbered note under several sessions, the sentences
    about this one (the archive files it cites for another day are that day's)."""
    if not _shared(raw, note):
        return [(p.start, p.end) for p in note.parts]
    return _said_of(_note_text(raw.text, note.parts), note, date, shared=True)


def _shared(raw: RawDocument, note: Note) -> bool:
    """Whether a note is read for each of several sessions (an unnumbered one under them all, not one under its
    own document in a collection)."""
    return not note.number and len(raw.sessions) > 1 and not _notes_under_each(raw)


def _notes_under_each(raw: RawDocument) -> bool:
    """Whether a collection prints each document's notes under it: some note stands before the last session."""
    return any(n.parts[0].start < raw.sessions[-1].start for n in raw.notes)


def _items_turns_attendance(
    raw: RawDocument, rs: RawSession, s: Session, names: _Names, source: ArchivalUnit | None
) -> list[DocumentWarning]:
    """Agenda items, speech turns and attendance of a session; a warning for each turn no one can be named for."""
    text = raw.text
    s.items = [
        AgendaItem(it.order, it.number, it.title.text if it.title else None, _line_span(text, it.span))
        for it in rs.items
    ]
    present: dict[str, PersonRef] = {}
    printed = _Ranges(rs.lines)
    claimed: set[tuple[str, Basis]] = set()
    unattributed: list[DocumentWarning] = []

    def attend(person: PersonRef, name: Line, basis: Basis, said: Line | None = None) -> None:
        """``said``: the words that make the claim, where they are not the name ("Present: the same")."""
        if (person.id, basis) in claimed:
            return
        claimed.add((person.id, basis))
        s.attendance.append(Attendance(person, name.text, basis, _line_span(text, said or name), source))

    for lst in rs.lists:
        if lst.kind in _KIND_BASIS:
            for name in lst.names:
                if person := names.resolve(name.text):
                    attend(person, name, _KIND_BASIS[lst.kind], lst.span if lst.carried else None)
                    present[person.id] = person
    away: list[PersonRef] = []
    for lst in rs.lists:
        if lst.kind == "absent":  # "the same, except Cde. X": the notes' own word that he was not there
            for name in lst.names:
                if (person := names.resolve_among(name.text, present.values())) and person.id not in present:
                    attend(person, name, Basis.ABSENT)
                    away.append(person)
    speakers: list[tuple[PersonRef, Line]] = []
    seq = 0
    at = _Present(present.values(), away)  # (no one is added to those present until every turn is read)
    for k, (_, kind, i) in enumerate(rs.events):
        if kind == "list":
            lst = rs.lists[i]
            if lst.kind != "spoke":
                continue
            # (its men are speakers: "Comrades Kiss and Biszku abstained." names the listed Árpád Kiss)
            listed = [names.resolve_speaker(name.text, at) for name in lst.names]
            told = set() if lst.said else _told_after(rs, k, names, at)
            if all(person is not None and person.id in told for person in listed):
                continue  # a list that announces the turns told after it gives none of its own
            for name, person in zip(lst.names, listed, strict=True):
                if person:
                    seq += 1
                    if lst.said:  # "Cdes. A, B and C spoke in favour of the draft.": each a turn of those words
                        body = _words(text, printed, lst.said.start, lst.said.end)
                        turn = Turn(seq, lst.item, person, name.text, body, _line_span(text, lst.span), lst.said.start)
                    else:
                        span = _line_span(text, name)
                        turn = Turn(seq, lst.item, person, name.text, "", span, span.end, from_list=True)
                    s.turns.append(turn)
                    speakers.append((person, name))
        else:
            t = rs.turns[i]
            person = names.resolve_speaker((t.holder or t.name).text, at)
            if person is None:  # an unknown abbreviation: the turn cannot be attributed, so it is not claimed
                unattributed.append(
                    DocumentWarning(
                        f"the turn of {t.name.text!r} is left out: no known person is printed that way",
                        raw.path,
                        file_line(raw.verbatim, raw.origin, t.name.start),
                    )
                )
                continue
            seq += 1
            start = t.text.start + len(text[t.text.start : t.text.end]) - len(text[t.text.start : t.text.end].lstrip())
            body = _words(text, printed, start, t.text.end)
            s.turns.append(Turn(seq, t.item, person, t.name.text, body, _line_span(text, t.span), start))
            speakers.append((person, t.name))
    s.turns = _heard_once(s, text)
    surnames = {_surname(p) for p in present.values()}
    for person, name in speakers:
        # (not a bare surname that two men the list names bear, "Müller" for Gerhard or Margarete: one of them spoke,
        # no third man came)
        if person.id in present or " " not in clean_name(name.text) and fold(person.label) in surnames:
            continue
        attend(person, name, Basis.INFERRED)
        present[person.id] = person
        surnames.add(_surname(person))
    return unattributed


_ASIDE_ONLY = re.compile(r"\s*(?:\([^()]*\)\s*)?[.;]?\s*")  # his post, no words: "(Department of Propaganda)."
# the rest of a line that heard two men's reports: "HEARD: the information of Cde. A and the report of Cde. B"
_AND_ANOTHER_REPORT = re.compile(r"\s*and\s+(?:the\s+)?(?:report|information|co-report)\s+(?:of|by)\s+", re.I)


def _heard_once(s: Session, text: str) -> list[Turn]:
    """The session's turns, a report told twice told once: a protocol printed with the record of the same session
    gives the report its "HEARD: Cde. Shauro." names with no words, and the record his words ("Cde. Shauro
    reported on ..."). A report heard is dropped where the turn after it is its man's words on the same item, or where
    he spoke before on an item of the same number and title (the protocol's extract printed after the record, "1. On
    the situation in Chile" again); the turns after it move up. Not where others speak between ("HEARD: Cde.
    Stepakov." / "Cde. Kapitonov asks ..." / "Cde. Stepakov reports ..."): the report, then his answer; nor on a
    protocol's later item of a title it gives again ("3. Questions of the Ministry of Foreign Affairs")."""
    titles = {it.order: (it.number, it.title) for it in s.items}

    def wordless(t: Turn) -> bool:
        return bool(_ASIDE_ONLY.fullmatch(t.text))

    def repeated(n: int, t: Turn) -> bool:
        # (a report heard, on the line of the man's name: "HEARD: Cde. Shauro.", "HEARD: Information of Cdes. A and B.")
        # (or the words of the line are another's report it heard too: "HEARD: the information of Cde. F. Kincl and
        # the report of Cde. M. Štěpán on ...", each then in his own words)
        heard = wordless(t) or _AND_ANOTHER_REPORT.match(t.text)
        if not heard or not HEARD_OPENS.match(text, text.rfind("\n", 0, t.span.start) + 1, t.span.start):
            return False
        after = s.turns[n + 1] if n + 1 < len(s.turns) else None
        if after is not None and after.person == t.person and after.item == t.item and not wordless(after):
            return True
        title = titles.get(t.item)
        return (
            title is not None
            and title[1] is not None
            and any(
                o.person == t.person and not wordless(o) and o.item != t.item and titles.get(o.item) == title
                for o in s.turns[:n]
            )
        )

    kept = [t for n, t in enumerate(s.turns) if not repeated(n, t)]
    return [replace(t, seq=n) for n, t in enumerate(kept, 1)]


def _surname(person: PersonRef) -> str:
    return fold(person.label).split(" ")[-1]


_PROTOCOL_TITLE = re.compile(r"(?:the\s+)?(?:Protocol|Minutes)\b", re.I)  # an extract is not the whole protocol
# "the formal protocol", "the full minutes", "the attendance sheet": another document than the one they are notes to
_ANOTHER_PROTOCOL = re.compile(
    r"\b(?:(?:formal|full|official|original|complete)\s+(?:protocol|minutes)|attendance\s+(?:sheet|register|list)"
    r"|register\s+of\s+attendance)\b",
    re.I,
)
_FORMAL_PROTOCOL = re.compile(r"\b(?:formal|official)\s+(?:protocol|minutes)\b", re.I)  # not the record's "original"
_NOTES_TITLE = re.compile(r"\b(?:notes|working record|Malin)\b", re.I)  # a protocol's notes, not the protocol


def _commentary(text: str, rs: RawSession) -> list[Note]:
    """An editor's paragraphs amid the record that speak of another document ("The formal protocol of the
    session (..., RGANI, F. 3, ...) does not include Romanov"), read as notes are (their sentences on another
    day's meeting too are left alone there): an essay that quotes a record comments on it in its own text."""
    paragraphs: list[list[Line]] = []
    for ln in rs.free:  # a paragraph printed over lines is read whole, as a note is
        if paragraphs and text.count("\n", paragraphs[-1][-1].end, ln.start) == 1:
            paragraphs[-1].append(ln)
        else:
            paragraphs.append([ln])
    return [
        Note("", tuple(p))
        for k, p in enumerate(paragraphs)
        if any(_ANOTHER_PROTOCOL.search(ln.text) for ln in p)
        or k
        and _labels_note(text, paragraphs[k - 1], p)
        or len(p) > 1
        and EDITORS_LABEL.fullmatch(p[0].text.strip())  # "Note" / "The protocol lists ..."
    ]


def _labels_note(text: str, above: list[Line], paragraph: list[Line]) -> bool:
    """Whether the paragraph above is an editor's label alone, right over this one ("Editor's remark" / "The protocol
    of the session ... names as guests only Cdes. Ulbricht and Apel; G. Mittag is not mentioned in it.")."""
    return (
        len(above) == 1
        and bool(EDITORS_LABEL.fullmatch(above[0].text.strip()))
        and not text[above[0].end : paragraph[0].start].strip()
    )


def _another_meeting(text: str, date: str | None) -> bool | None:
    """Whether a text names a meeting of another day than ``date`` ("the session of 18 March"), None if it names
    no meeting by its day; its day, month and year are compared as far as it gives them."""
    named = None
    for m in _MEETING_OF.finditer(text):
        day = m["day"] or m["day_after"]
        given = (m["year"], f"{MONTH_NUMBERS[m['month'].lower()]:02d}", f"{int(day):02d}" if day else None)
        if date is None or any(part and part != own for part, own in zip(given, date.split("-"), strict=True)):
            return True
        named = False
    return named


# a meeting named by its day: "the session of 18 March", "the meeting on 4 June" (not a plenum's: a report to
# it may list who was at this one)
_MEETING_OF = re.compile(
    rf"\b(?:session|meeting|sitting)\s+(?:of|on|held\s+on)\s+(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{MONTH})"
    r"(?:\s+(?P<day_after>\d{1,2})\b,?)?(?:\s+(?P<year>\d{4}))?",
    re.I,
)


def _told_after(rs: RawSession, k: int, names: _Names, present: _Present) -> set[str]:
    """Those whose turns come after the list of those who spoke at event ``k``, on the same item, so that the list
    only announces them: turns the record tells after a list in its words ("The following took part in the
    discussion: Comrades A, B." / "Comrade A stated that ...", up to the next such list, which announces those after
    it), and the words of the one man a bracket names, right
    after it ("HEARD: On the journal (Cde. Shauro)" / "Shauro: The journal ..."). A list gives none of its own only
    where all its men are such (``tasks``): one that names others too gives each his turn ("The discussion was joined
    by Comrades A, B, C." / "Comrade A summed up ..."), and so does Malin's "(Khr., Mik.)" beside their turns, as the
    editions count it."""
    lst = rs.lists[rs.events[k][2]]
    bracketed = lst.span.text.startswith("(")
    told = set()
    for j, (_, kind, i) in enumerate(rs.events[k + 1 :], k + 1):
        if kind == "list" and rs.lists[i].kind == "spoke":
            break  # the turns after the next list of those who spoke are its to announce
        if kind != "turn":
            continue
        t = rs.turns[i]
        if t.item != lst.item:
            break
        announced = j == k + 1 and len(lst.names) == 1 if bracketed else t.narrative
        if announced and (person := names.resolve_speaker((t.holder or t.name).text, present)):
            told.add(person.id)
    return told


def _other_source(raw: RawDocument, s: Session, notes: list[Note], names: _Names) -> None:
    """What the translator's notes say another source records about attendance.

    "the formal protocol (..., in APRF, F. 3, ...) indicates that ... the participants included A, B, and C.
    The protocol does not mention D." gives A, B, C as present on the protocol's word, and D as
    omitted by it (the wordings are read by ``kg.other_source``); the protocol's archive file is the
    reference cited in a sentence of the note that speaks for it, the latest up to the claim. "X is not listed
    in the working record" is the notes' own omission, on the file of the notes; in a protocol's own session,
    "Malin's draft notes of this session (RGANI, ...) do not list X" is the omission of the notes, another source,
    on their file. A note the page's text breaks (a book's note that goes on at the foot of the next page) is read
    as one text.
    """
    text = raw.text
    # a note of a protocol's own translation ("As was customary, the protocol does not list Kania") speaks of
    # the document itself where it cites no other file: no second source
    titles = f"{s.title or ''} {raw.title or ''}"
    itself = bool(_PROTOCOL_TITLE.match(s.title or raw.title or "")) and not _NOTES_TITLE.search(titles)
    own_unit = next((c.unit for c in s.citations if c.notes_source), None)  # the file of the notes themselves
    # a protocol's own session: its notes are another source too ("Malin's draft notes do not list X"), unless a
    # note speaks of "the formal protocol" (an edition of the notes, each headed "PROTOCOL No. 150")
    read_notes = [(note, _note_text(text, note.parts)) for note in notes]  # each read once, for either reading
    formal = any(_FORMAL_PROTOCOL.search(read, n.parts[0].start, n.parts[-1].end) for n, read in read_notes)
    readings = (False, True) if itself and not formal else (False,)
    for (note, read), of_protocol in product(read_notes, readings):
        held = _Ranges([(p.start, p.end) for p in note.parts])
        protocol_unit: ArchivalUnit | None = None  # the other source's file
        another = of_protocol  # the note has named another document than this one: "the formal protocol"
        ours = _Ranges(_said_of(read, note, s.date, _shared(raw, note)))
        start, end, knows = note.parts[0].start, note.parts[-1].end, names.authority.knows
        for sentence in reported(read, start, end, knows, of_protocol):
            if not ours.hold(sentence.start, sentence.end):
                continue  # "at the session of 18 March, whose formal protocol ..." (and "It does not list X" after)
            said = read[sentence.start : sentence.end]
            # (with the file a bracket right after the sentence gives, if it is the protocol's citation alone: "...
            # does not name him. [Protocol No. 9: RGANI, F. 3, ...]", an edition's footnote where it stands; not "(On
            # Kozlov's illness see RGANI, ...)")
            bracket = _BRACKET_AFTER.match(read, sentence.end)
            reach = bracket.end() if bracket and reference_at_start(bracket["cited"]) is not None else sentence.end
            cited = [
                c.unit
                for c in s.citations
                if sentence.start <= c.span.start < reach and held.hold(c.span.start, c.span.end)
            ]
            if not cited and (pointer := _NOTE_POINTER.search(said)):
                cited = _cited_in(s, notes, pointer["number"], text)  # "The formal protocol cited in Note 1 ..."
            if itself and not of_protocol and wordings().notes_source.search(said):
                cited = []  # the notes' file, in a sentence that sets them against "the protocol", this document
            protocol_unit = cited[0] if cited else protocol_unit
            another = another or bool(_ANOTHER_PROTOCOL.search(said))
            if itself and protocol_unit is None and not another:
                continue
            for r in sentence.names:
                if r.own and own_unit is None:
                    continue  # omitted by the notes, whose file is not known: no source to set against the other
                if person := names.resolve(r.name):
                    if r.own and any(t.person == person for t in s.turns):
                        continue  # not the notes' silence: "Malin does not list him, but the notes show that he spoke"
                    if r.own and any((a.person, a.basis) == (person, Basis.ABSENT) for a in s.attendance):
                        continue  # "the working protocol marks him as excused": its own list of those away has him
                    unit = own_unit if r.own else protocol_unit
                    if any((a.person, a.basis, a.source) == (person, r.basis, unit) for a in s.attendance):
                        continue  # said again ("The protocol names Korotchenko"): one claim, its first words
                    s.attendance.append(Attendance(person, r.name, r.basis, _span(text, r.start, r.end), unit))


_BRACKET_AFTER = re.compile(
    r"[ \t]*[\[(](?:(?:the\s+)?(?:formal\s+)?protocol\b[^:\[\]()\n]{0,80}:\s*)?(?P<cited>[^\[\]()\n]*)[\])]", re.I
)
# a sentence that points to another note for the source's file: "The formal protocol cited in Note 1 ...",
# "According to the formal protocol (see note 1), ..."
_NOTE_POINTER = re.compile(r"(?:\bcited\s+in|\(see)\s+(?:[Nn]ote|n\.)\s*(?P<number>\d{1,3})\b")


def _cited_in(s: Session, notes: list[Note], number: str, text: str) -> list[ArchivalUnit]:
    """The files the session's note ``number`` cites in a sentence that names another source (the formal protocol),
    other than the notes' own: not the file of a telegram it cites."""
    held = [
        (a, b)
        for note in notes
        if note.number == number
        for p in note.parts
        for a, b in sentences(text, p.start, p.end)
        if wordings().source.search(text, a, b)
    ]
    return [c.unit for c in s.citations if not c.notes_source and any(a <= c.span.start < b for a, b in held)]


def _said_of(read: str, note: Note, date: str | None, shared: bool) -> list[tuple[int, int]]:
    """The sentences of a note (``read``: ``_note_text``) that speak of the meeting on ``date``: not one that
    names another day's meeting ("at the session of 18 March, whose formal protocol ..."). In a note ``shared``
    by several sessions (an archivist's unnumbered note under them all) the sentences after it are that day's too
    ("The protocol does not list X"), until one names this meeting's day or "this session"; a session's own note
    speaks of it wherever it names no other day ("On the meeting of 3 August see ... The protocol of this
    session ...")."""
    out, elsewhere = [], False
    for a, b in sentences(read, note.parts[0].start, note.parts[-1].end):
        if (other := _another_meeting(read[a:b], date)) is not None:
            elsewhere = other
        elif not shared or _THIS_MEETING.search(read, a, b):
            elsewhere = False
        if not elsewhere:
            out.append((a, b))
    return out


_THIS_MEETING = re.compile(r"\bth(?:is|e\s+same)\s+(?:session|meeting|sitting)\b", re.I)


def _note_text(text: str, parts: tuple[Line, ...]) -> str:
    """The text as a note's wordings are read in it: what stands between the note's ``parts`` blanked out (a
    book's note the page breaks), and a word in small letters the line broke mended ("does not men-" / "tion"),
    the two characters the break took put after it; offsets are kept for all else."""
    start, end = parts[0].start, parts[-1].end
    if len(parts) == 1 and text.find("-\n", start, end) < 0:
        return text
    note = mend_words(join_lines(list(parts)).text)  # (one_line would mend it too, but give up the offsets)
    return text[:start] + note + text[end:]


# the credits of a copy, which name its translator or editor (at a line's or sentence's head), no one of the meeting's
_CREDITED = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.:;\]]\s))[ \t]*(?:Translated|Translation|Transcribed|Edited)"
    r"(?:\s+(?:from\s+(?:the\s+)?[A-Z]\w+|into\s+English|and\s+annotated))?\s+by\s+$"
)
# the rest of a name the line broke, at the head of the next line: "Cde. Kagano-" / "vich"
_NAME_GOES_ON = re.compile(r"\n[ \t]*[a-z]+")


def _mentions(
    raw: RawDocument, doc: Doc, rs: RawSession, s: Session, notes: list[tuple[int, int]], names: _Names
) -> None:
    """People named inside the session's text and its notes, other than as a speaker or in a list."""
    claimed = _Ranges(
        [(a.span.start, a.span.end) for a in s.attendance]
        + [(name.start, name.end) for lst in rs.lists for name in lst.names]
        + [(t.name.start, t.name.end) for t in rs.turns]
    )
    inside, repeats = _Ranges([*rs.lines, *notes]), _Ranges(raw.repeats)
    spoken = sorted((t.span.start, t.span.end, t.seq) for t in s.turns if not t.from_list)  # turns do not overlap
    present = [a.person for a in s.attendance if a.basis.present]
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        if (
            ent.label_ != "PERSON"
            or not inside.hold(start, end)
            or repeats.hold(start, end)
            or claimed.hold(start, end)
        ):
            continue
        if _CREDITED.search(raw.text, max(0, start - 60), start):
            continue  # the copy's translator: "Translated by Ágnes Szabó for the Cold War ..."
        printed = ent.text
        if printed.endswith("-") and (rest := _NAME_GOES_ON.match(raw.text, end)):
            if names.authority.knows(whole := printed[:-1] + rest[0].lstrip()):  # not "Cde. Mikoyan-" / "we ..."
                printed, end = whole, rest.end()
        person = names.resolve(printed, ent.ent_id_) if ent.ent_id_ else names.resolve_among(printed, present)
        if person is None:
            continue
        i = bisect_right(spoken, (start, float("inf"), 0)) - 1
        turn = spoken[i][2] if i >= 0 and start < spoken[i][1] else None
        s.mentions.append(Mention(person, printed, _span(raw.text, start, end), turn))


# a decision's label before the body's name over its points: "Resolution: The Presidium of the CC KSČ" / "a) ..."
_LABELLED = re.compile(r"(?:Resolution|Decision)\s*:\s*(?=The\s)")
_ENDED = re.compile(r"(?:[.!?;:][”\"’)]*|[”\")])\s*$")
# a body's name broken after its country ("together with the USSR", "with the CC CPSU", "the Hungarian"), and the
# line that goes on with it ("Ministry of Foreign Affairs (Cde. A. A. Gromyko) to prepare ...")
_BODY_BROKEN = re.compile(r"\b(?:the|with)\s+(?:(?:[A-Z]{2,5}\s+)?[A-Z]{2,5}|Soviet|[A-Z][a-z]+(?:ian|ish|ak))\s*$")
_BODY_GOES_ON = re.compile(
    r"\s*(?:CPSU|USSR|Ministr(?:y|ies)|Embassy|Academy|Council|Committee|Department|Commission|Government|Gosplan|Gossnab"
    r"|State\s+(?:Committee|Bank|Planning)|Procuracy|General\s+Staff|Trade\s+Mission)\b"
)
_OPENS_SENTENCE = re.compile(
    r"\s*(?:(?:The|This|These|Those|It|A|An|To|In|On|Comrades?|Instruct|Approve)\b(?!\.)|(?P<cde>Cdes?\.))"
)
# a line that leaves a task's verb or a small word without what it governs, which "Cde. X" on the next line gives
# ("2. To instruct" / "Cdes. Gromyko and Kuznetsov to prepare ..."), unlike a country's name ("... of the USA") or a
# point's last word with no stop ("1. Approve the draft in the main" / "Cde. Gromyko is to ...")
_WANTS_MORE = re.compile(
    r"\b(?i:instruct|entrust|charge|oblige|commission|ask|request|to|and|by|with|of|for|from|the|at|on|in|upon)\s*$"
)


def _without_notes(raw: RawDocument) -> str:
    """The document's text with its notes blanked (of the same length): a note set amid a turn, at a page's foot or
    where a wiki page's "<ref>" stood ("Agree.¹" / "¹ Added in pencil." / "The ministries ..."), is no words of the
    speaker's, and breaks none of his sentences."""
    out = list(raw.text)
    for note in raw.notes:
        for part in note.parts:
            out[part.start : part.end] = " " * (part.end - part.start)
    return "".join(out)


def _stances(raw: RawDocument, rs: RawSession, s: Session, names: _Names, spoken: str) -> None:
    """Positions of the turns (read in ``spoken``, the text without its notes), and the tasks and decisions in the
    session's own lines."""
    people = list({a.person.id: a.person for a in s.attendance if a.basis.present}.values())

    def resolve(name: str) -> PersonRef | None:
        return names.resolve_among(name, people)  # "Andrei Andreevich" is the one of two at the session

    headings = {it.order: it.title for it in s.items if it.title}
    s.positions = positions(spoken, s.turns, resolve, names.authority.lookup, headings)
    starts = sorted([(it.span.start, it.order) for it in rs.items] + rs.resumed, key=lambda start: start[0])

    def item_at(offset: int) -> int | None:
        return next((order for start, order in reversed(starts) if start <= offset), None)

    # the lines no turn claims, those printed one under another as one paragraph: a decision's point wraps
    # ("2. Instruct Cdes. A. A. Gromyko, ..., and L. V. Smirnov" / "to prepare within two weeks ...", "2. The
    # Moscow City Committee ... and the Moscow" / "Oblast Committee ... are to ..."), not into the next point
    free: list[tuple[int, int, int | None]] = []
    decided = False  # the lines are the points under the body's name, each a point of its own
    for ln in rs.free:
        item = item_at(ln.start)
        gap = raw.text[free[-1][1] : ln.start] if free else ""
        above = raw.text[free[-1][0] : free[-1][1]] if free else ""
        ended = bool(_ENDED.search(above)) and ends_sentence(above.rstrip())  # not "... and to Cde." / "Gorbachev"
        sentence = _OPENS_SENTENCE.match(ln.text)  # "The Department ... is to report ..."
        opens = POINT.match(ln.text) or sentence and not (sentence["cde"] and _WANTS_MORE.search(above))
        open_point = bool(POINT.match(above)) and not opens and not ended
        # (not a point's line onto the body's name over the points: "The Political Committee" / "a) approves ...";
        # the points a task or a colon opens go on with it: "Instruct Cdes. A and B to prepare" / "a) an appeal ...")
        if POINT.match(ln.text):
            # (the body's name with its colon only after the label: "The Politburo decided:" over "1. To instruct
            # ... to prepare" / "a) a letter ..." holds points of its own points)
            labelled = _LABELLED.match(above.strip())
            body = above.strip()[labelled.end() :].rstrip(":") if labelled else above.strip()
            decided = decided or bool(BODY_ALONE.match(body))
        # (or a body's name the line broke after its country: "together with the USSR" / "Ministry of ...")
        named_on = bool(_BODY_BROKEN.search(above) and _BODY_GOES_ON.match(ln.text))
        wraps = free and (goes_on(above, ln.text) and not (decided and POINT.match(ln.text)) or open_point or named_on)
        decided = decided and bool(wraps or POINT.match(ln.text))  # (over a point's own wrapped lines)
        if wraps and free[-1][2] == item and gap.count("\n") == 1 and not gap.strip():
            free[-1] = (free[-1][0], ln.end, item)
        else:
            free.append((ln.start, ln.end, item))
    parts = [(t, _outside(t.text.start, t.text.end, t.item, free)) for t in rs.turns]
    lines = [part for _, its in parts for part in its] + free
    listed = [a for a in s.attendance if a.basis.present]
    present = frozenset(a.person.id for a in listed) | {t.person.id for t in s.turns} if listed else None
    # where each turn's text begins, and its words (on the line under a name alone with its colon: "Mikoyan:" /
    # "Agree."), which are his, not a decision
    turn_starts = frozenset(
        x for t in rs.turns for x in (t.text.start, _first_word(raw.text, t.text.start, t.text.end))
    )
    # (his words go on after the record's lines amid them: "1. Approve the draft." / "Last time Cde. X was ...")
    own_words = frozenset(x for t, its in parts if not t.narrative for x in (t.text.start, *(part[0] for part in its)))

    def by_post(label: str) -> PersonRef | None:
        man = holder_of(label, rs.posts)
        return resolve(man.text) if man else None

    chair = {a.person.id for a in s.attendance if a.basis is Basis.CHAIR}
    chair_words = frozenset(t.start for t in s.turns if t.person.id in chair and not t.from_list)
    if not chair:
        chair_words = _summing_up(s.turns)
    s.assignments, s.decisions = tasks(
        raw.text, sorted(lines), resolve, turn_starts, present, own_words, by_post, chair_words
    )
    tabled, decided = table_tasks(raw.text, rs.decision_rows, resolve)
    s.assignments += tabled
    s.decisions += decided


def _summing_up(turns: list[Turn]) -> frozenset[int]:
    """Where the turns begin in which a session that names no chair is summed up: an item's last turn, by a man
    who spoke on it before (Malin's notes: Khrushchev opens, the others speak, he comes back and gives the tasks,
    "Let Cdes. Molotov and Suslov sit down with ..."; not the last of several who each speak once)."""
    spoken: dict[int | None, list[Turn]] = {}
    for t in turns:
        if not t.from_list:
            spoken.setdefault(t.item, []).append(t)
    return frozenset(on[-1].start for on in spoken.values() if any(t.person.id == on[-1].person.id for t in on[:-1]))


def _outside(
    start: int, end: int, item: int | None, free: list[tuple[int, int, int | None]]
) -> list[tuple[int, int, int | None]]:
    """A turn's text but the record's lines amid it (a decision's points under his words, before the next speaker):
    each line is read once, in the record's voice, not again as his words."""
    parts = []
    for a, b, _ in sorted(free):
        if start <= a < end:
            parts.append((start, a, item))
            start = max(start, b)
    return [p for p in [*parts, (start, end, item)] if p[0] < p[1]]


def extract_file(path: Path, nlp: Language, authority: Authority) -> DocumentFacts:
    """Read and extract one file.

    :raises DocumentError: the file cannot be read or holds no session.
    """
    return extract(read_file(path, authority.knows), nlp, authority)
