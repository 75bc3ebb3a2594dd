"""A web page's HTML source, as a browser saves it ("Save Page As…, HTML only"), read as the text the page shows.

A digital archive's document page holds the translation amid the site's furniture: a head of meta tags, scripts and
styles, a menu, a footer; the text's paragraphs in "<p>", its speakers in "<strong>", entities for dashes, quotes and
letters ("&mdash;", "&rsquo;", "&#322;"), note markers as superscript links ("<sup><a href="#fn1">1</a></sup>") to
the notes listed at the end. The readers work on lines of plain text, so ``read`` lays out what a browser shows in a
copy of the same length as the file: the head, scripts, styles, menu and footer blank; each block (a paragraph, a
heading, a list's item, a table's row) a line that starts where its first word stands in the file, blank lines
between paragraphs; its words and entities as the page shows them, one space between words; a note's marker set
as a superscript in digits as a superscript character, where the page sets it ("Kuusinen¹"; a Word page's "[1]"
stays as printed), and an ordered list's numbers as the page prints them (a list of notes' as a superscript, as a
book sets a foot note: "¹ The protocol ...").

Markup inside a line is left out (unlike Markdown's, it stands between a name and its colon: "<strong>Khrushchev
</strong>:"), so a line's words move left of where the file has them; ``Page.origin`` keeps where each character
comes from, so that evidence quotes the file (``extract._quoted``). The tags are read by Python's own
``html.parser``, which says where each one starts.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from kg.text import TO_SUPERSCRIPT

# what a page does not show: its head, scripts and styles, and the site's menu and footer
_HIDDEN = frozenset(
    {"head", "title", "script", "style", "noscript", "template", "svg", "nav", "footer", "button", "select", "iframe"}
    | {"object"}
)
# what a page's head holds; any other element begins its body
_IN_HEAD = frozenset({"html", "head", "title", "meta", "link", "style", "script", "base", "noscript", "template"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# blocks set apart by a blank line, and those that only begin a line of their own
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "hr"})
_BLOCKS = _PARAGRAPHS | {
    "address", "article", "aside", "body", "br", "caption", "center", "dd", "details", "div", "dt", "fieldset",
    "figcaption", "figure", "form", "header", "hgroup", "html", "legend", "li", "main", "section", "summary",
    "tbody", "tfoot", "thead", "tr",
}  # fmt: skip
_CELLS = frozenset({"td", "th"})
# a table's own parts: any other block in a cell (a paragraph, a line's end, a list, a table) makes its row lines
_TABLE_PARTS = frozenset({"tr", "tbody", "thead", "tfoot"})
# an element that ends one of the same kind still open inside its list, table or row: "<li>A<li>B", "<td>A<td>B"
_ENDS_SIBLING = {"li": ({"li"}, {"ul", "ol"}), "tr": ({"tr"}, {"table"})}
_ENDS_SIBLING |= {term: ({"dd", "dt"}, {"dl"}) for term in ("dd", "dt")}
_ENDS_SIBLING |= {cell: (_CELLS, {"tr", "table"}) for cell in _CELLS}
# the notes of the page, by their container's name: "footnotes", "endnotes", role "doc-endnotes", "fn-list"
_NOTES = re.compile(r"(?i)(?:doc-)?(?:foot|end)[-_]?notes?|fn[-_]?list")  # (a whole name: not "has-footnotes")
# a note's marker, a link to a place in the page that shows a number ("<a href="#fn1">1</a>", "<a href="#_ftn2"><sup>
# [2]</sup></a>"): the places it links to are notes (not a table of contents' entries)
_MARKER_LINK = re.compile(
    r"""href\s*=\s*["']?#([^"'\s>]+)["']?[^>]*>\s*(?:<[^<>]+>\s*)*[\[(]?\d{1,3}[\])]?\s*<""", re.I
)
# small capitals or capitals by the page's class or style: what a reader sees is the letters in capitals
_CAPS = re.compile(
    r"(?i)(?<![\w-])(?:small-?caps|sc|caps|uppercase)(?![\w-])|font-variant\s*:\s*small-caps|text-transform\s*:\s*uppercase"
)
_NOT_SHOWN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_WHITESPACE = "[ \t\n\r\f]+"  # HTML's, which the page shows as one space; not a no-break space
_WORDS = re.compile(rf"{_WHITESPACE}|[^ \t\n\r\f\xad]+")  # (a soft hyphen shows nothing)
# a note's marker set as a superscript ("<sup>1</sup>"), and a note's link back to it ("↩", "↑", "^")
_MARKER = re.compile(r"[ \t\n]*(\d{1,3})[ \t\n]*")
_BACKLINK = re.compile(r"[^\w\[\](){}*.,;:]+")
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d+\)(\S+)")
_PAGE = re.compile(r"\A\s*(?:(?:<\?[^>]*\?>|<!--.*?-->)\s*)*<(?:!doctype\s+html\b|html\b|head\b)", re.I | re.S)
_PRE_LINES = re.compile(r"\n|[^\n]+")  # a "<pre>" block's text: its lines and their ends
_ADDRESS = re.compile(r"https?://\S+$")


def is_html(text: str) -> bool:
    """Whether a file is a page's HTML source: it opens with a doctype or the page's first tag, as a browser saves
    it (after a comment at most: "<!-- saved from url=... -->"), or an XHTML file's XML declaration (an e-book's
    chapter)."""
    return bool(_PAGE.match(text))


@dataclass(frozen=True)
class Origin:
    """Where in the file each character of a plain copy comes from: the span of the file it shows."""

    starts: array[int]
    ends: array[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The file's span that the copy's ``start:end`` shows: from the first of its characters in the file to the
        last (a copy that reads a page's columns one after the other, ``kg.columns``, takes them out of order)."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return min(self.starts[start:end]), max(self.ends[start:end])


class Copy:
    """A plain copy written piece by piece in another order or spacing than the file's (``kg.columns``, ``kg.boxes``),
    each piece from where it starts in the file, so that the copy's ``Origin`` is kept as it is written."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts, self.ends = array("q"), array("q")

    def put(self, at: int, piece: str) -> None:
        """Writes ``piece``, which starts at ``at`` in the file (a space the copy adds: at the character it stands
        for)."""
        self.pieces.append(piece)
        self.starts.extend(range(at, at + len(piece)))
        self.ends.extend(range(at + 1, at + len(piece) + 1))

    def put_span(self, start: int, end: int, char: str) -> None:
        """Writes one character that stands for the file's ``start:end`` (a coded character: ``kg.mail``)."""
        self.pieces.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def done(self) -> tuple[str, Origin]:
        return "".join(self.pieces), Origin(self.starts, self.ends)


