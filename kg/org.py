"""A historian's research notes kept in Org mode (Emacs), read as the text they show.

An Org file holds its keywords at the top ("#+TITLE:", "#+DATE: <2004-03-12 Fri>", "#+STARTUP:"), headings as
stars with a state and tags ("* DONE Session of 24 January 1963 ... :rgani:malin:"), planning lines ("CLOSED:
[2004-03-19 Fri]", "SCHEDULED: <2004-04-05 Mon>"), drawers under a heading (":PROPERTIES:" with ":ARCHIVE_REF:
RGANI, F. 3, ...", ":LOGBOOK:" with her log), blocks ("#+BEGIN_QUOTE" over a transcription, "#+BEGIN_COMMENT" over
what she keeps to herself), tables ("| Group | Names |" / "|------+------|"), links ("[[https://...][the published
volume]]"), emphasis ("*bold*", "/italic/", "=verbatim=", "~code~", "+struck+") and footnotes ("[fn:1]", defined
under "* Footnotes"). ``plain`` gives the readers what she reads, as a copy of the same length, each word where the
file has it: the marks blanked, a property's name in words ("Protocol  79"), a
footnote's reference and definition its number ("[1]"); her keywords but the title, planning lines, log, comments
and the table's rules blank (none of their dates is a session's).
"""

from __future__ import annotations

import re

from kg.text import blank

_KEYWORD = re.compile(r"^[ \t]*#\+(?P<key>[A-Za-z_]+):[ \t]*", re.M)
_BLOCK_MARK = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+.*$", re.M | re.I)
_COMMENT_BLOCK = re.compile(r"^[ \t]*#\+BEGIN_COMMENT\b.*?^[ \t]*#\+END_COMMENT\b.*?$", re.M | re.S | re.I)
_LINE_COMMENT = re.compile(r"^[ \t]*#(?:[ \t].*)?$", re.M)
_HEADING = re.compile(
    r"^(?P<stars>\*+[ \t]+)(?P<state>(?:TODO|DONE|NEXT|WAITING|HOLD|CANCEL(?:L)?ED|COMMENT)[ \t]+)?"
    r"(?P<priority>\[#[A-Z]\][ \t]+)?[^\n]*?(?P<tags>[ \t]+:[\w@#%:]+:)?[ \t]*$",
    re.M,
)
_PLANNING = re.compile(r"^[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[\[<][^\]>\n]*[\]>][ \t]*)+$", re.M)
_DRAWER = re.compile(r"^[ \t]*:(?P<name>[A-Z_]+):[ \t]*\n(?P<body>.*?)^[ \t]*:END:[ \t]*$", re.M | re.S)
_PROPERTY = re.compile(r"^[ \t]*(?P<open>:)[\w\-]+(?P<close>:)(?=[ \t])", re.M)
_QUOTE = re.compile(r"^[ \t]*#\+BEGIN_QUOTE\b.*?^[ \t]*#\+END_QUOTE\b", re.M | re.S | re.I)
_FOOTNOTES = re.compile(r"^\*[ \t]+Footnotes[ \t]*$.*?(?=^\*[ \t]|\Z)", re.M | re.S)
_FOOTNOTE = re.compile(r"\[fn:(?P<label>[\w\-]+)\]")
# a link with its words ("[[https://...][the published volume]]"), or alone ("[[*To-dos]]", "[[https://...]]")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]+)\](?:\[(?P<text>[^\[\]\n]+)\])?\]")
# emphasis between a space (or an opening bracket, quote or dash) and a space or punctuation, inside one line
_EMPHASIS = re.compile(
    r"(?:(?<=^)|(?<=[\s(\"'{\-]))(?P<m>[*/=~+_])(?=[^\s*/=~+_])(?P<text>[^\n]*?[^\s])(?P=m)"
    r"(?=[\s\-.,:;!?'\")}\[]|$)",
    re.M,
)


def is_org(text: str) -> bool:
    """Whether a file is Org mode's: two of its keywords at least ("#+TITLE:", "#+STARTUP:", "#+BEGIN_QUOTE"), or
    a heading in stars with a drawer under it."""
    keywords = len(_KEYWORD.findall(text[:20000])) + len(_BLOCK_MARK.findall(text[:20000]))
    return keywords >= 2 or bool(_HEADING.search(text) and _DRAWER.search(text))


def plain(text: str) -> str:
    """What an Org file shows, of the same length as ``text`` (see the module's docstring)."""
    out = list(text)
    for m in _COMMENT_BLOCK.finditer(text):
        blank(out, m.start(), m.end())
    for m in _DRAWER.finditer(text):
        if m["name"] == "PROPERTIES":
            blank(out, m.start(), m.start("body"))  # ":PROPERTIES:", ":END:"; the properties' values stay
            blank(out, m.end("body"), m.end())
            for p in _PROPERTY.finditer(text, m.start("body"), m.end("body")):
                # its name in words: ":PROTOCOL: 79" reads " Protocol  79", ":ARCHIVE_REF: ..." " Archive ref  ..."
                name = text[p.end("open") : p.start("close")].replace("_", " ").capitalize()
                out[p.start("open") : p.end("close")] = f" {name} "
        else:  # her log, and any drawer of her own
            blank(out, m.start(), m.end())
    for m in _KEYWORD.finditer(text):
        end = text.find("\n", m.start())
        blank(out, m.start(), m.end() if m["key"].upper() == "TITLE" else end if end >= 0 else len(text))
    for pattern in (_BLOCK_MARK, _PLANNING, _LINE_COMMENT):
        for m in pattern.finditer(text):
            blank(out, m.start(), m.end())
    _blank_her_own(text, out)
    for m in _HEADING.finditer(text):
        for part in ("stars", "state", "priority", "tags"):
            if m[part]:
                blank(out, *m.span(part))
    for m in _FOOTNOTE.finditer(text):
        blank(out, m.start(), m.end())
        number = f"[{m['label']}]"  # at a line's start, a definition's: set before its words ("   [1] V. A. Zorin")
        at = m.end() - len(number) if m.start() == 0 or text[m.start() - 1] == "\n" else m.start()
        out[at : at + len(number)] = number
    for m in _LINK.finditer(text):
        shown = "text" if m["text"] else "target"
        blank(out, m.start(), m.start(shown))
        blank(out, m.end(shown), m.end())
        if shown == "target" and text[m.start(shown)] == "*":
            out[m.start(shown)] = " "  # "[[*To-dos]]": a heading's name
    for m in _EMPHASIS.finditer("".join(out)):
        out[m.start()] = out[m.end() - 1] = " "
    return "".join(out)


def _blank_her_own(text: str, out: list[str]) -> None:
    """Where she transcribes the record in quote blocks, what she writes outside them is hers, not the record's
    (her remarks, her to-dos: "Efremov: see [fn:3]", "Taubman has this session a week later"): blanked, but for the
    title, headings, tables and properties that hold the record's facts, and the footnotes, which speak of its
    sources."""
    kept = [m.span() for m in _QUOTE.finditer(text)]
    if not kept:
        return
    kept += [m.span() for m in _FOOTNOTES.finditer(text)]
    kept += [m.span("body") for m in _DRAWER.finditer(text) if m["name"] == "PROPERTIES"]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        shown = line.lstrip()
        if not (shown.startswith(("|", "*", "#+TITLE:", "#+title:")) or any(a <= pos < b for a, b in kept)):
            blank(out, pos, end)
        pos = end + 1
