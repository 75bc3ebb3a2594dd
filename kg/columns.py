"""A page printed in two columns, as a PDF's text layer copies it with its layout kept (``pdftotext -layout``).

A journal such as the CWIHP Bulletin sets its documents in two columns, and a copy that keeps the page's layout
puts both on one line: the left column's line, a gutter of spaces, the right column's line. Read across, every line
joins two unrelated halves. A reader goes down the left column and then down the right one, so ``read`` makes a
copy in that order: on each page, each run of lines split by the gutter becomes its left halves, then its right
halves; a line that crosses the gutter (a running head, a heading centred over both columns) stays where it is,
between runs. Pages set in one column are left as they are.

The same copy of a page in one column keeps its justified lines' spacing: two or three spaces between some words
("I  propose  to announce"), which no name or phrase of the genre is printed with. Where most lines of such a file
(its pages split by form feeds, as the tool writes them) are so spaced, ``read`` makes a copy with one space in
each such gap; a wider gap (a table's cells, a running head set apart from its number) is left.

The copy is not of the file's length and its lines are in another order, so ``Origin`` keeps where each character
comes from, and the evidence quotes the file (``extract._quoted``), as for a web page's text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from kg.htmlpage import Copy, Origin
from kg.text import lines_at

Put = Callable[[int, str], None]  # writes a piece of the copy, from where it starts in the file

# a line with a wide gap inside it: what makes a page worth looking at (one regex over the file, so that a copy in
# one column costs nothing more)
_GAPPED = re.compile(r"(?m)^[^\n]*?\S {3,}\S")
_GAP = re.compile(r" {2,}")
_MIN_LINES = 8  # a page's split lines, at the fewest: a table of names in a text is not a page in columns
_MIN_SHARE = 0.5  # ... and at least this share of its lines with text
_MIN_PROSE = 20  # the mean length of each column's halves: prose, not a list of names side by side
_MIN_RUNNING_ON = 0.25  # the share of halves that go on with a sentence (in small letters): not a list with posts
# a justified line's gap between two words, of two or three spaces
_JUSTIFIED = re.compile(r"(?<=\S) {2,3}(?=\S)")
_PAGE_NUMBER_APART = re.compile(r"\s*(?:p\.\s?)?\d{1,4}\s*")  # a line's own number at its edge, set apart
_MIN_JUSTIFIED = 0.25  # the share of a file's lines with text that have such a gap: its pages are justified


def _justified(text: str) -> bool:
    """Whether a file is a PDF's text layer of justified pages: pages split by form feeds, and lines so spaced."""
    if "\f" not in text:
        return False
    lines = [s.strip() for s in text.split("\n") if s.strip()]
    return sum(bool(_JUSTIFIED.search(s)) for s in lines) >= _MIN_JUSTIFIED * len(lines)


def read(text: str) -> tuple[str, Origin] | None:
    """The text in reading order, each justified gap one space, with where each character comes from; None if no
    page is set in two columns and the pages are not justified."""
    justified = _justified(text)
    if len(_GAPPED.findall(text)) < _MIN_LINES and not justified:
        return None
    pages, at = [], 0
    for page in text.split("\f"):
        pages.append(lines_at(page, at))
        at += len(page) + 1
    gutters = [_gutter([s for _, s in lines]) for lines in pages]
    decided = [g for g, _ in Counter(g for g in gutters if g is not None).most_common()]
    if not decided and not justified:
        return None
    copy = Copy()

    def put(pos: int, piece: str) -> None:
        piece = piece[: len(text) - pos]  # (not the line's end a half would add after the file's end)
        at = 0
        for gap in _JUSTIFIED.finditer(piece) if justified else ():  # each gap's first space kept
            if _PAGE_NUMBER_APART.fullmatch(piece[: gap.start()]) or _PAGE_NUMBER_APART.fullmatch(piece[gap.end() :]):
                continue  # a running head set apart from its page's number: "216   THE POLITBURO AND ..."
            copy.put(pos + at, piece[at : gap.start() + 1])
            at = gap.end()
        copy.put(pos + at, piece[at:])

    for n, lines in enumerate(pages):
        # a page with no gutter of its own (too short to decide: a file's last, its right column a few lines) is in
        # columns at a gutter the others have, where two of its lines split there
        gutter = gutters[n] or next((g for g in decided if _splits(lines, g) >= 2), None)
        if n:
            put(lines[0][0] - 1, "\f")
        if gutter is None:
            for k, (pos, line) in enumerate(lines):
                put(pos, line if k == len(lines) - 1 else line + "\n")
        else:
            _columns(lines, gutter, put)
    return copy.done()


