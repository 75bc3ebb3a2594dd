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
_REFERENCES = re.compile(r"<references\b[^>]*/>|<references\b[^>]*>.*?</references>", re.I | re.S)
_REF = re.compile(r"<ref(?P<attributes>\s[^>]*?)?\s*(?P<alone>/)?>", re.I)
_REF_NAME = re.compile(r"\bname\s*=\s*\"?(?P<name>[^\"\s/>]+)")
_REF_END = re.compile(r"</ref\s*>", re.I)
_TAG = re.compile(r"</?(?:span|div|small|big|center|u|s|sup|sub|nowiki|poem|br|section)\b[^>]*>", re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# the HTML entities an editor types for dashes and spaces, shown as the character, the rest of their place blank
_ENTITIES = {"&mdash;": "—", "&ndash;": "–", "&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&thinsp;": " "}
_ENTITY = re.compile("|".join(_ENTITIES))
# templates whose words are the page's ("{{sic|exibition}}", "{{sc|Top Secret}}"), or whose notes are its own
# ("{{header | ... | notes = ... RGANI, F. 3 ...}}"): any other is the wiki's furniture (a license, "{{illegible}}")
_SHOWN_TEMPLATES = (
    "sic", "sc", "smallcaps", "nowrap", "lang", "nop", "uc", "lc", "center", "c", "larger", "smaller", "big", "small",
    "x-larger", "right", "bc", "block center", "hws", "hwe",
)  # fmt: skip
_KEPT_PARAMETER = re.compile(r"\s*(?:notes|title)\s*=\s*", re.I)
# ... and those that mark words the transcriber could not read, shown as an editor's brackets ("[illegible]")
_GAP_TEMPLATES = ("illegible", "lacuna", "unclear")


def is_wikitext(text: str) -> bool:
    """Whether a file is a wiki page's source: two kinds of its markup at least (links in double brackets,
    templates, notes in "<ref>", bold in three quotes, headings in equals signs), one of them links, templates or
    notes, none of which a plain copy or a Markdown page has. (Every document is asked: most have none of the
    three, which a substring finds.)"""
    if "[[" not in text and "{{" not in text and "<ref" not in text.lower():
        return False
    links = len(_LINK.findall(text))
    templates = bool(re.search(r"\{\{[^{}]{1,300}\}\}", text))
    notes = bool(_REF.search(text) and _REF_END.search(text))
    kinds = (links > 0, templates, notes, "'''" in text, bool(_HEADING.search(text)))
    return sum(kinds) >= 2 and (links >= 3 or templates or notes)


def plain(text: str) -> str:
    """The text of a wiki page's source, of the same length, each word where the file has it (see above)."""
    out = list(text)

    def blank(start: int, end: int) -> None:
        out[start:end] = " " * (end - start)

    for m in _COMMENT.finditer(text):
        blank(*m.span())
    for m in _ENTITY.finditer(text):
        out[m.start() : m.end()] = _ENTITIES[m[0]].ljust(len(m[0]))
    for start, end in _templates(text):
        if out[start] == "{":  # (not in a comment)
            _template(text, start, end, out)
    for m in _LINK.finditer(text):
        shown = "target" if m["text"] is None else "text"
        if _NOT_SHOWN.match(m["target"]):
            blank(*m.span())
        else:
            blank(m.start(), m.start(shown))
            blank(m.end(shown), m.end())
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
    kept = [(m.end(), b) for a, b in parts[1:] if (m := _KEPT_PARAMETER.match(body, a, b))]  # a header's
    if name in _SHOWN_TEMPLATES and len(parts) > 1:
        kept.append(parts[-1] if name == "lang" else parts[1])
    out[start:end] = " " * (end - start)
    if name in _GAP_TEMPLATES:
        shown = f"[{name}]" if len(name) + 2 <= end - start else "[...]"
        out[start : start + len(shown)] = shown
    for a, b in kept:
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
            continue  # inside a template or a comment blanked
        named = _REF_NAME.search(m["attributes"] or "")
        name = named["name"] if named else ""
        if m["alone"]:
            number = numbers.get(name)
            out[m.start() : m.end()] = (str(number) if number else "").translate(TO_SUPERSCRIPT).ljust(len(m[0]))
            continue
        if not (close := _REF_END.search(text, m.end())):
            continue
        number = len(numbers) + 1
        numbers[name or f" {number}"] = number
        for i in range(m.end(), close.start()):  # the note on one line, as a foot note is read
            if out[i] == "\n":
                out[i] = " "
        if re.match(r"[ \t]*[,;]", text[close.end() :]):  # "Bulganin<ref>...</ref>, Brezhnev": the list goes on
            out[m.start() : close.end()] = str(number).translate(TO_SUPERSCRIPT).ljust(close.end() - m.start())
            continue
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
