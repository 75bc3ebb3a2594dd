"""A digital edition's source in reStructuredText, read as the text it renders.

Editions kept in a repository write their documents in reStructuredText: a title and headings underlined with
punctuation ("Session of 6 February 1964" / "--------------------------"), a field list of the document's facts
(":Archive: RGANI", ":Fond: 3", ":Folios: 23-29ob"), speakers in bold ("**Cde. Suslov**—..."), stage directions in
italics, links as "`Protocol No. 139`_" with their targets (".. _Protocol No. 139: https://..."), footnote
references ("[1]_", "[#]_") to footnotes at the end (".. [#] P. A. Satyukov, ..."), directives (".. note::", "..
admonition:: Editor's remark") over indented text, comments the edition does not render (".. Kapitonov? A name
is written in the margin ..."), and tables (``kg.boxes``). ``plain`` gives the readers the text a reader of the
rendered page sees, as a copy of the same length, each word where the file has it: markup blanked, a field's name
set off by spaces ("Fond  3", so that the levels read as a reference), each footnote reference and footnote its
number ("[2]"), a note's title its kind ("Note"), the comments, link targets and the contents directive blank, and a
paragraph's wrapped lines one line. (docutils renders the text anew and keeps no character offsets; this is why the
few rules are here.)
"""

from __future__ import annotations

import re

from kg.boxes import GRID_ROW, GRID_RULE, SIMPLE_RULE
from kg.text import blank

# a line of one punctuation character repeated, under (or over) a heading's text: "=====", "-----", "~~~~~"
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}[ \t]*$", re.M)
# a block of explicit markup: its marker, at a line's start, and what it is
_EXPLICIT = re.compile(
    r"^(?P<indent>[ \t]*)\.\.(?:[ \t]+(?:(?P<footnote>\[(?:#[\w\-]*|\d{1,3}|\*)\])|(?P<target>_[^\n:]*(?:\\:[^\n:]*)*:)"
    r"|(?P<directive>[\w\-.+]+)::|(?P<substitution>\|[^|\n]+\|))|(?=[ \t]*$)|[ \t]+)",
    re.M,
)
# directives whose block the page does not show as text: a table of contents, a picture, raw markup, an index
_UNSHOWN = frozenset(
    "contents sectnum toctree image figure raw include meta index highlight role default-role code-block".split()
)
# directives whose block the page shows under a title of their kind: ".. note::" under "Note"
_ADMONITIONS = frozenset("note warning important tip hint attention caution danger error".split())
# a field of a field list: ":Fond: 3", ":Description: Draft notes ..."; the option of a directive: ":local:"
_FIELD = re.compile(r"^[ \t]*(?P<open>:)(?P<name>[^:\n`]{1,40})(?P<close>:)(?=[ \t]|$)", re.M)
_FOOTNOTE_REF = re.compile(r"(?<![\w\]])\[(?P<label>#[\w\-]*|\d{1,3}|\*)\]_(?!\w)")
# inline markup: a link with its address ("`text <https://...>`_"), a reference ("`name`_", "name_"), a role
# (":term:`word`"), literal text ("``l.``"), strong and emphasised text, inside one paragraph
_PARAGRAPH_TEXT = r"(?:(?!\n[ \t]*\n)[^\\])"
_LINK = re.compile(rf"`(?P<text>{_PARAGRAPH_TEXT}{{1,300}}?)(?P<address>\s*<[^<>\n]*>)?`__?(?!\w)")
_ROLE = re.compile(rf":[\w\-.+]+:`(?P<text>{_PARAGRAPH_TEXT}{{1,300}}?)`(?!_)")
_LITERAL = re.compile(rf"``(?P<text>{_PARAGRAPH_TEXT}{{1,300}}?)``")
_INTERPRETED = re.compile(r"(?<![`\w])`(?P<text>[^`\n]{1,300}?)`(?![`_\w])")
_STRONG = re.compile(rf"(?<![\w*\\])\*\*(?=\S)(?P<text>{_PARAGRAPH_TEXT}{{1,500}}?)(?<=\S)\*\*(?![\w*])")
_EMPHASIS = re.compile(rf"(?<![\w*\\])\*(?=[^\s*])(?P<text>{_PARAGRAPH_TEXT}{{1,300}}?)(?<=[^\s*])\*(?![\w*])")
_SIMPLE_REF = re.compile(r"(?<=[A-Za-z0-9])__?(?=[\s.,;:!?)\]]|$)")
# a line that opens a block: a field, a list's item, explicit markup
_OPENS_BLOCK = re.compile(r"^[ \t]*(?::[^:\n`]{1,40}:(?:[ \t]|$)|[-*+•][ \t]|(?:\d{1,3}|#)[.)][ \t]|\.\.(?:[ \t]|$))")
# a line of a line block, which the page prints as it stands: "| Present: Cdes. Brezhnev, Kosygin,"
_LINE_BLOCK = re.compile(r"^[ \t]*(\|)(?:[ \t]|$)", re.M)


