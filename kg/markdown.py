"""A page saved as Markdown, read as the page's text.

A web-to-Markdown converter (pandoc, a browser's "save as Markdown") prints a page's labels in bold
("**Present:**"), its speakers in italics ("*Mikoyan* --- ..."), its note markers as links ("[\\[1\\]](#_ftn1)"),
escapes what would read as markup ("1\\.", "\\[presents it\\]") and wraps every paragraph at a fixed width. The
readers of the layout work on lines of plain text. ``plain`` gives them the page's text as a copy of the same
length: markup blanked, a paragraph's wrapped lines joined into one, each word left where the file has it. So
every offset the readers find is an offset into the file, and the evidence quoted is the file's own words.
(A Markdown library renders the text anew and keeps no character offsets; this is why the few rules are here.)
"""

from __future__ import annotations

import re

from kg.text import TO_SUPERSCRIPT, blank
from kg.wiki import is_wikitext

# the marks that open a block, each written once: a heading's, a list item's (a bullet or a number), a note's
# ("[^1]"), a fence's, a rule's
_INDENT = r"^[ \t]{0,3}"
_HEADING_MARKS = r"#{1,6}(?=[ \t])"
_BULLET_MARK = r"[-*+]"
_ITEM_MARK = rf"(?:{_BULLET_MARK}|\d{{1,3}}[.)])[ \t]"
_FOOTNOTE = r"\[\^(?P<f>\d{1,3})\]"
_FENCE_MARK = r"(?:```|~~~)"
_RULE_MARK = r"(?:[-*_=][ \t]*){3,}$"

# a link to a place in the page, on the site or on the web ("](#_ftn1)", "](/collections)", "](https://...)"), or
# a footnote's marker ("[^1]")
_LINK_TARGET = re.compile(rf"\]\((?:#|/|https?://)[^()\s]*\)|{_FOOTNOTE}")
_HEADING = re.compile(rf"^{_HEADING_MARKS}", re.M)
_STRONG_LABEL = re.compile(r"\*\*[^*\n]{1,80}\*\*")

