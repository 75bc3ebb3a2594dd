"""A web page as a text-mode browser prints it (``lynx -dump``), read as the text the page shows.

A historian who saves a document page from a terminal gets the page's text with each link numbered where it stands:
the number in brackets glued before the link's words ("[31]Khr.--We can agree", "Cde. [32]Malinovsky--"), a note's
marker as a link whose words are the note's number ("Malinovsky[44]6", and before the note itself, "[52]1 The formal
protocol ..."), and at the end a list of every link's address under "References". ``plain`` gives the readers the
page as a copy would print it, of the same length so that evidence quotes the file: each link's number blank, a
note's marker as a copy prints it ("Malinovsky[6]", "[1] The formal protocol ..."), and the references blank.
"""

from __future__ import annotations

import re

# the list of the links' addresses that ends the dump: "References", then "Visible links:" or the first address; and
# its entries, a number and an address each ("  31. https://...")
_REFERENCES = re.compile(
    r"^[ \t]*References[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:(?:Visible|Hidden) links\b|1\.[ \t]+[a-z][\w+.-]*:)", re.M
)
_ENTRY = re.compile(r"^[ \t]*\d{1,4}\.[ \t]+[a-z][\w+.-]*:\S*[ \t]*$", re.M)
_TAG = re.compile(r"\[(\d{1,4})\](?=\S)")  # a link's number, glued to its words
# ... where the browser sets it, before a word: after a blank, a line's start, a bracket or a bullet ("[31]Khr.--",
# "Cde. [32]Malinovsky", "* [5]Browse"); a copy's note markers are glued after a word ("Mikoyan[2]—")
_BEFORE_A_WORD = re.compile(r"(?:^|(?<=[\s(\"“*]))\[\d{1,4}\](?=[^\W\d_])", re.M)
_NOTE_MARKER = re.compile(r"\[\d{1,4}\](\d{1,3})(?![^\W_])")  # ... whose words are a note's number: "[44]6"
_TAGS_AT_LEAST = 3


def _references(text: str) -> re.Match[str] | None:
    """The last list of the links' addresses (every document is asked: most have no "References" at all)."""
    return next(reversed(list(_REFERENCES.finditer(text))), None) if "References" in text else None


def is_dump(text: str) -> bool:
    """Whether a file is a text-mode browser's dump of a page: it ends in the list of its links' addresses, one for
    every link its text numbers (half of them at least, where the copy cut it short), and its links are numbered
    before their words. (A scholar's article that
    ends in a list of references, its note markers glued after words, is none.)"""
    refs = _references(text)
    if refs is None or len(_BEFORE_A_WORD.findall(text, 0, refs.start())) < _TAGS_AT_LEAST:
        return False
    numbered = max(int(m[1]) for m in _TAG.finditer(text, 0, refs.start()))
    return len(_ENTRY.findall(text, refs.start())) * 2 >= numbered


def plain(text: str) -> str:
    """The page's text as a copy prints it, of the same length: links' numbers and the references blank, a note's
    marker in brackets glued to the word before it ("[44]6" as "[6]", blanks after it)."""
    refs = _references(text)
    end = refs.start() if refs else len(text)
    out = list(text)
    out[end:] = [c if c == "\n" else " " for c in text[end:]]
    for m in _TAG.finditer(text, 0, end):
        if (note := _NOTE_MARKER.match(text, m.start())) and _marks_a_note(text, note):
            out[note.start() : note.end()] = f"[{note[1]}]".ljust(note.end() - note.start())
        else:
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _marks_a_note(text: str, note: re.Match[str]) -> bool:
    """Whether a link on a number is a note's marker: glued after a word ("Malinovsky[44]6", ")[21]1"), or opening
    its note's line ("[52]1 The formal protocol ..."); not a link on a number elsewhere ("on [15]29 March",
    "[11]1. On ...")."""
    if note.start() > 0 and not text[note.start() - 1].isspace():
        return True
    line_start = text.rfind("\n", 0, note.start()) + 1
    return not text[line_start : note.start()].strip() and text[note.end() : note.end() + 1] in (" ", "\t")