def is_rst(text: str) -> bool:
    """Whether a file is reStructuredText: a heading underlined with punctuation, and explicit markup (directives,
    comments, link targets, footnotes: lines opening with ".. ") or footnote references ("[#]_"); a plain copy has
    neither."""
    if not _ADORNMENT.search(text):
        return False
    marked = sum(1 for m in _EXPLICIT.finditer(text) if m["footnote"] or m["target"] or m["directive"])
    return marked >= 2 or bool(marked and _FOOTNOTE_REF.search(text))


def plain(text: str) -> str:
    """The text an edition's reStructuredText renders, of the same length as ``text``, each word where the file has
    it (see the module's docstring)."""
    out = list(text)
    numbers = _footnote_numbers(text)
    for m in _EXPLICIT.finditer(text):
        end = _block_end(text, m)
        if m["footnote"]:
            blank(out, m.start(), m.end("footnote"))
            automatic = m["footnote"].startswith("[#")
            _write_right(out, m.end("footnote"), f"[{numbers.pop(0) if automatic else m['footnote'][1:-1]}]")
        elif m["directive"] and m["directive"].lower() not in _UNSHOWN:
            blank(out, m.start(), m.end())  # the marker; its title stays ("Editor's remark"), its options go
            if (kind := m["directive"].lower()) in _ADMONITIONS:
                _write_left(out, m.start("directive") - 3, kind.capitalize())  # the title the page shows: "Note"
            pos = text.find("\n", m.end()) + 1
            while pos and (option := _FIELD.match(text, pos)) and pos < end:
                pos = text.find("\n", option.end()) + 1
                blank(out, option.start(), pos - 1 if pos else len(text))
        else:  # a comment, a link's target, a substitution, a directive the page does not show as text
            blank(out, m.start(), end)
    for m, number in zip(_FOOTNOTE_REF.finditer(text), _reference_numbers(text), strict=True):
        blank(out, m.start(), m.end())
        _write_left(out, m.start(), f"[{number}]")
    for m in _FIELD.finditer(text):
        if out[m.start("open")] == ":":
            out[m.start("open")] = out[m.start("close")] = " "
    for m in _ADORNMENT.finditer(text):
        blank(out, m.start(), m.end())
    for pattern in (_LITERAL, _ROLE, _LINK, _INTERPRETED, _STRONG, _EMPHASIS):  # each on what is left
        for m in pattern.finditer("".join(out)):
            blank(out, m.start(), m.start("text"))
            blank(out, m.end("text"), m.end())
    for m in _SIMPLE_REF.finditer("".join(out)):
        blank(out, *m.span())
    tables = _table_lines(text.split("\n"))
    for m in _LINE_BLOCK.finditer(text):
        if text.count("\n", 0, m.start()) not in tables:
            out[m.start(1)] = " "
    _join_paragraphs(text, out, tables)
    return "".join(out)


