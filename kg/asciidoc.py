"""A digital edition's source in AsciiDoc, read as the text Asciidoctor renders.

An edition kept in AsciiDoc opens with a header ("= Title", an author line, a revision line "v1.2, 2019-05-14:
corrected folios", attribute entries ":source-archive: RGANI"), has sections ("== Session of 1 April 1965"), block
titles (".Source"), description lists of a session's file ("Archive:: RGANI" / "Fond:: 3"), tables between "|===" lines
whose cells open with "|" (a cell's words may go on in the next line), delimited blocks (a quote "____", a literal
"....", an example "====" under "[NOTE]", a comment "////"), admonitions ("NOTE: ...", "IMPORTANT: ..."), footnotes
inline ("footnote:[Protocol No. 9: RGANI, ...]"), links ("https://...[the archive's website]"), cross references
("<<sess-2,next session>>"), inline marks ("*bold*", "_italic_", "`mono`", "#highlight#"), comment lines ("// TODO"),
attribute references ("{source-archive}") and directives ("include::...[]", "<<<"). ``plain`` gives the readers the
text the rendered page shows, as a copy of the same length, each word where the file has it: the marks, the header's
author and revision lines, attribute entries, comments, directives and block attributes blank; an attribute
reference its value where the value fits in its place; a description list's term set off by spaces ("Fond   3", so
that the levels read as a reference); an admonition's label its kind alone on its line ("Note", "Important"), as the
page sets it over the remark; a footnote its words in brackets where it stands; a table's cells one row a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.text import blank, is_date_line, lines_at

_SECTION = re.compile(r"^(?P<marks>={1,6}[ \t]+)(?=\S)[^\n]*?(?P<closing>[ \t]+=+)?[ \t]*$", re.M)
_ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>!?[\w][\w\-]*!?):(?:[ \t]+(?P<value>[^\n]*?))?[ \t]*$", re.M)
_DELIMITER = re.compile(r"^(?:\|===|,===|:===|_{4,}|\.{4,}|={4,}|\*{4,}|-{4,}|\+{4,}|--)[ \t]*$", re.M)
_COMMENT_BLOCK = re.compile(r"^(?P<fence>/{4,})[ \t]*\n.*?^(?P=fence)[ \t]*$", re.M | re.S)
_COMMENT_LINE = re.compile(r"^//(?!/)[^\n]*$", re.M)
# a line of a block's attributes or an anchor: "[quote, Malin]", "[cols="1,3",options="header"]", "[NOTE]", "[[sess-1]]"
_BLOCK_ATTRIBUTES = re.compile(r"^\[(?P<style>[^\]\n]*)\][ \t]*$|^\[\[[^\]\n]*\]\][ \t]*$", re.M)
_BLOCK_TITLE = re.compile(r"^(?P<dot>\.)(?=[^\s.])[^\n]*$", re.M)
_DIRECTIVE = re.compile(
    r"^(?:(?:include|ifdef|ifndef|ifeval|endif|image|toc|video|audio)::[^\n]*\]|<<<|'''|\+)[ \t]*$", re.M
)
_ADMONITIONS = ("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION")
_ADMONITION = re.compile(rf"^(?P<label>{'|'.join(_ADMONITIONS)}):(?=[ \t])", re.M)
_DESCRIPTION = re.compile(r"^(?P<term>[^\s:/\[|.][^\n]*?)(?P<marks>:{2,4}|;;)(?=[ \t]|$)", re.M)
_HARD_BREAK = re.compile(r"(?<=[ \t])\+[ \t]*$", re.M)
# a footnote ("footnote:[...]", "footnote:id[...]", "footnoteref:[id,...]"), a link ("https://...[text]",
# "link:file.pdf[text]", "mailto:...[text]", "xref:id[text]") or a macro's opening, up to its bracket
_MACRO = re.compile(r"(?P<head>footnote(?:ref)?:[\w\-]*|(?:link|xref|mailto):[^\s\[]+|https?://[^\s\[]+)\[")
_CROSS_REFERENCE = re.compile(r"<<(?P<target>[^,<>\n]+)(?:,\s*(?P<text>[^<>\n]+))?>>")
_INLINE_ANCHOR = re.compile(r"\[\[[\w\-:.]+(?:,[^\]\n]*)?\]\]|\[#[\w\-]+\]")
_ATTRIBUTE_REFERENCE = re.compile(r"\{(?P<name>[\w][\w\-]*)\}")
# the characters Asciidoctor's built-in attributes stand for, a space where the character is one
_BUILT_IN = {"nbsp": " ", "sp": " ", "empty": "", "zwsp": "", "amp": "&", "lt": "<", "gt": ">", "quot": '"'}
# inline marks: unconstrained ("**bold**" amid a word) first, then constrained ("*bold*" between spaces or marks)
_UNCONSTRAINED = re.compile(r"(?P<m>\*\*|__|``|##)(?=\S)(?P<text>[^\n]*?\S)(?P=m)")
_CONSTRAINED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\"'\[{\-—–/]))(?:\[[\w.\-]*\])?(?P<m>[*_`#])(?=[^\s*_`#])(?P<text>[^\n]*?[^\s])(?P=m)"
    r"(?=[\s\-—–.,:;!?'\")\]}]|$)",
    re.M,
)
_VERBATIM = re.compile(r"^(?P<fence>\.{4,}|-{4,}|\+{4,})[ \t]*\n.*?^(?P=fence)[ \t]*$", re.M | re.S)
_TABLE = re.compile(r"^\|===[ \t]*\n(?P<body>.*?)^\|===[ \t]*$", re.M | re.S)
_CELL = re.compile(r"(?:^|(?<=\s))\|")  # a cell's opening bar, at a line's start or after a space
_COLUMNS = re.compile(r"\bcols\s*=\s*\"?(?P<spec>[^\"\]\n]*)")


def is_asciidoc(text: str) -> bool:
    """Whether a file is AsciiDoc: a section ("== Session of ..."), with two more of its kinds of markup (attribute
    entries, block delimiters, block attributes, admonitions, footnotes and links, cross references); a plain copy or
    a Markdown page has few of them."""
    head = text[:50000]
    if not _SECTION.search(head):
        return False
    kinds = (_ATTRIBUTE_ENTRY, _DELIMITER, _BLOCK_ATTRIBUTES, _ADMONITION, _MACRO, _CROSS_REFERENCE)
    return sum(bool(k.search(head)) for k in kinds) >= 2


def plain(text: str) -> str:
    """The text Asciidoctor renders from ``text``, of the same length, each word where the file has it (see the
    module's docstring)."""
    out = list(text)
    verbatim = [m.span() for m in _VERBATIM.finditer(text)]

    def shown(m: re.Match[str]) -> bool:  # (markup in a literal or listing block is printed as it stands)
        return not any(a < m.start() and m.end() < b for a, b in verbatim)

    for m in _COMMENT_BLOCK.finditer(text):
        blank(out, m.start(), m.end())
    for pattern in (_COMMENT_LINE, _DIRECTIVE, _DELIMITER):
        for m in filter(shown, pattern.finditer(text)):
            blank(out, m.start(), m.end())
    _blank_header(text, out)
    for m in filter(shown, _ATTRIBUTE_ENTRY.finditer(text)):
        blank(out, m.start(), m.end())
    for m in filter(shown, _SECTION.finditer(text)):
        blank(out, *m.span("marks"))
        if m["closing"]:
            blank(out, *m.span("closing"))
    for m in filter(shown, _BLOCK_TITLE.finditer(text)):
        out[m.start("dot")] = " "
    for m in filter(shown, _BLOCK_ATTRIBUTES.finditer(text)):
        blank(out, m.start(), m.end())
        if m["style"] and (kind := m["style"].split(",")[0].strip()) in _ADMONITIONS:
            out[m.start() : m.start() + len(kind)] = kind.capitalize()  # "[NOTE]" over its block: "Note"
    for m in filter(shown, _ADMONITION.finditer(text)):
        out[m.start() : m.end()] = m["label"].capitalize() + "\n"  # "Note", alone on its line over the remark
    for m in filter(shown, _DESCRIPTION.finditer(text)):
        blank(out, *m.span("marks"))
    for m in filter(shown, _HARD_BREAK.finditer(text)):
        blank(out, m.start(), m.end())
    _tables(text, out)
    current = "".join(out)
    for m in filter(shown, _MACRO.finditer(current)):
        close = _closing_bracket(current, m.end() - 1)
        if close is None:
            continue
        if m["head"].startswith("footnote"):  # its words in brackets where it stands: "[Protocol No. 9: RGANI, ...]"
            blank(out, m.start(), m.end() - 1)
        elif close > m.end():  # a link's words
            blank(out, m.start(), m.end())
            out[close] = " "
        else:  # a link with no words of its own shows its address
            blank(out, m.end() - 1, close + 1)
    for m in filter(shown, _CROSS_REFERENCE.finditer(text)):
        blank(out, m.start(), m.start("text") if m["text"] else m.end())
        if m["text"]:
            blank(out, m.end("text"), m.end())
    for m in filter(shown, _INLINE_ANCHOR.finditer(text)):
        blank(out, m.start(), m.end())
    _attribute_references(text, out, shown)
    for pattern in (_UNCONSTRAINED, _CONSTRAINED):
        for m in filter(shown, pattern.finditer("".join(out))):
            blank(out, m.start(), m.start("text"))
            blank(out, m.end("text"), m.end())
    return "".join(out)


def _blank_header(text: str, out: list[str]) -> None:
    """The lines under the document's title, up to the first blank line, that are no attribute entries: its author
    and revision lines ("v1.2, 2019-05-14: corrected folios"), whose date is the edition's, not a session's; not a
    date alone, which Asciidoctor would take for an author but a reader for the record's ("12 March 1966")."""
    lines = lines_at(text)
    first = next(((start, line) for start, line in lines if line.strip() and not _COMMENT_LINE.match(line)), None)
    if first is None or not re.match(r"=[ \t]+\S", first[1]):
        return
    for start, line in lines[lines.index(first) + 1 :]:
        if not line.strip():
            break
        if not (_ATTRIBUTE_ENTRY.match(line) or _COMMENT_LINE.match(line) or is_date_line(line.strip())):
            blank(out, start, start + len(line))


def _attribute_references(text: str, out: list[str], shown: Callable[[re.Match[str]], bool]) -> None:
    """Each attribute reference ("{source-archive}", "{fond}") the value the last entry before it sets, where the
    value fits in the reference's place (padded with spaces after it); a built-in one its character."""
    entries = [(m.start(), m["name"], m["value"] or "") for m in _ATTRIBUTE_ENTRY.finditer(text)]
    for m in _ATTRIBUTE_REFERENCE.finditer(text):
        if not shown(m):
            continue
        values = [value for at, name, value in entries if at < m.start() and name == m["name"]]
        value = values[-1] if values else _BUILT_IN.get(m["name"])
        if value is not None and len(value) <= m.end() - m.start():
            blank(out, m.start(), m.end())
            out[m.start() : m.start() + len(value)] = value


def _tables(text: str, out: list[str]) -> None:
    """A table's cells one row a line, as the readers read a table saved as text ("|Members |Brezhnev, Kosygin"):
    a line that does not open with a cell goes on with the cell above (its line's end a space), and so do the cells of
    a row written one a line, until the row has as many as the table has columns; a blank line between rows joins
    the row after it."""
    for table in _TABLE.finditer(text):
        above = text.rfind("\n\n", 0, table.start())  # (its attributes and its title, in either order, over it)
        columns = _column_count(text[max(above, table.start() - 300) : table.start()])
        count = 0  # the cells of the row the lines so far give
        for start, line in lines_at(table["body"], table.start("body")):
            if not line.strip():
                if count and start + len(line) < table.end("body"):
                    out[start + len(line)] = " "  # (a blank line between rows: the row after it goes on from it)
                continue
            cells = len(_CELL.findall(line)) if line.lstrip().startswith("|") else 0
            columns = columns or (cells if cells > 1 else None)
            if count and (not cells or (columns and count < columns)):
                out[start - 1] = " "  # this line goes on with the row above
                count += cells
            else:
                count = cells


def _column_count(attributes: str) -> int | None:
    """How many columns "[cols="1,3"]" (or "3*", "2*,1") gives a table."""
    if (m := _COLUMNS.search(attributes)) is None:
        return None
    total = 0
    for spec in m["spec"].split(","):
        multiplied = re.match(r"\s*(\d+)\*", spec)
        total += int(multiplied[1]) if multiplied else 1
    return total or None


def _closing_bracket(text: str, opening: int) -> int | None:
    """Where the bracket opened at ``opening`` closes, brackets inside it counted, within its paragraph."""
    depth = 0
    for i in range(opening, min(len(text), opening + 2000)):
        c = text[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n" and text.startswith("\n", i + 1):
            return None
    return None
