"""A wiki page's source (MediaWiki markup, as a Wikisource transcription is edited), read as the page's text.

A transcription on a wiki keeps its markup in the saved source: templates ("{{header | notes = ...}}",
"{{sic|exibition}}"), links around names ("[[Anastas Mikoyan|Mikoyan]]"), bold and italic quotes ("'''Present:'''",
"''Kozlov''"), headings ("== Session of 22 July 1959 =="), bullets, and its notes inline, each where its marker
stands ("... the USA.<ref>Kozlov opened ...</ref> Eisenhower ..."), gathered on the page by "<references/>". As
``kg.markdown`` does for a Markdown page, ``plain`` gives the readers a copy of the same length, each word where the
file has it: markup blanked, a link read as the words it shows, and each note set as a book sets its notes at a
page's foot, a superscript marker glued to the word before and the note on a line of its own ("USA.¹" / "¹ Kozlov
opened ..."), the text going on on the next line.
"""

from __future__ import annotations

import re

from kg.text import TO_SUPERSCRIPT

# a link ("[[Anastas Mikoyan|Mikoyan]]", "[[w:Kirill Mazurov|Mazurov]]", "[[Berlin]]"), read as what it shows
_LINK = re.compile(r"\[\[(?P<target>[^\[\]|\n]*)(?:\|(?P<text>[^\[\]\n]*))?\]\]")
# ... but a page's category or a file is no text of it
_NOT_SHOWN = re.compile(r"(?i)(?:Category|File|Image):")
_QUOTES = re.compile(r"'{2,5}")  # ''italic'', '''bold'''
_HEADING = re.compile(r"^(?P<m>={1,6})[ \t]*(?P<text>[^=\n].*?)[ \t]*(?P=m)[ \t]*$", re.M)
_BULLET = re.compile(r"^[*#:;]+[ \t]*", re.M)
_REFERENCES = re.compile(r"<references\s*/>|<references>.*?</references>", re.I | re.S)
_REF = re.compile(r"<ref(?:\s+name\s*=\s*\"?(?P<name>[^\">/]*)\"?)?\s*(?P<alone>/)?>", re.I)
_REF_END = re.compile(r"</ref\s*>", re.I)
_TAG = re.compile(r"</?(?:span|div|small|big|center|u|s|sup|sub|nowiki|poem|br)\b[^>]*>", re.I)
# templates whose words are the page's ("{{sic|exibition}}", "{{sc|Top Secret}}"), or whose notes are its own
# ("{{header | ... | notes = ... RGANI, F. 3 ...}}"): any other is the wiki's furniture (a license, "{{illegible}}")
_SHOWN_TEMPLATES = ("sic", "sc", "smallcaps", "nowrap", "lang", "nop", "uc", "lc")
_NOTES_PARAMETER = re.compile(r"\s*notes\s*=\s*", re.I)
# ... and those that mark words the transcriber could not read, shown as an editor's brackets ("[illegible]")
_GAP_TEMPLATES = ("illegible", "gap", "lacuna", "unclear")


def is_wikitext(text: str) -> bool:
    """Whether a file is a wiki page's source: links in double brackets, and templates, headings in equals
    signs or notes in "<ref>"."""
    return len(_LINK.findall(text)) >= 3 and bool("{{" in text or _HEADING.search(text) or _REF.search(text))


def plain(text: str) -> str:
    """The text of a wiki page's source, of the same length, each word where the file has it (see above)."""
    out = list(text)

    def blank(start: int, end: int) -> None:
        out[start:end] = " " * (end - start)

    for start, end in _templates(text):
        _template(text, start, end, out)
    for m in _LINK.finditer(text):
        if m["text"] is None and not _NOT_SHOWN.match(m["target"]):
            blank(m.start(), m.start("target"))
            blank(m.end("target"), m.end())
        elif m["text"] is not None and not _NOT_SHOWN.match(m["target"]):
            blank(m.start(), m.start("text"))
            blank(m.end("text"), m.end())
        else:
            blank(*m.span())
    for pattern in (_QUOTES, _BULLET, _TAG, _REFERENCES):
        for m in pattern.finditer(text):
            blank(*m.span())
    for m in _HEADING.finditer(text):
        blank(m.start(), m.start("text"))
        blank(m.end("text"), m.end())
    _notes(text, out)
    return "".join(out)


def _templates(text: str) -> list[tuple[int, int]]:
    """The outermost templates, each as (start, end), the nested ones inside them."""
    spans, depth, start = [], 0, 0
    for m in re.finditer(r"\{\{|\}\}", text):
        if m[0] == "{{":
            start = m.start() if depth == 0 else start
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    return spans


def _template(text: str, start: int, end: int, out: list[str]) -> None:
    """Blanks a template but for its words: a shown template's first value, a header's notes."""
    body = text[start + 2 : end - 2]
    parts, depth, at = [], 0, 0
    for i, c in enumerate(body):  # its parameters, split at the bars outside links and inner templates
        depth += c in "[{"
        depth -= c in "]}"
        if c == "|" and depth == 0:
            parts.append((at, i))
            at = i + 1
    parts.append((at, len(body)))
    name = body[parts[0][0] : parts[0][1]].strip().lower()
    kept: tuple[int, int] | None = None
    if name in _SHOWN_TEMPLATES and len(parts) > 1:
        kept = parts[-1] if name == "lang" else parts[1]
    for a, b in parts[1:]:
        if m := _NOTES_PARAMETER.match(body, a, b):
            kept = (m.end(), b)
    out[start:end] = " " * (end - start)
    if name in _GAP_TEMPLATES:
        shown = f"[{name}]" if len(name) + 2 <= end - start else "[...]"
        out[start : start + len(shown)] = shown
    if kept:
        a, b = kept
        out[start + 2 + a : start + 2 + b] = body[a:b]
        for inner in _templates(body[a:b]):  # ("{{header | notes = ... {{sic|...}} ...}}")
            _template(text, start + 2 + a + inner[0], start + 2 + a + inner[1], out)


def _notes(text: str, out: list[str]) -> None:
    """Sets each inline note as a page's foot note: "<ref>" becomes the marker glued to the word before, a line
    break and the marker opening the note's line; "</ref>" a line break, the text going on under the note. A named
    note used again ("<ref name="prot"/>") is its marker alone."""
    numbers: dict[str, int] = {}
    for m in _REF.finditer(text):
        if out[m.start()] != "<":
            continue  # inside a template blanked
        if m["alone"]:
            number = numbers.get(m["name"] or "")
            out[m.start() : m.end()] = (str(number) if number else "").translate(TO_SUPERSCRIPT).ljust(len(m[0]))
            continue
        if not (close := _REF_END.search(text, m.end())):
            continue
        number = len(numbers) + 1
        numbers[m["name"] or f" {number}"] = number
        mark = str(number).translate(TO_SUPERSCRIPT)
        glued = m.start()  # glued to the word before, over the markup blanked after it ("[[...|Menshikov]]")
        while glued and out[glued - 1] == " " and not text[glued - 1].isspace():
            glued -= 1
        opening = f"\n{mark} "
        if m.start() - glued >= len(mark):
            out[glued : glued + len(mark)] = mark
        else:
            opening = mark + opening
        out[m.start() : m.end()] = opening[: len(m[0])].ljust(len(m[0]))
        out[close.start() : close.end()] = "\n".ljust(close.end() - close.start())
