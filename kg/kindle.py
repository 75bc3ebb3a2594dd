"""A reader's highlights as a Kindle keeps them ("My Clippings.txt"): the record as a historian marked it in an
ebook edition.

Each clipping is the book's title (its author in brackets), a line of what it is, where and when ("- Your Highlight
on page 598 | Location 9120-9131 | Added on Tuesday, 14 March 2017 10:58:40"), a blank line, the words, and a line
of ten "=". A session runs over several highlights in the book's order, each maybe cut mid-sentence, with the
reader's notes and bookmarks between them, and perhaps a highlight of another book. ``plain`` gives the readers the
words of the highlights of the book most highlighted (the edition she read), as a copy of the same length, each word
where the file has it, and blanks the rest: the titles and the lines of what and when (their date is the reader's,
not a session's), her own notes (her words are no record), her bookmarks, and the other books' highlights (a
monograph's sentence on the same meeting is no record either).
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


def is_clippings(text: str) -> bool:
    """Whether a file is a device's clippings: it opens with a title over a line of what and when, and a line of ten
    "=" ends a clipping."""
    first = _WHAT.search(text, 0, 2000)
    return bool(first and "\n" not in text[: first.start()].strip() and _END.search(text, first.end()))


def plain(text: str) -> str:
    """The words of the highlights of the book most highlighted, of the same length (see the module's docstring)."""
    clippings = []  # (title, the words' start and end) of each highlight
    start = 0
    for end, after in [m.span() for m in _END.finditer(text)] + [(len(text), len(text))]:
        what = _WHAT.search(text, start, end)
        if what and what["kind"].lower() == "highlight":
            clippings.append((text[start : what.start()].strip("\ufeff \t\r\n"), what.end(), end))
        start = after
    read: Counter[str] = Counter()
    for title, a, b in clippings:
        read[title] += len(text[a:b].strip())
    book = read.most_common(1)[0][0] if read else None
    out = list(text)
    start = 0
    for title, a, b in clippings:
        if title == book:
            blank(out, start, a)
            start = b
    blank(out, start, len(text))
    return "".join(out)