@dataclass(frozen=True)
class Page:
    text: str  # what the page shows, of the file's length
    origin: Origin
    url: str | None  # the page's address, as it gives it (its canonical link) or as the browser saved it


def read(text: str, reader: Callable[[str], PageReader] | None = None) -> Page:
    """The page's text, laid out as above, with where each character comes from and the page's address. (Another
    markup's reader, ``kg.tei``'s, reads its elements as the page's of the same role.)"""
    parser = (reader or PageReader)(text)
    parser.feed(text)
    parser.close()
    shown, origin = _layout(parser.pieces, len(text))
    return Page(shown, origin, parser.url or parser.saved_from)


@dataclass
class _Element:
    tag: str
    hidden: bool
    notes: bool  # among the page's notes
    pre: bool  # its text keeps its lines and spaces
    caps: bool  # set in small capitals or capitals, as a book sets an archive's name ("<span class="smallcaps">rgani")
    sup: bool  # inside a superscript
    in_page: bool  # inside a link to a place in the page
    number: int = 1  # an ordered list's next item
    cells: list[int] = field(default_factory=list)  # a row's cells: the index of each one's piece
    blocks: bool = False  # a row whose cells hold blocks or lines of their own: read as lines, not between bars


# A piece of the page in the file's order: (the span of the file it stands for, its kind, what it shows). "text"
# shows its characters (a word's, one each, or an entity's); "space" one space between words; "break" its line ends
# before the next text (a block's, which others next to it leave as they are), "br" a line's end that adds to the
# one before ("<br><br>" or a "<pre>" block's empty line: a blank line); "cell" a table's cell, "row" a row's end
# (bars between the cells, as a Markdown page sets them).
Piece = tuple[int, int, str, str]


