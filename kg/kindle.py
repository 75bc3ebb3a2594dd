"""A reader's highlights as a Kindle keeps them ("My Clippings.txt"): the record as a historian marked it in an
ebook edition.

Each clipping is the book's title (its author in brackets), a line of what it is, where and when ("- Your Highlight
on page 598 | Location 9120-9131 | Added on Tuesday, 14 March 2017 10:58:40"), a blank line, the words, and a line
of ten "=". The file holds every book read on the device; a session runs over several highlights of its edition, in
the book's order, each maybe cut mid-sentence, with the reader's notes and bookmarks between them and perhaps a
highlight of another book. ``plain`` gives the readers the words of the highlights of the books that hold a record
(a session's heading, a list's label, a speaker's label), as a copy of the same length, each word where the file has
it, and the first such book's title (it names the body, as a page's title does); it blanks the rest: the other
titles and the lines of what and when (their date is the reader's, not a session's), her own notes (her words are no
record), her bookmarks, and the highlights of books that hold none (a monograph's sentence on the same meeting is
no record either).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.text import blank

# what a clipping is, where and when; an older device says "- Highlight Loc. 1880-85 | Added on ..."
_WHAT = re.compile(
    r"^- (?:Your )?(?P<kind>Highlight|Note|Bookmark|Clip(?:ping)?)\b[^\n|]*\|[^\n]*\bAdded on\b[^\n]*$", re.M | re.I
)
_END = re.compile(r"^={10}[ \t\r]*$", re.M)
# what a record's page holds and a book about it hardly does: its session's heading or number, its list's label, a
# speaker's label before his words ("Protocol No. 55", "Session of 20 September 1962", "Those taking part:", "Cde.
# Kozlov—The grain ...", "GROMYKO:"), wherever a highlight that runs a page onto one line has it; not a monograph's
# "As Malin recorded, Cde. Kosygin—the only one—objected", nor its "NOTE:"
_RECORD = re.compile(
    r"\bProtocol\s+No\.?\s*\d|\b(?:Session|Meeting)\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|\b(?:Present|Those\s+(?:taking\s+part|present)|Taking\s+part)\s*:|\bCdes?\.\s+[A-Z][\w’'-]+\s*[—–]\s*[A-Z“\"(]"
    r"|\b(?!NOTES?\b)[A-Z]{4,}\s*:"
)


def is_clippings(text: str) -> bool:
    """Whether a file is a device's clippings: it opens with a title over a line of what and when, and a line of ten
    "=" ends a clipping."""
    first = _WHAT.search(text, 0, 2000)
    return bool(first and "\n" not in text[: first.start()].strip() and _END.search(text, first.end()))


def plain(text: str) -> str:
    """The words of the highlights of the books that hold a record, of the same length (see the module's docstring)."""
    clippings = []  # (title, where it starts, where the words start and end) of each highlight
    start = 0
    for end, after in [m.span() for m in _END.finditer(text)] + [(len(text), len(text))]:
        what = _WHAT.search(text, start, end)
        if what and what["kind"].lower().startswith(("highlight", "clip")):  # (a clipped article's words too)
            title = text[start : what.start()].strip("\ufeff \t\r\n")
            clippings.append((title, text.index(title, start), what.end(), end))
        start = after
    books = {title for title, _, a, b in clippings if _RECORD.search(text, a, b)}
    if not books and clippings:  # (none holds a record's marks: the one most highlighted, for the reader to judge)
        read: Counter[str] = Counter()
        for title, _, a, b in clippings:
            read[title] += len(text[a:b].strip())
        books = {read.most_common(1)[0][0]}
    out = list(text)
    start, titled = 0, False
    for title, at, a, b in clippings:
        if title in books:
            if not titled:  # the book's title, once
                blank(out, start, at)
                start, titled = at + len(title), True
            blank(out, start, a)
            start = b
    blank(out, start, len(text))
    return "".join(out)
