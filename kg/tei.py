"""A digital edition's TEI file (XML, the Text Encoding Initiative's P5), read as the text the edition shows.

A critical edition publishes each document as TEI: a header that describes it (its title, and in ``<msDesc>`` the
archive's file it transcribes: "<repository>RGANI</repository> <idno>F. 3, Op. 14, D. 219, Ll. 38-41ob</idno>"), then
its text in elements of their role: sessions in ``<div>``, headings in ``<head>``, paragraphs, lists of those
present, speeches as ``<sp><speaker>Khrushchev</speaker><p>...</p></sp>``, names in ``<persName>``. The editors'
apparatus stands amid the words: notes inline where their marker stands (``<note n="1">``), page and line breaks
(``<pb n="38ob"/>``, ``<lb/>``), a word struck out and one written above (``<del>``, ``<add>``), an abbreviation and
its expansion (``<choice><abbr>Khr.</abbr><expan>Khrushchev</expan></choice>``), variants of other witnesses.

``read`` gives the readers what a reading edition prints, through ``kg.htmlpage``'s reader with each TEI element in
the role of an HTML one: a paragraph, a heading, a line, a list's item, a table's row and cell, or inline words. The
header shows its title, the manuscript's description and the document's creation, not the edition's own credits
(publisher, editors, encoding, revisions), which name people who were at no session. The reading text keeps what
the editors read (the expansion, the correction, the lemma, what was added) and leaves out what they set aside (the
abbreviation, the error, other witnesses' readings, what was struck out, running heads). A note inline is set as
``kg.wiki`` sets a wiki's: its marker glued to the word before, the note on a line of its own, the text going on on
the next line; the edition's notes gathered at the back are lines of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape

from kg.htmlpage import Page, PageReader, Piece
from kg.htmlpage import read as read_page
from kg.text import TO_SUPERSCRIPT, KnownName

# the file's first element is TEI's (after an XML declaration, processing instructions, comments and a doctype), or
# a corpus of TEI documents
_PROLOGUE = r"\A\ufeff?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*<(?:\w+:)?"
_TEI = re.compile(_PROLOGUE + r"(?:TEI|teiCorpus)\b", re.S)
_CORPUS = re.compile(_PROLOGUE + r"teiCorpus\b", re.S)

# each element's role, as the HTML element whose role it is: a paragraph set apart by a blank line, a block that
# begins a line, a list's item, a table's parts; any other element is inline words ("<persName>", "<hi>", "<date>")
_AS_HTML = {
    **dict.fromkeys(("p", "ab", "lg", "opener", "closer", "argument", "epigraph", "trailer"), "p"),
    **dict.fromkeys(("head", "docTitle", "titlePart"), "h2"),
    # a speech, or a spoken utterance, is set apart as a paragraph is (it is no "p": a block inside a "p" would end it)
    **dict.fromkeys(("sp", "u"), "blockquote"),
    **dict.fromkeys(("text", "front", "body", "back", "group", "div", "msDesc"), "section"),
    **dict.fromkeys(("div1", "div2", "div3", "div4", "div5", "div6", "div7"), "section"),
    **dict.fromkeys(("speaker", "stage", "l", "dateline", "salute", "signed", "byline", "docDate"), "div"),
    **dict.fromkeys(("msIdentifier", "msItem", "physDesc", "history", "creation"), "div"),
    **dict.fromkeys(("list", "listBibl", "listPerson"), "ul"),
    **dict.fromkeys(("item", "person"), "li"),
    "table": "table",
    "row": "tr",
    "cell": "td",
}
# ... a speech's paragraphs are its lines, under its speaker; the header's title and a source's book are lines of
# their own, and a list's books its items (a book cited in a note is its words)
_IN_PARENT = {
    ("sp", "p"): "div",
    ("titleStmt", "title"): "div",
    ("sourceDesc", "bibl"): "div",
    ("listBibl", "bibl"): "li",
}
# what the reading text leaves out: the edition's credits and its machinery, the running heads, what was struck out
_HIDDEN = frozenset(
    {"publicationStmt", "editionStmt", "encodingDesc", "revisionDesc", "respStmt", "author", "editor", "funder"}
    | {"sponsor", "principal", "extent", "seriesStmt", "textClass", "langUsage", "particDesc", "settingDesc"}
    | {"facsimile", "standOff", "xenoData", "fw", "del", "surplus", "figure", "figDesc", "metamark", "am"}
    | {"rdg", "rdgGrp", "witDetail", "span", "spanGrp", "interp", "interpGrp", "link", "linkGrp", "certainty"}
    # an editor's summary of the document, told in his words; a text quoted whole inside it (a letter read out),
    # whose list and speakers are not the session's
    | {"abstract", "summary", "floatingText"}
)
# ... and in a choice, the form the editors set aside: the abbreviation, the error, the original spelling
_SET_ASIDE = frozenset({"abbr", "sic", "orig"})
# a register of people, places or bodies outside the text (in the header or the back), which names everyone the
# edition does, present or not
_REGISTERS = frozenset({"listPerson", "listPlace", "listOrg", "listEvent"})
_OUTSIDE_THE_TEXT = frozenset({"teiHeader", "front", "back", "standOff"})
# what of a manuscript's identifier makes its reference, words apart however they are typed ("<repository>RGANI
# </repository><idno>"): not its country, city, archive's full name, or the collection its shelfmark repeats
_REFERENCE = frozenset({"repository", "idno"})
# where a note stands on a line of its own, not amid the words (the notes gathered at the back)
_NOTE_PLACES = frozenset({"back", "div", "div1", "div2", "div3", "body", "listNote", "notesStmt", "text"})
_NOT_SHOWN = -1  # a note in words left out (struck out, in the header's credits), which shows nothing
# the elements whose end sets the notes held inside them: a paragraph, a heading, a list (not its item: the list goes
# on), a table, a speech, a division
_HOLDING = frozenset({"p", "h2", "blockquote", "section", "ul", "table"})
_EMPTY = frozenset({"lb", "pb", "cb", "milestone", "gap"})  # (what an empty element of these shows: see ``_empty``)
_ID = re.compile(r"""\bxml:id\s*=\s*["']([^"']+)""")
_BACK = re.compile(r"<(?:\w+:)?back\b")
_NOTE_ID = re.compile(r"""<(?:\w+:)?note\b[^>]*?\bxml:id\s*=\s*["']([^"']+)""")
# a person of the edition's register (or a name of it), by his id, and what it holds for him
_PERSON = re.compile(
    r"""<(?:\w+:)?(person|persName)\b[^>]*?\bxml:id\s*=\s*["']([^"']+)["'][^>]*>(.*?)</(?:\w+:)?\1\s*>""", re.S
)
_PERSNAME = re.compile(r"<(?:\w+:)?persName\b([^>]*)>(.*?)</(?:\w+:)?persName\s*>", re.S)
_SURNAMES = re.compile(r"<(?:\w+:)?surname\b.*</(?:\w+:)?surname\s*>", re.S)  # the first to the last
_NOTE_ELEMENT = re.compile(r"<(?:\w+:)?note\b.*?</(?:\w+:)?note\s*>", re.S)
_ENGLISH = re.compile(r"""\bxml:lang\s*=\s*["']en""")
_LATIN = re.compile(r"[A-Za-z]")
_A_NAME = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})*")  # an id that is a name: "molotov", "gheorghiu-dej"
# a speech's own speaker, anywhere in it (after a page's break or a stage direction too), and its end
_SPEAKER = re.compile(r"<(?:\w+:)?speaker\b")
_SP_END = re.compile(r"</(?:\w+:)?sp\s*>")
# a shelfmark given field by field ("<idno type="fond">3</idno>"), labelled as a reference prints it
_FIELD_LABELS = {
    "fond": "F.", "opis": "Op.", "inventory": "Op.", "delo": "D.", "file": "D.", "dossier": "D.", "folio": "L.",
    "folios": "Ll.", "list": "L.", "listy": "Ll.", "leaf": "L.", "leaves": "Ll.",
}  # fmt: skip
_LOCAL = {name.lower(): name for name in (*_AS_HTML, *_HIDDEN, *_SET_ASIDE, *_REGISTERS, *_OUTSIDE_THE_TEXT)}
_LOCAL |= {
    name.lower(): name
    for name in (*_REFERENCE, *_EMPTY, *_NOTE_PLACES, "title", "titleStmt", "sourceDesc", "msItem", "locus", "bibl")
}
_LOCAL |= {name.lower(): name for name in ("TEI", "choice", "note", "hi", "ref")}