class PageReader(HTMLParser):
    """A page's elements as the pieces of its layout. (``kg.tei`` gives it another markup's elements in the roles of
    a page's, so that one layout serves both.)"""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.pieces: list[Piece] = []
        self.open: list[_Element] = []
        self.head_open = False
        self.rows: list[_Element] = []  # the table rows open, the innermost last
        self.targets = set(_MARKER_LINK.findall(text))  # the places the note markers link to
        self.url: str | None = None
        self.saved_from: str | None = None

    def _where(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _hidden(self) -> bool:
        return bool(self.open) and self.open[-1].hidden

    def _piece(self, start: int, kind: str, shown: str, end: int | None = None) -> None:
        self.pieces.append((start, start + 1 if end is None else end, kind, shown))

    def _break(self, where: int, tag: str) -> None:
        self._piece(where, "br" if tag == "br" else "break", "\n\n" if tag in _PARAGRAPHS else "\n")
        if self.rows and tag not in _TABLE_PARTS:
            self.rows[-1].blocks = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        where, a = self._where(), {k: v or "" for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and not self.url:
            self.url = _address(a.get("href", ""))
        if tag == "meta" and a.get("property", "").lower() == "og:url" and not self.url:
            self.url = _address(a.get("content", ""))
        # the body's first element closes the head (a page may have no "</head>"), not one in the head's "<noscript>"
        if self.head_open and tag not in _IN_HEAD and self.open[-1].tag not in {"noscript", "template"}:
            self._close_to(lambda e: e.tag == "head", where)
        if tag in _ENDS_SIBLING:
            same, bounds = _ENDS_SIBLING[tag]
            self._close_to(lambda e: e.tag in same, where, bounds)
        elif tag in _BLOCKS and self.open and self.open[-1].tag == "p":
            self._close(self.open.pop(), where)
        parent = self.open[-1] if self.open else None
        # (the site's footer, not an article's, which may give the document's source)
        own_footer = tag == "footer" and any(e.tag in {"article", "main", "section"} for e in self.open)
        hidden = tag in _HIDDEN and not own_footer or "hidden" in a or bool(_NOT_SHOWN_STYLE.search(a.get("style", "")))
        hidden = hidden or bool(parent and parent.hidden)
        names = " ".join(a.get(k, "") for k in ("id", "class", "role")).split()
        element = _Element(
            tag,
            hidden,
            notes=bool(parent and parent.notes) or any(_NOTES.fullmatch(name) for name in names),
            pre=tag == "pre" or bool(parent and parent.pre),
            caps=bool(_CAPS.search(" ".join((a.get("class", ""), a.get("style", ""))))) or bool(parent and parent.caps),
            sup=tag == "sup" or bool(parent and parent.sup),
            in_page=tag == "a" and a.get("href", "").startswith("#") or bool(parent and parent.in_page),
            number=int(a["start"]) if tag == "ol" and a.get("start", "").isdecimal() else 1,
        )
        if not hidden:
            self._shown_start(element, a, parent, where)
        if tag not in _VOID:
            self.open.append(element)
            self.head_open = self.head_open or tag == "head"
            if tag == "tr":
                self.rows.append(element)

    def _shown_start(self, element: _Element, a: dict[str, str], parent: _Element | None, where: int) -> None:
        tag = element.tag
        if tag in _CELLS:
            if self.rows:
                self.rows[-1].cells.append(len(self.pieces))
            self._piece(where, "cell", "")
        elif tag == "hr":  # a rule, as a copy prints one
            self._break(where, tag)
            self._piece(where, "text", "___")
            self._break(where, tag)
        elif tag in _BLOCKS:
            self._break(where, tag)
        if tag == "li" and parent and parent.tag == "ol":
            number = int(a["value"]) if a.get("value", "").isdecimal() else parent.number
            parent.number = number + 1
            note = parent.notes or element.notes or a.get("id", "") in self.targets
            self._piece(where, "text", f"{number}".translate(TO_SUPERSCRIPT) if note else f"{number}.")
            self._piece(where, "space", " ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:  # ("<br/>" is one line's end, not two)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        where = self._where()
        closed = self._close_to(lambda e: e.tag == tag, where)
        if not closed and tag in {"p", "br"} and not self._hidden():  # a stray "</p>" or "</br>": a line's end
            self._break(where, tag)

    def _close_to(self, found: Callable[[_Element], bool], where: int, bounds: Collection[str] = ()) -> bool:
        """Closes the open elements down to the last that ``found`` picks, if there is one above the last of
        ``bounds`` (a list's item is closed by the next in its own list, not in an outer one's); whether it did."""
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i].tag in bounds:
                return False
            if found(self.open[i]):
                while len(self.open) > i:
                    self._close(self.open.pop(), where)
                return True
        return False

    def _close(self, element: _Element, where: int) -> None:
        self.head_open = self.head_open and element.tag != "head"
        if element.tag == "tr":
            self.rows.pop()
        if element.hidden:
            return
        if element.tag == "tr":
            table = len(element.cells) >= 2 and not element.blocks
            kind, shown = ("cell", "") if table else ("break", "\n") if element.blocks else ("space", " ")
            for i in element.cells:
                self.pieces[i] = (*self.pieces[i][:2], kind, shown)
            if table:
                self._piece(where, "row", "")
        if element.tag in _BLOCKS:
            self._break(where, element.tag)

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        where, inner = self._where(), self.open[-1] if self.open else None
        if inner and inner.sup and (m := _MARKER.fullmatch(data)):
            self._piece(where + m.start(1), "text", m[1].translate(TO_SUPERSCRIPT), where + m.end(1))
            return
        if self._backlink(data.strip()):
            return
        pre = bool(inner and inner.pre)
        for m in _PRE_LINES.finditer(data) if pre else _WORDS.finditer(data):
            if pre and m[0] == "\n":
                self._piece(where + m.start(), "br", "\n")
            elif m[0][0] in " \t\n\r\f" and not pre:
                self._piece(where + m.start(), "space", " ")
            else:
                self._piece(
                    where + m.start(), "text", _capitals(m[0]) if inner and inner.caps else m[0], where + m.end()
                )

    def _backlink(self, shown: str) -> bool:
        """Whether ``shown`` is a note's link back to its marker ("↩", "↑", "^"), which no copy prints."""
        return bool(self.open) and self.open[-1].in_page and bool(_BACKLINK.fullmatch(shown or "."))

    def handle_entityref(self, name: str) -> None:
        self._character(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._character(f"&#{name}")

    def _character(self, reference: str) -> None:
        if self._hidden():
            return
        where = self._where()
        end = where + len(reference) + self.text.startswith(";", where + len(reference))
        printed = self.text[where:end]
        shown = unescape(printed)  # (as printed, if HTML knows no such entity)
        if shown == "\xad" or self._backlink(shown):  # (a soft hyphen shows nothing)
            return
        kept = len(os.path.commonprefix([printed[::-1], shown[::-1]])) if shown != printed else 0
        kept = min(kept, len(shown) - 1)  # what follows an entity's name, as printed: "&amp12" is "&12"
        self._piece(where, "space" if shown in " \t\n\r\f" else "text", shown[: len(shown) - kept], end - kept)
        if kept:
            self._piece(end - kept, "text", shown[-kept:], end)

    def handle_comment(self, data: str) -> None:
        if m := _SAVED_FROM.match(data):
            self.saved_from = _address(m[1])


def _capitals(word: str) -> str:
    """A word as small capitals show it, letter for letter (not "ß" as "SS": each letter keeps its place)."""
    return "".join(up if len(up := c.upper()) == 1 else c for c in word)


def _address(url: str) -> str | None:
    """A page's address, if it is one on the web (not a path on the site: "/documents/119402")."""
    return url if _ADDRESS.match(url) else None


def _layout(pieces: list[Piece], size: int) -> tuple[str, Origin]:
    """The pieces laid out in a copy of ``size`` characters: each line where its first word is in the file (or
    after the line before, where that needs its room), its words one after another, one space between them; a
    table's cells between bars. Every character records the file's span it shows."""
    out = [" "] * size
    starts, ends = array("q", range(size)), array("q", range(1, size + 1))
    cursor, writing = 0, False  # where the next character goes; whether a line is being written
    breaks, space = "", False  # the line ends and the space due before the next text
    for start, end, kind, shown in pieces:
        if kind == "break":
            breaks = max(breaks, shown) if writing else ""
            continue
        if kind == "br":  # a line's end, and two a blank line ("<br><br>")
            breaks = (breaks + shown)[:2] if writing else ""
            continue
        if kind == "space":
            space = writing
            continue
        if kind == "cell":
            shown, space = ("| " if breaks or not writing else " | "), False
        elif kind == "row":
            shown, space = " |", False
        if breaks or not writing:
            cursor = max(start, cursor + len(breaks))
            if cursor >= size:  # (the copy is full: what the page adds, rules and numbers, outran its markup; the rest
                # is cut, which no page of the genre comes near)
                break
            out[cursor - len(breaks) : cursor] = breaks
        elif space and cursor < size:
            out[cursor], starts[cursor], ends[cursor] = " ", start, start + 1
            cursor += 1
        breaks, space, writing = "", False, True
        one_each = kind == "text" and len(shown) == end - start  # a word's letters, or an entity's character
        for i, c in enumerate(shown[: max(0, size - cursor)]):
            out[cursor], starts[cursor] = c, start + i if one_each else start
            ends[cursor] = starts[cursor] + 1 if one_each else end
            cursor += 1
    return "".join(out), Origin(starts, ends)
