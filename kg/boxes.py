"""Tables drawn in box-drawing lines, as a text-mode browser prints a page's bordered tables (``w3m -dump``).

A page's table with borders comes out of w3m (or elinks) drawn: "┌──────┬───────┐", "│ Date │ 30 July │",
"├──────┼───────┤", "└──────┴───────┘". A cell too long for its column wraps inside it, so each line of a row holds a
piece of every cell: "│ Members of the │ L. I. Brezhnev, G. I. Voronov, A. N.  │" / "│ Presidium      │ Kosygin, ...".
Read across, a line joins pieces of different cells and breaks names between them ("A. N." / "Kosygin"). ``read``
makes a copy in which each row is one line of cells between bars, as a pipe table has them ("| Members of the
Presidium | L. I. Brezhnev, G. I. Voronov, A. N. Kosygin, ... |"), each cell its pieces joined by a space, and the
rules are left out; the rest of the page is as it is. The copy is not of the file's length, so ``Origin`` keeps where
each character comes from, and the evidence quotes the file (``extract._quoted``), as for a page in two columns.
"""

from __future__ import annotations

import re

from kg.htmlpage import Copy, Origin
from kg.text import lines_at

_VERTICAL = "│┃║"
# a rule: box-drawing characters only (U+2500 to U+257F), across the table; its top one opens with a corner
_RULE = re.compile(r"[ \t]*[\u2500-\u257f]+[ \t]*")
_CORNERS = "┌┏╔╒╓"  # a table's top left corner, in its light, heavy and double lines
_TOP = re.compile(rf"[ \t]*[{_CORNERS}]")
_ROW = re.compile(rf"[ \t]*[{_VERTICAL}]")


def read(text: str) -> tuple[str, Origin] | None:
    """The text with each box-drawn table's rows one line each, with where each character comes from; None if the
    text draws no table."""
    if not any(corner in text for corner in _CORNERS):
        return None  # (most documents, asked first)
    lines = lines_at(text)
    copy = Copy()
    found, i = False, 0
    while i < len(lines):
        at, line = lines[i]
        if _TOP.match(line) and _RULE.fullmatch(line):
            rows, i = _table(lines, i + 1)
            found = found or bool(rows)
            for row in rows:
                _put_row(row, copy, len(text) - 1)
            continue
        copy.put(at, line if i == len(lines) - 1 else line + "\n")
        i += 1
    return copy.done() if found else None


def _table(lines: list[tuple[int, str]], i: int) -> tuple[list[list[tuple[int, str]]], int]:
    """The rows of the table whose top rule is above line ``i``, each its lines; and the line after the table (its
    bottom rule, or the first line that is neither a row's nor a rule, where the copy cut the table short)."""
    rows: list[list[tuple[int, str]]] = [[]]
    while i < len(lines):
        line = lines[i][1]
        if _ROW.match(line) and not _RULE.fullmatch(line):
            rows[-1].append(lines[i])
        elif _RULE.fullmatch(line) and line.strip():
            bottom = line.lstrip()[0] in "└┗╚╘╙"
            i += 1
            if bottom:
                break
            rows.append([])
            continue
        else:
            break
        i += 1
    return [row for row in rows if row], i


def _put_row(row: list[tuple[int, str]], copy: Copy, end: int) -> None:
    """One row as a line of cells between bars: each cell its pieces on the row's lines joined by a space."""
    cells: list[list[tuple[int, str]]] = []
    bars: list[int] = []  # where each bar is in the file, on the row's first line
    for n, (at, line) in enumerate(row):
        edges = [k for k, c in enumerate(line) if c in _VERTICAL]
        if n == 0:
            bars = [at + k for k in edges]
        for k, (a, b) in enumerate(zip(edges, edges[1:], strict=False)):
            while len(cells) <= k:
                cells.append([])
            piece = line[a + 1 : b]
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                cells[k].append((at + a + 1 + lead, piece.strip()))
    copy.put(bars[0], "|")
    for k, pieces in enumerate(cells):
        bar = bars[k + 1] if k + 1 < len(bars) else bars[-1]
        copy.put(bar - 1 if not pieces else pieces[0][0] - 1, " ")
        for m, (at, piece) in enumerate(pieces):
            if m:
                copy.put(pieces[m - 1][0] + len(pieces[m - 1][1]), " ")
            copy.put(at, piece)
        copy.put(bar - 1, " ")
        copy.put(bar, "|")
    last_at, last = row[-1]
    copy.put(min(last_at + len(last), end), "\n")
