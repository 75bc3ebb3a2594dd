"""Tables drawn in lines, as a text-mode browser prints a page's bordered tables (``w3m -dump``) and as plain-text
markup writes its grid and simple tables (reStructuredText, pandoc).

A page's table with borders comes out of w3m (or elinks) drawn: "┌──────┬───────┐", "│ Date │ 30 July │",
"├──────┼───────┤", "└──────┴───────┘"; a grid table is drawn so in ASCII: "+------+-------+", "| Date | 30 July |",
"+======+=======+" under its head. A cell too long for its column wraps inside it, so each line of a row holds a
piece of every cell: "│ Members of the │ L. I. Brezhnev, G. I. Voronov, A. N.  │" / "│ Presidium      │ Kosygin, ...".
Read across, a line joins pieces of different cells and breaks names between them ("A. N." / "Kosygin"). A simple
table has no bars: its columns are the runs of its rules ("=====  ========="), and a line whose first cell is blank
goes on with the row above ("1      Approve the report and submit it" / "       to the Plenum."). ``read`` makes a
copy in which each row is one line of cells between bars, as a pipe table has them ("| Members of the Presidium |
L. I. Brezhnev, G. I. Voronov, A. N. Kosygin, ... |"), each cell its pieces joined by a space, and the rules are left
out; the rest of the page is as it is. The copy is not of the file's length, so ``Origin`` keeps where each
character comes from, and the evidence quotes the file (``extract._quoted``), as for a page in two columns.
"""

from __future__ import annotations

import re

from kg.htmlpage import Copy, Origin
from kg.text import lines_at

Lines = list[tuple[int, str]]
Cells = list[list[tuple[int, str]]]

_VERTICAL = "│┃║"
# a rule: box-drawing characters only (U+2500 to U+257F), across the table; its top one opens with a corner
_RULE = re.compile(r"[ \t]*[\u2500-\u257f]+[ \t]*")
_CORNERS = "┌┏╔╒╓"  # a table's top left corner, in its light, heavy and double lines
_TOP = re.compile(rf"[ \t]*[{_CORNERS}]")
_ROW = re.compile(rf"[ \t]*[{_VERTICAL}]")
# ... and a grid table's in ASCII: "+-----+-----+", "+=====+=====+" under its head, its rows between "|"
GRID_RULE = re.compile(r"[ \t]*\+(?:[-=]+\+){2,}[ \t]*")
GRID_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*")
# a simple table's rule: runs of "=" for its columns, two at least
SIMPLE_RULE = re.compile(r"[ \t]*={2,}(?:[ \t]+={2,})+[ \t]*")


def read(text: str, simple: bool = False) -> tuple[str, Origin] | None:
    """The text with each drawn table's rows one line each, with where each character comes from; None if the text
    draws no table. Simple tables only with ``simple`` (in markup that has them: a plain copy's lines of "=" set off
    its text, no table)."""
    if not (any(corner in text for corner in _CORNERS) or "-+-" in text or simple and "==  " in text):
        return None  # (most documents, asked first)
    lines = lines_at(text)
    copy = Copy()
    found, i = False, 0
    while i < len(lines):
        at, line = lines[i]
        rows, after = [], i
        if _TOP.match(line) and _RULE.fullmatch(line):
            rows, after = _table(lines, i + 1, _ROW, _RULE, _VERTICAL)
        elif GRID_RULE.fullmatch(line):
            rows, after = _table(lines, i + 1, GRID_ROW, GRID_RULE, "|")
        elif simple and SIMPLE_RULE.fullmatch(line):
            rows, after = _simple_table(lines, i)
        if after == i:  # no table here
            copy.put(at, line if i == len(lines) - 1 else line + "\n")
            i += 1
            continue
        found, i = found or bool(rows), after
        for cells, bars, end in rows:
            _put_row(cells, bars, copy, min(end, len(text) - 1))
    return copy.done() if found else None


def _table(lines: Lines, i: int, row_line: re.Pattern[str], rule: re.Pattern[str], vertical: str) -> tuple[list, int]:
    """The rows of the bordered table whose top rule is above line ``i``, each its cells; and the line after the
    table (its bottom rule, or the first line that is neither a row's nor a rule, where the copy cut the table
    short)."""
    rows: list[Lines] = [[]]
    while i < len(lines):
        line = lines[i][1]
        if row_line.match(line) and not rule.fullmatch(line):
            rows[-1].append(lines[i])
        elif rule.fullmatch(line) and line.strip():
            bottom = line.lstrip()[0] in "└┗╚╘╙"
            i += 1
            if bottom:
                break
            rows.append([])
            continue
        else:
            break
        i += 1
    return [_bordered_cells(row, vertical) for row in rows if row], i


def _bordered_cells(row: Lines, vertical: str) -> tuple[Cells, list[int], int]:
    """A bordered row's cells, each its pieces on the row's lines; where its bars are in the file, on its first line;
    and where its last line ends."""
    cells: Cells = []
    bars: list[int] = []
    for n, (at, line) in enumerate(row):
        edges = [k for k, c in enumerate(line) if c in vertical]
        if n == 0:
            bars = [at + k for k in edges]
        for k, (a, b) in enumerate(zip(edges, edges[1:], strict=False)):
            while len(cells) <= k:
                cells.append([])
            _add_piece(cells[k], at + a + 1, line[a + 1 : b])
    last_at, last = row[-1]
    return cells, bars, last_at + len(last)


def _simple_table(lines: Lines, i: int) -> tuple[list, int]:
    """The rows of the simple table whose top rule is line ``i`` (its head one of them), each its cells; and the line
    after its bottom rule: a rule with a blank line or the text's end after it, as docutils reads one (a table may have
    no head, its second rule its last). A table with no bottom rule is none, its rules read as they stand."""
    at, rule = lines[i]
    columns = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
    starts = [a for a, _ in columns] + [None]
    rows: list[tuple[Cells, list[int], int]] = []
    rules = 1
    j = i + 1
    while j < len(lines):
        at, line = lines[j]
        j += 1
        if SIMPLE_RULE.fullmatch(line):
            rules += 1
            if rows and (j == len(lines) or not lines[j][1].strip()):
                return rows, j  # its bottom rule
            continue
        if not line.strip():
            if rules == 2 and rows:
                continue  # a blank line between two rows
            break
        if line[: columns[0][1]].strip() or not rows:  # a row's first line: its first cell is not blank
            rows.append(([[] for _ in columns], [at + a for a, _ in columns] + [at + len(line)], at + len(line)))
        cells, bars, _ = rows[-1]
        for k, (a, b) in enumerate(zip(starts, starts[1:], strict=False)):
            _add_piece(cells[k], at + a, line[a:b])
        rows[-1] = (cells, bars, at + len(line))
    return [], i  # no table: the line is read as it stands


def _add_piece(cell: list[tuple[int, str]], at: int, piece: str) -> None:
    lead = len(piece) - len(piece.lstrip())
    if piece.strip():
        cell.append((at + lead, piece.strip()))


def _put_row(cells: Cells, bars: list[int], copy: Copy, end: int) -> None:
    """One row as a line of cells between bars: each cell its pieces on the row's lines joined by a space."""
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
    copy.put(end, "\n")