def _join_paragraphs(text: str, out: list[str], tables: set[int]) -> None:
    """Joins the lines a paragraph was wrapped over into one line, as the page renders it ("**On the requests of the
    SED concerning deliveries in" / "1964-1965**" is one title): not a table's lines, a heading's or its underline, a
    directive's marker line, a line block's or the line that opens a block (a field, a list's item, explicit
    markup)."""
    lines = text.split("\n")
    pos = 0
    for n, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        pos += len(line)
        if (
            line.strip()
            and nxt.strip()
            and not {n, n + 1} & tables
            and not _ADORNMENT.match(line)
            and not _ADORNMENT.match(nxt)
            and not (n + 2 < len(lines) and _ADORNMENT.match(lines[n + 2]))  # (a heading's own line)
            and not _OPENS_BLOCK.match(nxt)
            and not _LINE_BLOCK.match(line)
            and not _LINE_BLOCK.match(nxt)
            and not ((marker := _EXPLICIT.match(line)) and marker["directive"])
        ):
            out[pos] = " "
        pos += 1


def _table_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines of the text's tables: a grid table's, and each block of lines with a simple table's
    rule in it."""
    taken = {n for n, line in enumerate(lines) if GRID_RULE.fullmatch(line) or GRID_ROW.fullmatch(line)}
    block: list[int] = []
    for n, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(n)
            continue
        if any(SIMPLE_RULE.fullmatch(lines[k]) for k in block):
            taken.update(block)
        block = []
    return taken


def _footnote_numbers(text: str) -> list[int]:
    """The numbers of the footnotes numbered automatically ("[#]"), in order: those the numbered ones do not take."""
    taken = {int(m["footnote"][1:-1]) for m in _EXPLICIT.finditer(text) if m["footnote"] and m["footnote"][1].isdigit()}
    count = sum(1 for m in _EXPLICIT.finditer(text) if m["footnote"] and m["footnote"].startswith("[#"))
    numbers, n = [], 0
    while len(numbers) < count:
        n += 1
        if n not in taken:
            numbers.append(n)
    return numbers


def _reference_numbers(text: str) -> list[str]:
    """The number each footnote reference stands for, in order: its own, or the next automatic one's ("[#]_")."""
    automatic = iter(_footnote_numbers(text))
    return [m["label"] if m["label"][0].isdigit() else str(next(automatic, "")) for m in _FOOTNOTE_REF.finditer(text)]


def _block_end(text: str, m: re.Match[str]) -> int:
    """Where an explicit markup block ends: before the first line after it not indented more than its marker
    (blank lines inside it are its own); an empty comment ("..", alone on its line) over a blank line at its line's
    end, as it takes no indented text after the blank (a block quote)."""
    indent = len(m["indent"].expandtabs())
    end = text.find("\n", m.start())
    if end < 0:
        return len(text)
    nxt = text.find("\n", end + 1)
    following = text[end + 1 : nxt if nxt >= 0 else len(text)]
    if text[m.start() : end].strip() == ".." and not following.strip():
        return end
    pos = end + 1
    while pos < len(text):
        nxt = text.find("\n", pos)
        line = text[pos : nxt if nxt >= 0 else len(text)]
        if line.strip() and len(line.expandtabs()) - len(line.expandtabs().lstrip()) <= indent:
            break
        if not line.strip() and not _indented_after(text, nxt, indent):
            break
        end = nxt if nxt >= 0 else len(text)
        if nxt < 0:
            break
        pos = nxt + 1
    return end


def _indented_after(text: str, at: int, indent: int) -> bool:
    """Whether the first non-blank line after ``at`` is indented more than ``indent``."""
    if at < 0:
        return False
    rest = text[at + 1 :].lstrip("\n")
    line = rest.split("\n", 1)[0]
    return bool(line.strip()) and len(line.expandtabs()) - len(line.expandtabs().lstrip()) > indent


def _write_right(out: list[str], end: int, words: str) -> None:
    out[end - len(words) : end] = words


def _write_left(out: list[str], start: int, words: str) -> None:
    out[start : start + len(words)] = words