# a note marker as a link ("[\[1\]](#_ftn1)" in the text, "[\[1\]](#_ftnref1)" before its note), or as pandoc's
# footnote ("[^1]" in the text, "[^1]:" before its note): "[1]"
_NOTE_LINK = re.compile(rf"\[\\\[(?P<n>\d{{1,3}})\\\]\]\(#[^()\s]*\)|{_FOOTNOTE}:?")
# a note marker set as a superscript, pandoc's "^1^" or HTML's "<sup>1</sup>": "¹"
_SUPERSCRIPT = re.compile(r"\^(?P<n>\d{1,3})\^|<sup>(?P<h>\d{1,3})</sup>")
# an image or a link, its text in place: "[Soviet Foreign" / "Policy](/collection/...)", "![map](map.png)"
_LINK = re.compile(r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.){0,500})\]\((?P<target>[^()\s]*(?:\s+\"[^\"\n]*\")?)\)")
# "**Present:**", "__Note__", "*Mikoyan*", "_sic_", inside one paragraph; not "2 * 3", "file_name"
_PARAGRAPH_TEXT = r"(?:(?!\n[ \t]*\n)[^\\]|\\.)"
_STRONG = re.compile(
    rf"(?<![\\\w*])(?P<m>\*\*|__)(?=\S)(?P<text>{_PARAGRAPH_TEXT}{{1,500}}?)(?<=[^\s\\])(?P=m)(?![\w*])"
)
_EMPHASIS = re.compile(
    rf"(?<![\\\w*])(?P<m>[*_])(?=[^\s*_])(?P<text>{_PARAGRAPH_TEXT}{{1,300}}?)(?<=[^\s\\*_])(?P=m)(?![\w*])"
)
_HEADING_MARK = re.compile(rf"{_INDENT}({_HEADING_MARKS})", re.M)
# an escaped character: one that opens is printed before the space it leaves ("\[presents" → " [presents"), any
# other after ("1\." → "1. ", "it\]" → "it] ")
_ESCAPE_OPENING = re.compile(r"\\(?=[\[(])")
# ... but an apostrophe escaped inside a word (pandoc's "Mikoyan\'s") is left in the word, as ``text.typeset`` leaves
# out a soft hyphen (and ``text.dropped`` counts it)
_ESCAPED_IN_WORD = re.compile(r"\w+(?:\\['’]\w+)+")
_ESCAPE = re.compile(r"\\(?P<c>[\\`*_{}\])#+\-.!|>~<\"'])")
# pandoc's dashes: "---" an em dash, "--" an en dash; not a rule ("-----") or a table's "|---|"
_EM_DASH = re.compile(r"(?<![-|:])---(?![-|:])")
_EN_DASH = re.compile(r"(?<![-|:])--(?![-|:])")
_RULE_OR_TABLE = re.compile(r"^[\s|:+*_-]*$")
# a line that ends a sentence: a short one before the next is a break of its own, not a wrap
_ENDS_SENTENCE = re.compile(r"[.!?:;)\]\"”*_]\s*$")
_FENCE = re.compile(_INDENT + _FENCE_MARK)
_FOOTNOTE_DEFINITION = re.compile(rf"^{_FOOTNOTE}:")
# a hard break: "<br>", or a backslash at a line's end (or two spaces there: ``_hard_break``)
_BREAK = r"<br\s*/?>"
_BREAK_TAG = re.compile(rf"{_BREAK}|\\$", re.I | re.M)
_ENDS_IN_BREAK = re.compile(rf"(?:{_BREAK}|\\)\Z", re.I)
# an unordered list's bullet before its text ("-   Translation - English", "- Khrushchev --- ..."), not a rule
_BULLET = re.compile(rf"{_INDENT}({_BULLET_MARK})[ \t]+(?=\S)(?![-*_ \t]*$)", re.M)
_LIST_ITEM = re.compile(_INDENT + _ITEM_MARK)
# a line that opens a block of its own, so that it is not the line before it wrapped: a heading, a list's item,
# a quotation, a table's row, a fence, a rule
_BLOCK_START = re.compile(rf"{_INDENT}(?:{_HEADING_MARKS}|{_ITEM_MARK}|>|\||{_FENCE_MARK}|{_RULE_MARK})")


# pandoc's own: attributes of a heading or a span ("## Session of 28 January 1965 {#_Toc_s1}", "[without
# delay]{.underline}"), a line block, its lines kept as written ("| RGANI" / "| Fond No. 3, Opis' No. 22"), and
# tables drawn with dashes and spaces: the dashes under the head set the columns ("-------- --------"), a multiline
# table stands between rules the table's width, its rows apart by blank lines, a simple one ends at a blank line
_ATTRIBUTE = r"(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+))"
_ATTRIBUTES = rf"\{{{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*\}}"
_SPAN = re.compile(rf"(?<!\\)\[(?P<text>(?:[^\[\]\\]|\\.){{1,500}}?)\]{_ATTRIBUTES}")
_HEADING_ATTRIBUTES = re.compile(rf"{_INDENT}{_HEADING_MARKS}.*?(?P<a>[ \t]+{_ATTRIBUTES})[ \t]*$", re.M)
_LINE_BLOCK = re.compile(r"^\|(?=[ \t][^|\n]*$)", re.M)
_COLUMN_RULE = re.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*")
_TABLE_RULE = re.compile(r"[ \t]*-{3,}[ \t]*")


# A scholar's notes app (Obsidian) adds its own: the note's properties in YAML between "---" lines at its head, links
# between notes ("[[Nikita Khrushchev|Khrushchev]]", "[[Brezhnev]]"), an embedded note ("![[scan.png]]"),
# highlights ("==...=="), her comments, hidden in the reading view ("%% ... %%"), and callouts ("> [!note] Title").
# (properties are keys with their values, or a list's items under a key: not a rule that opens a page's text)
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n(?=[\w-]+[ \t]*:)(?:(?:[\w-]+[ \t]*:.*|[ \t]+\S.*|[ \t]*)\n)*?---[ \t]*(?:\n|\Z)"
)
# (not a pandoc note's link "[[1]](#_ftn1)")
_WIKI_LINK = re.compile(
    r"(?P<bang>!?)\[\[(?!\d{1,3}\]\])(?P<target>[^\[\]|\n]{1,200}?)(?:\|(?P<text>[^\[\]\n]{1,200}?))?\]\](?!\()"
)
_HIGHLIGHT = re.compile(r"(?<![=\\])==(?=\S)(?P<text>[^=\n]{1,500}?)(?<=\S)==(?!=)")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_CALLOUT = re.compile(rf"{_INDENT}>[ \t]*(\[![\w-]+\][+-]?)", re.M)
# a heading's own number in the note's outline, over a session's heading ("### 2. Session of [7 May 1964]"); not
# an item's ("## I. On the statement of the RWP")
_NUMBERED_SESSION = re.compile(
    rf"{_INDENT}{_HEADING_MARKS}[ \t]+(\d{{1,2}}[.)])[ \t]+"
    r"(?=(?:Session|Meeting|Sitting|Minutes|Protocol|Working Notes)\b[^\n]*\b\d{4}\b)",
    re.M,
)


def _notes_app(text: str) -> bool:
    """Whether a page is a notes app's (Obsidian's): it opens with its properties, or links notes in double brackets
    (twice at least: not an editor's "[[sic]]"), as a wiki's source does not otherwise mark up (no templates, notes
    in "<ref>", bold in three quotes)."""
    if _FRONT_MATTER.match(text):
        return True
    return "[[" in text and len(_WIKI_LINK.findall(text)) >= 2 and not is_wikitext(text)


def is_markdown(text: str) -> bool:
    """Whether a file is a page saved as Markdown: links into a page or a site, and headings or bold labels.
    A plain copy of a page has no "](/" or "](#"."""
    return bool(
        (_LINK_TARGET.search(text) or _notes_app(text)) and (_HEADING.search(text) or _STRONG_LABEL.search(text))
    )


def plain(text: str) -> str:
    """The text of a Markdown page, of the same length as ``text``, each character of the page's words where
    the file has it (an escaped character moves by one, into its escape's place): markup blanked, a note
    marker's link read "[1]", a paragraph's wrapped lines joined into one line."""
    out = list(text)

    def write(at: int, words: str) -> None:
        out[at : at + len(words)] = words

    if _notes_app(text):
        _notes_app_marks(text, out)
    tables = _tables(text, out)
    for m in _HEADING_ATTRIBUTES.finditer(text):
        blank(out, *m.span("a"))
    for m in _LINE_BLOCK.finditer(text):
        blank(out, *m.span())
    for m in _NOTE_LINK.finditer(text):
        blank(out, *m.span())
        write(m.start(), f"[{m['n'] or m['f']}]")
    for m in _SUPERSCRIPT.finditer(text):
        blank(out, *m.span())
        write(m.start(), (m["n"] or m["h"]).translate(TO_SUPERSCRIPT))
    for m in _LINK.finditer("".join(out)):  # (the note markers' links read already)
        blank(out, m.start(), m.start("text"))
        blank(out, m.end("text"), m.end())
    for pattern in (_STRONG, _EMPHASIS):  # (on what is left: "***Present:***", "**_On Hungary_**")
        for m in pattern.finditer("".join(out)):
            blank(out, m.start(), m.start("text"))
            blank(out, m.end("text"), m.end())
    for m in _SPAN.finditer(text):  # (inside a bold speaker's name too: "**Cde. [Mikoyan]{.underline}**")
        blank(out, m.start(), m.start("text"))
        blank(out, m.end("text"), m.end())
    for m in _BREAK_TAG.finditer(text):
        blank(out, *m.span())
    for m in _BULLET.finditer(text):
        blank(out, *m.span(1))
    for m in _HEADING_MARK.finditer(text):
        blank(out, *m.span(1))
    for m in _ESCAPED_IN_WORD.finditer(text):  # "Mikoyan\'s", "I\'m": the word whole, its letters moved up
        word = m[0].replace("\\", "")
        write(m.start(), word + " " * (len(m[0]) - len(word)))
    for m in _ESCAPE_OPENING.finditer(text):
        if out[m.start()] == "\\":  # (not inside a note marker's link, written already)
            out[m.start()] = " "
    for m in _ESCAPE.finditer(text):
        if out[m.start()] == "\\":
            write(m.start(), m["c"] + " ")
    _dashes(text, out)
    _join_wrapped(text, out, tables)
    return "".join(out)


def _notes_app_marks(text: str, out: list[str]) -> None:
    """A notes app's own marks blanked in ``out``: its properties and her comments whole (not the page's text), a
    link between notes to its words or the note's name, an embedded file whole, a highlight's and a callout's
    marks, a heading's own number in her outline."""
    for pattern in (_FRONT_MATTER, _COMMENT):
        for m in pattern.finditer(text):
            blank(out, *m.span())
    for m in _WIKI_LINK.finditer(text):
        if m["bang"]:
            blank(out, *m.span())
        elif m["text"] is not None:
            blank(out, m.start(), m.start("text"))
            blank(out, m.end("text"), m.end())
        else:
            blank(out, m.start(), m.start("target"))
            blank(out, m.end("target"), m.end())
    for m in _HIGHLIGHT.finditer(text):
        blank(out, m.start(), m.start("text"))
        blank(out, m.end("text"), m.end())
    for pattern in (_CALLOUT, _NUMBERED_SESSION):
        for m in pattern.finditer(text):
            blank(out, *m.span(1))


def _tables(text: str, out: list[str]) -> set[int]:
    """pandoc's tables drawn with dashes and spaces, written in ``out`` as tables the readers know, with "|" between
    cells: at each column's edge, and before the first where the table is indented, so that a row with its first
    cell alone is still one ("| Shelepin"); a head wrapped over lines read by its first ("Members of the"), its
    rules blanked. The numbers of the lines they take up, which are no paragraph wrapped."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    taken: set[int] = set()
    for i, rule in enumerate(lines):
        if not _COLUMN_RULE.fullmatch(rule) or i in taken:
            continue
        head = i
        while head > 0 and lines[head - 1].strip() and not _TABLE_RULE.fullmatch(lines[head - 1]):
            head -= 1
        top = head - 1 if head > 0 and _TABLE_RULE.fullmatch(lines[head - 1]) else None
        if top is None:  # a simple table's head is one line (not the label above it: "Those present:")
            head = max(head, i - 1)
        end = i + 1
        if top is not None:  # a multiline table: to its closing rule
            while end < len(lines) and not _TABLE_RULE.fullmatch(lines[end]):
                end += 1
            if end == len(lines):
                continue
        else:
            while end < len(lines) and lines[end].strip():
                end += 1
        if head == i or end == i + 1:
            continue  # no head, or no rows
        edges = [m.start() for m in re.finditer(r"-{3,}", rule)]
        border = edges[0] - 1 if edges[0] > 0 else None
        for n in range(head, end):
            line = lines[n]
            if n == i or head < n < i:  # the rule under the head, and the head's wrapped lines
                blank(out, starts[n], starts[n] + len(line))
                continue
            if not line.strip():
                continue
            for edge in ([border] if border is not None else []) + [e - 1 for e in edges[1:]]:
                if 0 < edge < len(line) and line[edge - 1].isspace() and line[edge].isspace():
                    edge -= 1  # a space kept after it where the gap allows, as a pipe table has: "| V. V. Grishin"
                if edge < len(line) and line[edge] in " \t":
                    out[starts[n] + edge] = "|"
        for n in (top, end if top is not None else None):
            if n is not None:
                blank(out, starts[n], starts[n] + len(lines[n]))
        taken.update(range(head if top is None else top, end + 1))
    return taken


def _dashes(text: str, out: list[str]) -> None:
    pos = 0
    for line in text.split("\n"):
        if not _RULE_OR_TABLE.match(line):
            for pattern, dash in ((_EM_DASH, "—  "), (_EN_DASH, "– ")):
                for m in pattern.finditer(line):
                    if out[pos + m.start()] == "-":  # (an en dash's "--" is no part of an em dash's "---")
                        out[pos + m.start() : pos + m.end()] = dash
        pos += len(line) + 1


def _join_wrapped(text: str, out: list[str], tables: set[int]) -> None:
    """Joins the lines a paragraph was wrapped over into one line, where the page was wrapped at a fixed width
    (a converter's 72 or 80 columns): not a page that keeps its lines as written ("Molotov — ..." / "Kaganovich
    — ..."), nor a code block or fence (a typescript set as code), nor the lines of a table (``tables``)."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    pos, fence, code, listed = 0, False, False, False
    before = ""  # the line above ``line``
    for n, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        pos += len(line)
        fence ^= bool(_FENCE.match(line))
        if not line.strip():
            code = listed = False
        elif not before.strip() and not listed:  # a block's first line
            code = line.startswith(("    ", "\t"))
            listed = bool(_LIST_ITEM.match(line) or _FOOTNOTE_DEFINITION.match(line))
        if width and not (fence or code or n in tables) and _wraps(line, nxt, width, listed):
            out[pos] = " "
        pos += 1
        before = line


def _wrap_width(lines: list[str]) -> int:
    """The width a page's paragraphs were wrapped at, 0 if they were not: the length most long lines reach."""
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    width = lengths[int(len(lengths) * 0.95)] if len(lengths) >= 10 else 0
    return width if width <= 100 else 0


def _wraps(line: str, nxt: str, width: int, listed: bool) -> bool:
    """Whether ``nxt`` goes on with the paragraph of ``line``: both hold text, ``line`` was broken because the
    next word would not fit in ``width`` or mid-sentence, ``nxt`` opens no block, ``line`` ends in no hard break
    (two spaces, a backslash, "<br>") and is no heading, table row or rule; a list's item or a note goes on in a
    line indented under it."""
    if not line.strip() or not nxt.strip() or _hard_break(line) or _BLOCK_START.match(nxt):
        return False
    if len(line.rstrip()) + 1 + len(nxt.split()[0]) <= width - 3 and _ENDS_SENTENCE.search(line):
        return False  # a sentence the page ends short: a break of its own
    if listed and (_LIST_ITEM.match(line) or nxt[:1] in " \t"):
        return True
    return not (_BLOCK_START.match(line) or line.lstrip().startswith("|"))


def _hard_break(line: str) -> bool:
    """Whether a line ends in a hard break: two spaces, a backslash or "<br>" (its end looked at, not searched
    for: a long run of spaces inside a line is read once)."""
    text = line.rstrip(" \t")
    return len(line) - len(text) >= 2 or bool(_ENDS_IN_BREAK.search(text))