def is_tei(text: str) -> bool:
    """Whether a file is a TEI document: its first element is ``<TEI>`` or ``<teiCorpus>``."""
    return bool(_TEI.match(text))


def read(text: str, known: KnownName = lambda name: False) -> Page:
    """The edition's reading text, laid out as ``kg.htmlpage`` lays out a page, with where each character comes
    from. ``known`` tells the people the readers know by name (whom a speaker's id may name: "#molotov")."""
    return read_page(text, lambda t: _TeiReader(t, known))


class _TeiReader(PageReader):
    """``kg.htmlpage``'s reader, given each TEI element as the HTML element of its role."""

    def __init__(self, text: str, known: KnownName) -> None:
        super().__init__(text)
        self.known = known
        # the TEI elements open, the innermost last, with their HTML roles and where their pieces begin, and how many
        # of each name are open
        self.tei: list[tuple[str, str, int]] = []
        self.within: Counter[str] = Counter()
        self.notes = 0  # the notes so far, for one the edition does not number
        # the notes open, by where their pieces begin (None: a note on a line of its own, _NOT_SHOWN: one in words
        # left out), and the pieces of those closed, set under the paragraph, item or speech they stand in (as a
        # page's foot sets them, and as the readers read a copy's notes), so that a list or a sentence goes on past
        # a note's marker
        self.open_notes: list[int | None] = []
        self.held: list[Piece] = []
        self.joined = False  # a break inside a word ("<lb break="no"/>"): no space before the next words
        # The file the edition transcribes: the archive and shelfmark of its ``<msIdentifier>``, the source line, and
        # the folios of each document in it, each in its ``<msItem>``'s ``<locus>``. Where an item gives them, it is
        # a source line of its own, under the heading of each division it names ("corresp="#s1959-03-19"") or where
        # it stands, as a collection heads each document with its source; the identifier's line then gives way.
        self.ids = set(_ID.findall(text))
        # the notes the links point to: a note's id, or one inside the edition's back matter ("<p xml:id>",
        # "<anchor xml:id>" in a division of notes)
        back = _BACK.search(text)
        self.note_ids = set(_NOTE_ID.findall(text)) | (set(_ID.findall(text, back.start())) if back else set())
        self.register = _register(text)
        self.identifier: tuple[int, int] | None = None  # where the identifier's source line's pieces are
        self.shelfmark: list[Piece] = []
        self.locus: list[Piece] = []
        self.sources: dict[str, list[Piece]] = {}  # the source lines of divisions yet to come, by their ids
        self.items_of: list[str] = []  # the divisions the manuscript's item open is of
        self.field = ""  # the label of the shelfmark's field open, where it is given by its type ("fond": "F.")
        # In a corpus of documents (``<teiCorpus>``) each one's source line is set under the heading of its text's
        # first division, where its session begins, as a collection heads each document with its source.
        self.corpus = bool(_CORPUS.match(text))
        self.waiting: list[Piece] = []  # a document's source line, for its text
        # the source line of the division open, due under its heading (in the session it heads, wherever the readers
        # find the session's start), and the depth of the division's own elements
        self.due: tuple[int, list[Piece]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name, a = _local(tag), {k: v or "" for k, v in attrs}
        if name in _EMPTY:  # (an SGML habit: "<lb>" with no end, as "<lb/>")
            self._empty(name, a)
            if name != "gap":
                return
        # (what a gap holds, "<desc>two words</desc>", is the editors' description of it, not the text's words)
        hidden = name == "gap"
        parent = self.tei[-1][0] if self.tei else ""
        if name in ("TEI", "teiHeader"):  # the next document of a corpus: its own source
            self.identifier, self.shelfmark, self.locus = None, [], []
        hidden = hidden or (
            name in _HIDDEN
            or name in _SET_ASIDE
            and parent == "choice"
            or name in _REGISTERS
            and any(self.within[e] for e in _OUTSIDE_THE_TEXT)
            or parent == "msIdentifier"
            and name not in _REFERENCE
        )
        # a speech or an utterance that names its speaker only by an id: his name, or none that can be told, whose
        # words are left out rather than read as the last speaker's
        speaker = self._speaker_by_id(name, a["who"]) if name in ("sp", "u") and "who" in a else None
        hidden = hidden or speaker == ""
        if name == "hi" and "sup" in a.get("rend", "") or name == "ref" and a.get("target", "")[1:] in self.note_ids:
            role = "sup"  # a note's marker, set as a superscript or linked to its note (not "see p. <ref>12</ref>")
        elif self.within["note"]:
            role = "span"  # a note's paragraphs are its one line
        else:
            role = _IN_PARENT.get((parent, name), _AS_HTML.get(name, "span"))
        if name == "msItem":
            self.items_of = [i for i in a.get("corresp", "").replace("#", " ").split() if i in self.ids]
        shown = not hidden and not self._hidden()
        if self.due and self.due[0] == len(self.tei) and name != "head":
            self._set_due()
        self.tei.append((name, role, len(self.pieces)))
        self.within[name] += 1
        if shown and name in _REFERENCE:
            self._piece(self._where(), "space", " ")
            self.field = _FIELD_LABELS.get(a.get("type", "").lower(), "")
        # (its rendering as a page's class: "<hi rend="sc">" in small capitals, as the page reader reads them)
        super().handle_starttag(role, [("hidden", "")] if hidden else [("class", a.get("rend", ""))])
        if shown and name == "msIdentifier":  # the file, as a copy labels it
            self._piece(self._where(), "text", "Source:")
        if shown and (line := self.sources.pop(a.get("xml:id", ""), None)):
            self.due = (len(self.tei), line)
        elif shown and name == "body" and self.waiting:
            self.due, self.waiting = (len(self.tei) + 1, self.waiting), []
        if shown and speaker:
            at = self.text.rfind(a["who"], self._where(), self.text.find(">", self._where()))
            self._piece(at, "break", "\n")
            self._piece(at, "text", speaker, at + len(a["who"]))
            self._piece(at, "break", "\n")
        if name == "note" and shown:
            self._note_start(a.get("n", ""), inline=parent not in _NOTE_PLACES)
        elif name == "note":
            self.open_notes.append(_NOT_SHOWN)

    def _speaker_by_id(self, name: str, who: str) -> str | None:
        """The speaker of a speech or an utterance that names him only by his id in the register ("<u
        who="#molotov">", "<sp who="#molotov">" with no "<speaker>" of its own), as the edition prints him: his name
        from the register, set on a line of its own over his words (quoting the file's id). Where the register does
        not name him, an id that is the name of a man the readers know is his name ("#molotov": Molotov). "" where
        none can be told (an id that is no one's name, "#p12", "#ambassador"; two men's; one in another file's
        register); None for a speech with a speaker of its own."""
        tag_end = self.text.find(">", self._where()) + 1
        if (
            name == "sp"
            and (end := _SP_END.search(self.text, tag_end))
            and _SPEAKER.search(self.text, tag_end, end.start())
        ):
            return None
        one = who.split()  # (one man's: "#molotov", not two men's)
        elsewhere, _, known = one[0].rpartition("#") if len(one) == 1 else ("", "", "")
        named = "" if elsewhere else self.register.get(known, "")
        if named and self.known(surname := named.split()[-1]):
            named = surname  # "Rodion Malinovsky" of a register that marks no surname: Malinovsky, as records print him
        as_name = "-".join(w.capitalize() for w in known.split("-")) if _A_NAME.fullmatch(known) else ""
        return named or (as_name if as_name and self.known(as_name) else "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _local(tag)
        if name in _EMPTY:
            self._empty(name, {k: v or "" for k, v in attrs})
        else:
            super().handle_startendtag(tag, attrs)

    def _empty(self, name: str, a: dict[str, str]) -> None:
        """A break of the original's line, page or column, or a gap in its words."""
        if self._hidden():
            return
        if name == "gap":  # words the editors could not read or left out, as an editor's brackets
            where = self._where()
            self._piece(where, "text", "[...]", self.text.index(">", where) + 1)
        elif a.get("break") == "no":  # a break inside a word: the word goes on after it
            while self.pieces and self.pieces[-1][2] == "space":
                self.pieces.pop()
            self.joined = True
        else:  # the end of a line or page of the original ends a word
            self._piece(self._where(), "space", " ")

    def handle_endtag(self, tag: str) -> None:
        """Closes the element, and any left open inside it (a file edited by hand may not close them all); an end
        with no start is none."""
        name = _local(tag)
        if not self.within[name]:
            return
        while self.tei:
            closed = self.tei.pop()
            self._close_tei(*closed)
            if closed[0] == name:
                return

    def _close_tei(self, name: str, role: str, first: int) -> None:
        self.within[name] -= 1
        super().handle_endtag(role)
        if self.due and self.due[0] >= len(self.tei):  # under the division's heading, or at its end
            self._set_due()
        inside = self.tei[-1][0] if self.tei else ""
        if name in _REFERENCE and inside == "msIdentifier":
            words = [i for i in range(first, len(self.pieces)) if self.pieces[i][2] == "text"]
            if self.field and words and self.pieces[words[0]][3][:1].isdigit():  # "<idno type="fond">3": "F. 3"
                at = self.pieces[words[0]][0]
                self.pieces[words[0] : words[0]] = [(at, at + 1, "text", self.field), (at, at + 1, "space", " ")]
            self.shelfmark += self.pieces[first:]
        elif name == "msIdentifier" and self.corpus:
            self.waiting = [(self._where(), self._where() + 1, "break", "\n"), *self.pieces[first:]]
            self.waiting.append((self._where(), self._where() + 1, "break", "\n"))
            del self.pieces[first:]
        elif name == "msIdentifier":
            self.identifier = (first, len(self.pieces))
        elif name == "locus":
            self.locus = self.pieces[first:]
        elif name == "msItem" and self.locus:
            self._source_line(first)
        if name == "note" and (start := self.open_notes.pop()) != _NOT_SHOWN:
            if start is None:
                self._piece(self._where(), "break", "\n")
            else:  # held, to be set under the block it stands in
                self.held += [*self.pieces[start:], (self._where(), self._where() + 1, "break", "\n")]
                del self.pieces[start:]
        if role in _HOLDING and self.held and not any(i is not None and i >= 0 for i in self.open_notes):
            self.pieces += self.held
            self.held = []

    def _set_due(self) -> None:
        if self.due:
            self.pieces += self.due[1]
            self.due = None

    def _source_line(self, first: int) -> None:
        """An item of the manuscript, its pieces from ``first`` on, as the source line of its document: "Source:",
        the archive, the shelfmark and the item's folios ("Ll." before bare numbers), under the heading of each
        division it names or where it stands. The identifier's own line gives way to the items'."""
        words = [p for p in self.locus if p[2] == "text"]
        if not words:
            return
        at = words[0][0]
        line: list[Piece] = [(at, at + 1, "break", "\n"), (at, at + 1, "text", "Source:"), *self.shelfmark]
        line[2:2] = [] if self.shelfmark[:1] and self.shelfmark[0][2] == "space" else [(at, at + 1, "space", " ")]
        line += [(at, at + 1, "text", ","), (at, at + 1, "space", " ")]
        line += [] if words[0][3][:1].isalpha() else [(at, at + 1, "text", "Ll."), (at, at + 1, "space", " ")]
        line += [*words[:1], *self.locus[self.locus.index(words[0]) + 1 :], (at, at + 1, "break", "\n")]
        del self.pieces[first:]
        if self.identifier:
            del self.pieces[slice(*self.identifier)]
        self.identifier, self.waiting = None, []
        self.locus = []
        for division in self.items_of:
            self.sources[division] = line
        if not self.items_of:
            self.pieces += line

    def close(self) -> None:
        super().close()
        self.pieces += self.held
        self.held = []

    def handle_data(self, data: str) -> None:
        before = len(self.pieces)
        super().handle_data(data)
        if not self.joined or len(self.pieces) == before:
            return
        self.joined = False
        if self.pieces[before][2] == "space":
            del self.pieces[before]
        # the original's hyphen at the line's end, where the word goes on in small letters ("Kuu-" / "sinen"), not
        # one of a name's ("Loga-" / "Sowiński")
        hyphened, goes_on = self.pieces[before - 1] if before else None, self.pieces[before : before + 1]
        if hyphened and hyphened[3].endswith("-") and len(hyphened[3]) > 1 and goes_on and goes_on[0][3][:1].islower():
            self.pieces[before - 1] = (hyphened[0], hyphened[1] - 1, "text", hyphened[3][:-1])

    def _note_start(self, n: str, inline: bool) -> None:
        """A note's marker, glued to the word before it where it stands amid the words, and its own line's."""
        self.notes += 1
        marker = (n if n.isdecimal() else str(self.notes)).translate(TO_SUPERSCRIPT)
        where = self._where()
        if inline:  # (after the words of a block just closed, too: "Gromyko</item></list><note>")
            while self.pieces and self.pieces[-1][2] in ("space", "break"):
                self.pieces.pop()
            self._piece(where, "text", marker)
        self.open_notes.append(len(self.pieces) if inline else None)
        self._piece(where, "break", "\n")
        self._piece(where, "text", marker)
        self._piece(where, "space", " ")


def _register(text: str) -> dict[str, str]:
    """The people of the edition's register, by their ids, each by his name in Latin letters (the one in English,
    where it gives several): its surname or surnames where it marks them ("<surname>Gheorghiu</surname>-<surname>
    Dej</surname>"), else the name whole, in one line, or before its comma ("Molotov, Vyacheslav Mikhailovich"); a
    note on the name, or his occupation, names no one."""
    people: dict[str, str] = {}
    for m in _PERSON.finditer(text):
        entry = _NOTE_ELEMENT.sub(" ", m[3] if m[1] == "person" else f"<persName>{m[3]}</persName>")
        names = _PERSNAME.findall(entry)
        english = [inner for attrs, inner in names if _ENGLISH.search(attrs)]
        latin = [inner for _, inner in names if _LATIN.search(_words(inner))]
        # (the shortest: "Mikoyan" of "Anastas Ivanovich Mikoyan" and "Mikoyan", as a record prints its speakers)
        if not (chosen := min(english or latin or [""], key=lambda inner: len(_words(inner).split()))):
            continue
        surnames = _SURNAMES.search(chosen)
        name = _words(surnames[0]) if surnames else _words(chosen).split(",")[0]
        people.setdefault(m[2], name)
    return {i: name for i, name in people.items() if name}


def _words(markup: str) -> str:
    """The words of a piece of markup, in one line."""
    return " ".join(unescape(re.sub(r"<[^>]*>", "", markup)).split())


def _local(tag: str) -> str:
    """An element's TEI name as the schema spells it (the parser gives it in small letters), without a prefix."""
    tag = tag.rpartition(":")[2]
    return _LOCAL.get(tag, tag)