def _gutter(lines: list[str]) -> int | None:
    """Where the gutter of a page in two columns is: the place most lines have a gap of two spaces or more at, with
    text on both sides; None if the page is not in two columns of prose, many of whose lines go on with a sentence
    begun above."""
    full = [s.rstrip() for s in lines if s.strip()]
    if any("|" in s for s in full):
        return None  # a table of text, its cells between bars
    at: Counter[int] = Counter()
    for s in full:
        for m in _GAP.finditer(s):
            if m.start() > 0 and s[: m.start()].strip() and m.end() < len(s):
                at.update(range(m.start(), m.end()))
    if not at:
        return None
    gutter, count = at.most_common(1)[0]
    if count < _MIN_LINES or count < _MIN_SHARE * len(full):
        return None
    halves = [_split(s, gutter) for s in full]
    lefts = [left.strip() for left, right in halves if right is not None and left.strip()]
    rights = [right.strip() for left, right in halves if right is not None and right.strip()]
    if (
        not lefts
        or not rights
        or min(sum(map(len, lefts)) / len(lefts), sum(map(len, rights)) / len(rights)) < _MIN_PROSE
    ):
        return None
    running_on = sum(half[0].islower() for half in lefts + rights) / len(lefts + rights)
    return gutter if running_on >= _MIN_RUNNING_ON else None


def _splits(lines: list[tuple[int, str]], gutter: int) -> int:
    """How many lines of a page have text on both sides of a gap at ``gutter``."""
    return sum(bool(left.strip()) and bool(right) for left, right in (_split(s, gutter) for _, s in lines))


def _split(line: str, gutter: int) -> tuple[str, str | None]:
    """A line's left half and its right half at the gap around ``gutter``; the right None where the line's text
    crosses the gutter (a heading's words one space apart too), "" where it has no text right of it."""
    if len(line.rstrip()) <= gutter:
        return line, ""
    left, right = line[:gutter].rstrip(" "), line[gutter:].lstrip(" ")
    if len(line) - len(left) - len(right) < 2:
        return line, None
    return left, right


def _columns(lines: list[tuple[int, str]], gutter: int, put: Put) -> None:
    """Write a page: each run of split lines as its left halves and then its right halves, a line that crosses the
    gutter in its place."""
    run: list[tuple[int, str, int, str]] = []  # each line of the run: where its halves start, and the halves
    for n, (pos, line) in enumerate(lines):
        left, right = _split(line, gutter)
        if right is None:
            _flush(run, put)
            run = []
            put(pos, line if n == len(lines) - 1 else line + "\n")  # (the last line's end is the next page's or none)
        else:
            run.append((pos, left, pos + len(line) - len(right), right))
    _flush(run, put)


def _flush(run: list[tuple[int, str, int, str]], put: Put) -> None:
    """The run's blank lines above both columns, its left halves, then its right halves, each half a line (its end
    the space after it in the file, or the line's own end); blank lines at the left column's foot are left out, so
    that a sentence it breaks off goes on at the right column's head."""
    while run and not (run[0][1] + run[0][3]).strip():
        put(run[0][0], run[0][1] + "\n")
        run = run[1:]
    for column in ([(pos, left) for pos, left, _, _ in run], [(pos, right) for _, _, pos, right in run]):
        while column and not column[-1][1].strip():
            column.pop()
        for pos, half in column:
            put(pos, half)
            put(pos + len(half), "\n")
