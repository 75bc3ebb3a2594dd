"""Read a file of meeting notes into documents, sessions and spans.

This stage knows the *layout* of the genre and nothing about who people are
beyond a yes/no "is this word a known name" test it is given: where the web
page boilerplate, the citation, the body and the translator's notes are (here);
where a session, an agenda item, an attendance list or a speaker turn starts
(``kg.sessions``, which walks the body).
Everything it returns is offsets into ``RawDocument.text``, the decoded text
with line ends normalised, so evidence spans can be checked against it.
"""

from __future__ import annotations

import csv
import hashlib
import re
import stat
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from kg.asciidoc import is_asciidoc
from kg.asciidoc import plain as asciidoc_plain
from kg.authority import slug
from kg.boxes import read as read_boxes
from kg.columns import read as read_columns
from kg.errors import DocumentError, DocumentWarning
from kg.htmlpage import Origin, is_html
from kg.htmlpage import read as read_page
from kg.kindle import is_clippings
from kg.kindle import plain as clippings_plain
from kg.lynx import is_dump
from kg.lynx import plain as dump_plain
from kg.mail import is_mail
from kg.mail import plain as mail_plain
from kg.markdown import is_markdown, plain
from kg.names import common_word
from kg.org import is_org
from kg.org import plain as org_plain
from kg.refs import SOURCE_LINE, find_references, incomplete_references, reference_at_start, source_line
from kg.rst import is_rst
from kg.rst import plain as rst_plain
from kg.sessions import (
    DOCUMENT_NUMBER,
    GAVE_ACCOUNT,
    HEADING,
    HEADING_START,
    IN_DISCUSSION,
    PROTOCOL,
    REPORTED_MEETING,
    SPEAKING_ASIDE,
    SPOKE_ON,
    TOOK_FLOOR,
    BodyReader,
    RawSession,
    dated_session_head,
)
from kg.stances import charged_matter, charges, gives_tasks, opens_decision
from kg.tei import is_tei
from kg.tei import read as read_tei
from kg.text import (
    ENDS_SENTENCE,
    FROM_SUPERSCRIPT,
    HEADER_LABEL,
    INITIAL_LETTER,
    LOWER,
    MARK,
    MONTH,
    NOT_A_POWER,
    STOPS,
    SUPERSCRIPTS,
    TO_SUPERSCRIPT,
    UPPER,
    KnownName,
    Line,
    body_name,
    ends_sentence,
    is_date_line,
    join_lines,
    line_number,
    mend_words,
    parse_date,
    party_named,
    sentences,
    sub_line,
    typeset,
    whole_titles,
)
from kg.wiki import is_wikitext
from kg.wiki import plain as wiki_plain
from kg.zotero import is_zotero
from kg.zotero import plain as zotero_plain

# --- layout vocabulary -------------------------------------------------------


_TRAILER_WORDS = (
    r"(?:Author\(s\)|Associated (?:Topics|People|Places|Organizations)|Subjects Discussed|Document Information"
    r"|Source|Original Archive|Rights|Related Documents|Keywords|Meta Data)"
)
_TRAILER_LABEL = re.compile(rf"^{_TRAILER_WORDS}\s*:?$", re.I)
_TRAILER_RUN_IN = re.compile(rf"^{_TRAILER_WORDS}\b")  # "Rights The History ... welcomes reuse ..." in a flattened copy
_TRAILER_IN_TEXT = re.compile(rf"(?<![a-z,;] )\b{_TRAILER_WORDS}\s*:?\s+(?=[A-Z])")
_BOILERPLATE = re.compile(
    r"^(?:Skip to (?:main )?content|get citation|Citation|CITATION SHARE DOWNLOAD-?|- ?Share|- ?Download|Share|Download"
    r"|VIEW DOCUMENT IN|English HTML|English PDF|Menu|Search|Print|Top Secret|Single Copy|Secret|Strictly Secret"
    r"|Copy No\.?\s*\d{1,3}|Only Copy|(?:Strictly )?Confidential|Special File"  # a typescript's legend, on every page
    r"|Home|Collections|Topics|Programs|Browse|About|Resources|Log ?in|Sign ?in"
    r"|This document was made possible with support from .*|\.(?:\s*\.)+"
    r"|(?:Wilson Center )?Digital Archive(?: International History Declassified)?|International History Declassified"
    # (a search form's words, the menu after them: not a sentence's "search in the districts")
    r"|(?-i:Search (?:in|Menu)(?: [A-Z].*)?|Advanced Search|Browse by [A-Z]\w*|Donate)"
    # a site's trail of pages or its menu: "Home › Collections › Soviet Foreign Policy", "Collections > Hungarian
    # Revolution", "Home | Collections | Topics"
    r"|(?:[^›»\n]*\s[›»]\s){2,}.*|(?-i:(?:Home|Collections|Topics|Browse|Programs)\s+[›»>|]\s+[A-Z].*))$",
    re.I,
)
_CONTENTS = re.compile(r"^(?:Contents\s*:?\s*Translation\s*-\s*English|Contents|Translation\s*-\s*English)\s*:?$", re.I)
NOTES_HEADING = re.compile(
    # (not a sentence of them: "Editor's notes follow each session.")
    r"(?:^|(?<=\s))(?:(?:\[1\]\s*|\(1\)\s*)?(?:Translator[’'`]?s?|Editor[’'`]?s?)\s+Notes?\b(?!\s+(?-i:[a-z]))\s*:?"
    # ... or "Notes" alone over the first note, run on after a sentence in a flattened copy: "... the request. Notes
    # [1] The formal protocol ..." (not a speaker's "Notes [1] and [2] of the Polish side demand ...")
    r"|(?:^|(?<=[.!?\]\)”\"’]\s))(?-i:Notes)(?=\s+(?:\[1\]|\(1\))\s+(?-i:[A-Z“\"])(?!(?-i:and|or|of)\b)))",
    re.I,
)
# A notes heading on a line of its own; only the translator's or editor's kind is found inside a line too.
_NOTES_LINE = re.compile(
    r"^(?:(?:End|Foot)?notes|Notes?\s+on\s+the\s+(?:text|translation|documents?|sources?)"
    r"|Notes\s+to\s+(?:the\s+)?(?:record|document|session|protocol|translation)(?:\s+(?:No\.\s*)?[\dIVX]{1,4})?"
    r"|(?:Archivist|Compiler)[’'`]?s?\s+Notes?)(?:\s*\([^()]{1,80}\))?\s*:?$",  # "NOTE ON THE TEXT (by the archivist)"
    re.I,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f]")  # control characters other than tab, line and page ends
# Where a page's own text (citation, credits, rights) begins inside a piece of the body.
_PAGE_TEXT = re.compile(r"\b(?:get citation|Skip to (?:main )?content)\b", re.I)
_SITE = re.compile(r"Digital Archive", re.I)
_NOTE_START = re.compile(
    rf"^\s*(?:\((?P<a>\d{{1,3}})\)|\[(?P<b>\d{{1,3}})\]|(?P<c>\d{{1,3}})\.?(?=\s)|(?P<d>[{SUPERSCRIPTS}]{{1,3}})(?=\s*\S))\s*"
)
_INLINE_NOTE = re.compile(r"\[(\d{1,3})\]")

COMPILED_BY = re.compile(rf"\b[Cc]ompiled by\s+(?P<name>(?:{INITIAL_LETTER}\s*){{0,3}}[A-Z][\w\-]+)")
URL = re.compile(r"https?://[^\s<>)\"{}|\\^`\[\]]+")  # an address that makes a valid IRI (not "][text]]" after it)


# --- what this stage returns --------------------------------------------------


@dataclass(frozen=True)
class Note:
    """A translator's note: its number and its text, in one or more contiguous parts.

    A note continued after text the reader dropped (a repeated block) has a part on each side of it.
    """

    number: str
    parts: tuple[Line, ...]


@dataclass
class RawDocument:
    path: Path
    text: str  # what the readers read: the file's text, or a plain copy of the same length (``kg.markdown``)
    verbatim: str  # the file's text, which the evidence quotes
    sha256: str
    title: str | None
    url: str | None
    header: list[Line]  # citation, summary and trailer: where the notes' own archive reference is
    sessions: list[RawSession]
    notes: list[Note]
    compiler: Line | None
    repeats: list[tuple[int, int]]  # blocks dropped as copies of earlier text: no fact comes from them
    warnings: list[DocumentWarning] = field(default_factory=list)
    origin: Origin | None = None  # where the characters of ``text`` are in the file, where they moved (``kg.htmlpage``)


# --- decoding -----------------------------------------------------------------


# the encoding a web page's head names: '<meta charset="windows-1252">', '<meta http-equiv=Content-Type
# content="text/html; charset=windows-1252">' (a Word document saved as a web page)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}


def _declared_encoding(data: bytes) -> str | None:
    """The text of a web page that is not UTF-8, in the encoding it declares (in its first 4 KB), if it does and
    the bytes are of it."""
    if not is_html(data[:4096].decode("latin-1")) or not (m := _META_CHARSET.search(data, 0, 4096)):
        return None
    label = m[1].decode("ascii").lower()
    try:  # (a browser reads a page labelled Latin-1 or ASCII as Windows-1252, whose quotes and dashes it may hold)
        return data.decode("cp1252" if label in _WINDOWS_1252 else label)
    except (LookupError, UnicodeDecodeError):
        return None


# what a Word document saved on Windows holds beyond ASCII, and no other code page's text does alone: Windows-1252's
# own marks (curly quotes, dashes, "…", "€", "™"), a no-break space, "§" and "°", and the letters of German names
# and "é" (not the letters another page puts at those bytes: Polish "ł" is "³" there, Czech "č" "è", a Mac's "é"
# one of the marks)
_WINDOWS_MARKS = frozenset(b"\x80\x85\x91\x92\x93\x94\x95\x96\x97\x99")
_WINDOWS_BYTES = _WINDOWS_MARKS | frozenset(b"\xa0\xa7\xb0\xc4\xd6\xdc\xdf\xe4\xf6\xfc\xe9\xc9")
# a UTF-8 character: a file that holds one is UTF-8 with a fault, not Windows-1252
_UTF8_CHARACTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _windows_1252(data: bytes) -> str | None:
    """The text of a Word document saved as plain text on Windows, in Windows-1252, where its bytes show that code
    page and no other: one of its own marks at least, nothing beyond ASCII but its marks and the few letters of
    ``_WINDOWS_BYTES``, and no UTF-8 character. None where they do not (Latin-1 without the marks, the Central
    European and Cyrillic pages, a Mac's, UTF-8 with a stray byte): such a file is an error that says to save it as
    UTF-8, not a text read wrong."""
    beyond = {b for b in data if b > 0x7F}
    if not beyond & _WINDOWS_MARKS or beyond - _WINDOWS_BYTES or _UTF8_CHARACTER.search(data):
        return None
    return data.decode("cp1252")


def decode(data: bytes, path: Path) -> str:
    """Bytes to text with ``\\n`` line ends, or a DocumentError saying why not.

    :raises DocumentError: empty, binary or not UTF-8/UTF-16 text (or a web page's declared encoding, or Windows-1252
        where the bytes show it).
    """
    if not data.strip():
        raise DocumentError("empty file", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DocumentError(f"not valid UTF-16 text ({e.reason})", path) from None
    else:
        if b"\x00" in data[:8192]:
            raise DocumentError("binary file, not text", path)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            if declared := _declared_encoding(data):  # a web page saved in the encoding its head names
                return decode(declared.encode("utf-8"), path)
            line = data[: e.start].count(b"\n") + 1
            # the end is the start of a UTF-8 character, and not a lone byte of another encoding: two
            # or more bytes of it, or UTF-8 characters before it
            utf8 = len(data) - e.start > 1 or not data[: e.start].isascii()
            if utf8 and e.end == len(data) and e.reason == "unexpected end of data":
                raise DocumentError("the file ends inside a character: a truncated copy?", path, line) from None
            if windows := _windows_1252(data):  # a Word document saved as plain text on Windows
                return decode(windows.encode("utf-8"), path)
            raise DocumentError(
                f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded; save the file as UTF-8", path, line
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_CONTROL.findall(text)) > len(text) / 100:
        raise DocumentError("binary file, not text (control characters)", path)
    return text


# --- lines --------------------------------------------------------------------


# an edition's count of lines in the margin, every fifth line: "   10  Gheorghe Pană, Paul Niculescu, ..."
_LINE_NUMBER = re.compile(r"^ {0,8}(\d{1,4}) {2,}(?=\S)", re.M)


def _without_line_numbers(text: str) -> str:
    """The text with an edition's line numbers in the margin blanked (of the same length), where its lines are
    counted so: 5, 10, 15 and on in the margin, each five more than the one before (a count that starts again at
    5 for the next document too). A list's or a decision's numbers ("1. ...", "2 ...") are left."""
    found = list(_LINE_NUMBER.finditer(text))
    numbers = [int(m[1]) for m in found]
    if numbers[:3] != [5, 10, 15] or any(b not in (a + 5, 5) for a, b in pairwise(numbers)):
        return text  # (a list numbered 1, 2, 3 ... in the margin is no count of lines)
    out = list(text)
    for m in found:
        out[m.start(1) : m.end(1)] = " " * len(m[1])
    return "".join(out)


# a digital library's mark over each page of a scanned book in its plain text: "## p. 212 (#232) #####" (the printed
# page's number, then the scan's), "## p. (#12) #####" (a page with no number printed), "## p. xi (#13) ####"
_SCAN_PAGE = re.compile(r"^## p\. (?:(?P<page>\w+) )?\(#(?P<scan>\d+)\) #*[ \t]*$", re.M)


def _with_scanned_pages(text: str) -> str:
    """The text with a digital library's page marks read as the book's page numbers (of the same length): each
    mark leaves a number alone on its line, the page's break as a book's copy prints it, and the running head
    under it, which carries the page's number ("212 THE KREMLIN IN COUNCIL", "THE ARMY AND GERMANY 213"), is
    blanked, and so is a speck read as a mark at a line's start. (A page with no number printed, or one in roman
    numerals, leaves the scan's number.)"""
    if "## p. " not in text:
        return text
    out = list(text)
    for m in _SCAN_PAGE.finditer(text):
        page = m["page"] if m["page"] and m["page"].isdigit() else m["scan"]
        out[m.start() : m.end()] = page.ljust(m.end() - m.start())
        head_start = m.end() + 1
        while text.startswith("\n", head_start):  # (blank lines before the head)
            head_start += 1
        head_end = text.find("\n", head_start)
        head_end = head_end if head_end >= 0 else len(text)
        head = text[head_start:head_end].strip()
        # (a head is a title, not a line of the text that ends with the number: "Mikoyan—for. ... We shall plough 102")
        number = re.escape(m["page"] or "")
        running = m["page"] and re.fullmatch(rf"{number}\s+(?P<a>\S.*)|(?P<b>.*\S)\s+{number}", head)
        if running and not re.search(r"[—–.;:!?]", running["a"] or running["b"]):
            width = len(text[head_start:head_end].rstrip())
            out[head_start : head_start + width] = " " * width
    for m in _STRAY_MARK.finditer(text):
        out[m.start("mark")] = " "
    return "".join(out)


def _without_comments(text: str) -> str:
    """The text of a document saved from an online editor as plain text (Google Docs), without its reviewers' parts
    (of the same length): the anchors glued to the words they comment on ("Kirichenko[c]", each letter a comment's
    under them, "[c]Is this Kirichenko or Kirilenko? ..."), a suggestion no one accepted ("[suggested: , I support
    it]"), and the comments themselves at the end with their replies, where a thread's marks show them for what they
    are ("Resolved", "+1"): a transcriber's remarks on the record, not the record, so a name in them is not at the
    session. (Without such marks the lines are kept: an editor's notes lettered "[a]" with no space after are the
    document's own.)"""
    comments = _COMMENT.search(text)
    if comments is None or not re.search(r"\S\[a\]", text[: comments.start()]):
        return text
    out = list(text)
    if _REPLY.search(text, comments.start()):
        out[comments.start() :] = re.sub(r"\S", " ", text[comments.start() :])
    letters = set(re.findall(r"^\[([a-z]{1,2})\]", text[comments.start() :], re.M))
    for m in re.finditer(r"(?<=\S)\[([a-z]{1,2})\]|\[suggested:[^\]\n]*\]", text[: comments.start()]):
        if m[1] is None or m[1] in letters:
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


# the comments an online editor appends to a document saved as plain text: the first, "[a]" at a line's start with
# its words glued on (its anchor glued to a word in the text above)
_COMMENT = re.compile(r"^\[a\](?=\S)", re.M)
# ... told from an editor's lettered notes by the editor's marks on a comment's thread: "Resolved", "+1", "Reopened",
# "_Assigned to Daria Lebedeva_", "_Marked as resolved_"
_REPLY = re.compile(r"^_?(?:Resolved|Reopened|Re-opened|\+1|Assigned to .{1,60}|Marked as resolved)_?[ \t]*$", re.M)


# a speck the scan read as a mark at a line's start, apart from the words ("| Voroshilov — agree ...", "' [Malin's
# notes end here.]"): no opening quote, which touches its word
_STRAY_MARK = re.compile(r"^[ \t]*(?P<mark>[|¦'‘’`])[ \t]+(?=\S)", re.M)


# the foot of a PDF's page as its text layer gives it, "Page 3 of 7", "p. 3", which a book's copy prints as "3"
_PAGE_FOOT = re.compile(r"(?:Page|p\.)\s*(?P<n>\d{1,4})(?:\s+of\s+\d{1,4})?", re.I)
# a page's first line that is no running head: a session's or a document's heading, each page's own
_HEADING_FIRST = re.compile(
    r"(?i:session|meeting|sitting|protocol|minutes|working\s+(?:notes|record)|notes|record|document)\b"
)
# ... nor a speaker's name over his words ("GORBACHEV:", "CHEBRIKOV. I agree ..."), nor his turn ("Gromyko – Agreed.")
_SAID = re.compile(
    r"(?:Cdes?\.\s+)?(?:[A-Z]\.\s?){0,3}(?:[A-Z][\w’'-]+(?:\s*\([^)]{1,40}\))?\s*(?::|[—–]|\s-\s|\.$)|[A-Z][A-Z’'-]+\.\s)"
)


def _with_printed_pages(text: str) -> str:
    """The text of a PDF's pages as its text layer gives them, a form feed before each (``pdftotext``), with the
    pages' furniture read as a book's copy prints it (of the same length): a running head, the first line of two
    pages or more ("National Security Archive Electronic Briefing Book No. 447", a short title over the even
    pages), blanked; a foot "Page 3 of 7" left as the page's number alone. A heading at a page's top that opens a
    session or a document is its own, though two pages open with it, and so is a speaker's name or a turn."""
    if "\f" not in text:
        return text
    bounds = [0, *(m.end() for m in re.finditer("\f", text)), len(text)]
    edges = [(_edge_line(text, a, b, 1), _edge_line(text, a, b, -1)) for a, b in pairwise(bounds)]
    heads = Counter(head.text for head, _ in edges if head)
    out = list(text)
    for n, (head, foot) in enumerate(edges):
        if head is None or foot is None:
            continue
        if n and heads[head.text] > 1 and not _HEADING_FIRST.match(head.text) and not _SAID.match(head.text):
            out[head.start : head.end] = " " * (head.end - head.start)
        if foot is not head and (m := _PAGE_FOOT.fullmatch(foot.text)):
            out[foot.start : foot.end] = m["n"].ljust(foot.end - foot.start)
    return "".join(out)


def _edge_line(text: str, a: int, b: int, step: int) -> Line | None:
    """The first (``step`` 1) or last (-1) line of ``text[a:b]`` that holds text, stripped; None if none does."""
    lines = [ln for ln in _lines(text[a:b]) if ln.text][::step]
    return Line(a + lines[0].start, a + lines[0].end, lines[0].text) if lines else None


# a mail reader's quotation marks before a forwarded text's lines: "> Cde. Molotov--We must not ...", ">> ..."
_MAIL_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
# a mail message's header: a block of its fields, one of them the sender's address ("From: ... <x@h-net.msu.edu>")
_MAIL_FIELD = re.compile(r"^(?:From|Date|Subject|To|Cc|Reply-To|Sender|Message-ID|Organi[sz]ation)\s*:", re.I)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_MAIL_SENDER = re.compile(r"^From\s*:.*" + _MAIL_ADDRESS.pattern, re.I)
_SIGNATURE = re.compile(r"^--\s?$")  # the line over a message's signature
# where a message's own words give way to the record it carries, besides its heading: its list of those present
_LIST_OPENS = re.compile(r"^(?:Present|Those (?:present|taking part)|Participants|Taking part|Attended by)\s*:", re.I)


# an editor's original word after a label of the record's, in brackets: "Decision [Beschluß]:", "Excused
# [entschuldigt]:" (not a completion in a speech: "Main [amendments]: ...")
_LABEL_GLOSS = re.compile(
    r"^([ \t]*(?:Decisions?|Resolutions?|Resolved|Decided|Excused|Absent|Present|Agenda|Chair(?:ed by)?|Submitted by"
    r"|Members?|Candidates?|Secretar(?:y|ies)|Participants|Guests|Invited|Also present)\b[A-Za-z ]{0,40}?)"
    r" (\[[^\W\d][^\]\n\d]{0,30}\])(?=[ \t]*:)",
    re.M,
)


_GLOSS_END = re.compile(r"\][ \t]*:")


def _without_label_glosses(text: str) -> str:
    """The text with an editor's original word after a label blanked (of the same length), so that the label reads
    as the label it translates. (Every document is asked: most have no bracket before a colon, which a simple
    pattern finds first.)"""
    if not _GLOSS_END.search(text):
        return text
    return _LABEL_GLOSS.sub(lambda m: m[1] + " " * (len(m[2]) + 1), text)


# the comrade's title as the rules do not know it: the German a translation of an SED record may keep ("Genosse
# Honecker:", "Genossen Mielke, Axen"), or an older translation's "Com." before a name ("Com. L.I. BREZHNEV"); and the
# title of the same length that every rule knows
_OTHER_TITLE = re.compile(
    r"\bGenoss(?:e|en|in|innen)\b|\bCom\.(?=[ \t]*\n?[ \t]*(?:[A-Z][a-z]?\.[ \t]?)*(?P<next>[A-Z][\w’'-]*))"
)
_ENGLISH_TITLE = {
    "Genosse": "Comrade",
    "Genossen": "Comrades",
    "Genossin": "Comrade ",
    "Genossinnen": "Comrades   ",
    "Com.": "Cde.",
}
_WORD_BEFORE = re.compile(r"(\S+)[ \t\n]+\Z")


def _with_english_titles(text: str) -> str:
    """The text with "Genosse" read as "Comrade" and "Com." as "Cde." (of the same length: the evidence quotes the
    file's word). Not a committee's "Com.": after a word of its name ("The Foreign Affairs Com. Chairman", "the Com.
    Party"), or before a word no name is ("Com. Chairman")."""
    if "Genoss" not in text and "Com." not in text:
        return text

    def english(m: re.Match[str]) -> str:
        if m["next"] is not None:
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            named = before and (before[1][0].isupper() and before[1][-1] not in ":.;!?" or before[1].lower() == "the")
            if named or common_word(m["next"]):
                return m[0]
        return _ENGLISH_TITLE[m[0]]

    return _OTHER_TITLE.sub(english, text)


def _without_mail_quotes(text: str) -> str:
    """The text with the quotation marks a mail reader puts before each line of a forwarded document blanked (of
    the same length), where at least three lines have them: a list's message that quotes a translation is read
    as the translation, its lines' first words as a speaker's or a heading's."""
    found = list(_MAIL_QUOTE.finditer(text))
    if len(found) < 3:
        return text
    out = list(text)
    for m in found:
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _without_the_original(text: str) -> str:
    """The text with the lines of a bilingual edition's original blanked (of the same length): a line all in Cyrillic
    ("Хрущев — Правильно поставлена задача ...") beside its translation in Latin letters is the Russian of a
    paragraph read in English, and would give no turn of its own but run on into the turn before. (A document in
    Russian alone is then blank, and reported as holding no session.)"""
    out, pos = list(text), 0
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
        if letters and (len(letters) - cyrillic) * 10 < len(letters):  # not "Khrushchev — Задача поставлена ..."
            out[pos : pos + len(line)] = " " * len(line)
        pos += len(line) + 1
    return "".join(out)


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and (text[start].isspace() or text[start] in "*#>•●◦▪"):  # (a list's bullets too)
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
            end -= 1
        out.append(Line(start, end, text[start:end]))
    return out


def _drop_repeats(lines: list[Line]) -> tuple[list[Line], list[tuple[int, int]]]:
    """Drop a block of lines that repeats one seen earlier (copies that hold the same block twice).

    Returns the lines kept and the (start, end) of each block dropped.
    """
    first: dict[str, int] = {}
    keep = [True] * len(lines)
    dropped: list[tuple[int, int]] = []
    document = -1  # where the last document of a collection begins, by a number not seen before ("No. 2")
    i = 0
    while i < len(lines):
        key = lines[i].text
        if key not in first and (DOCUMENT_NUMBER.match(key) or _PROTOCOL_HEAD.match(key) or _dated_heading(key)):
            document = i
        j = first.get(key) if len(key) > 15 else None
        if j is not None and j > document:  # in another document, the same list of those present is no copy
            n = 0
            while i + n < len(lines) and j + n < i and lines[i + n].text == lines[j + n].text:
                n += 1
            size = sum(len(lines[i + k].text) for k in range(n))
            if n >= 2 and size >= 80:
                for k in range(n):
                    keep[i + k] = False
                dropped.append((lines[i].start, lines[i + n - 1].end))
                i += n
                continue
        first.setdefault(key, i)
        i += 1
    return [ln for ln, k in zip(lines, keep, strict=True) if k and ln.text], dropped


def _dated_heading(line: str) -> bool:
    """Whether a line heads a session of its own by its date: "SESSION OF THE POLITBURO OF THE CC CPSU, 27 October
    1977" (whose list of those present may be the same as the session's before, row for row)."""
    return bool(_SESSION_OF_DATE.match(line)) and parse_date(line) is not None


# a session's heading in capitals, or in words: "SESSION OF THE POLITBURO ...", "Session of the CC CPSU Politburo, ..."
_SESSION_OF_DATE = re.compile(r"^(?:\d{1,2}\.\s+)?(?:SESSION|MEETING|SITTING|Session|Meeting|Sitting)\s+(?:OF|of)\b")


def _bracketed_sources(lines: list[Line], text: str) -> list[Line]:
    """A source line in brackets that the page wraps ("[Source: TsKhSD, f. 89, ..., ll. 1-" / "8. Translated for
    CWIHP.]"), as one line: read apart, its next line would be an item of the session."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln, more = lines[i], 0
        if (m := SOURCE_LINE.match(ln.text)) and m["bracket"] and "]" not in ln.text:
            # only while a line breaks off amid the reference or its credit ("ll. 1-", "Translated by the"),
            # not after a whole one ("..., ll. 1-8." / "2. On the Course of ...")
            while more < 2 and i + more + 1 < len(lines) and "]" not in lines[i + more].text:
                nxt = lines[i + more + 1]
                if text.count("\n", lines[i + more].end, nxt.start) != 1 or STOPS.search(lines[i + more].text):
                    break
                more += 1
            if "]" in lines[i + more].text:
                ln = join_lines(lines[i : i + more + 1])
            else:
                more = 0
        out.append(ln)
        i += more + 1
    return out


def _split_flattened(line: Line, known: KnownName) -> list[Line]:
    """Cut a line of a flattened copy where a new structural piece begins mid-line.

    Copies flattened into one paragraph run the header labels, the attendance list, agenda
    items, speakers and the notes together; each cut point is one of those starts. Most need a
    sentence to end before them, so that an initial ("L. I.") or "Cde." is never cut from its name.
    A speaker in capitals after a title with no full stop, and a protocol's label in capitals after a word, are looked
    for only in a line found to be flattened by the others: in a line of its own, "... given by comrade BREZHNEV. The
    ..." is a sentence, and so is "As the Plenum DECIDED: we ...".
    """
    t = line.text
    items = sorted(c for c in _item_cuts(t, known) if 0 < c < len(t))
    cuts = {*items, *(c for find in _CUT_FINDERS for c in find(t, known) if 0 < c < len(t))}
    if cuts:
        # (an item's title has no full stop: the first speaker after it, "... industry and agriculture Cde. X—")
        for c in items:
            reported = _REPORTED_TITLE.match(t, c)
            found = _TITLE_SPEAKER.finditer(t, c, min((d for d in cuts if d > c), default=len(t)))
            if first := next((m for m in found if not reported or t[m.start() - 1].islower()), None):
                cuts.add(first.end())
        cuts.update(c for c in _caps_speaker_cuts(t, known) if 0 < c < len(t))
        cuts.update(c for c in _told_cuts(t, known) if 0 < c < len(t))
        cuts.update(m.end() for m in _RUN_IN_PROTOCOL_LABEL.finditer(t) if 0 < m.end() < len(t))
        cuts.update(m.end() for m in _RUN_IN_RECORD_LABEL.finditer(t) if 0 < m.end() < len(t))
        cuts.update(m.end() for m in _RUN_IN_DECISIONS.finditer(t) if 0 < m.end() < len(t))
    pieces, prev = [], 0
    for c in sorted(cuts):
        pieces.append(sub_line(line, prev, c))
        prev = c
    pieces.append(sub_line(line, prev))
    return [p for p in pieces if p.text]


# A new piece after a sentence end: a full stop, or a closing bracket or quote after one.
_AFTER_STOP = rf"(?:(?<=[.!?\]\)”\"’])|(?<=[.!?][{SUPERSCRIPTS}]))\s+"  # (and a note's marker: "Shelepin.¹ I. On")
# not "I. V. Arkhipov"
_ROMAN_ITEM = re.compile(_AFTER_STOP + rf"(?=[IVX]{{1,4}}\.\s+(?!{INITIAL_LETTER}[\s),;])[A-Z“\"])")
# (or after an agenda's or a decision's label: "Agenda: 1. Draft of ...", "Decision: 1. The draft is accepted."; not
# a speaker's: "ANDROPOV: 1. The situation has deteriorated. 2. ...")
# ... or after a word with no stop, in an agenda run on with its rapporteurs: "... of agriculture. Rapporteur: Comrade
# Lajos Fehér 2. Current matters 1. Comrade Lajos Fehér introduced the proposal."
_ARABIC_ITEM = re.compile(
    r"(?:" + _AFTER_STOP + r"|(?P<label>(?<=:))\s+|(?P<bare>(?<=[^\W\d_]))\s+)(?=(?P<n>\d{1,2})\.\s+[A-Z“\"])"
)
# ... only after the rapporteur of the item before (not a speech's "1. The credits ... 2. The machines ...")
_RAPPORTEUR_LAST = re.compile(r"\b(?:Rapporteurs?|Reporters?)\s*:\s*[^.:;]{3,60}$")
_OPENS_TURN = re.compile(r"\d{1,2}\.\s+(?:Comrades?|Cdes?\.)\s+[A-Z]")
# (not a number referred to: "Invited for item 1. Comrade ...")
_REFERRED = re.compile(r"\b(?:items?|points?|questions?|No|Nos|paragraphs?|articles?)\s*$", re.I)
_REACH = 120  # characters before a number that these are read in: a flattened line may run for pages
_DECISION_WORDS = r"Decisions?|Decided|decides|Resolved|resolves|Resolutions?"
_POINTS_LABEL = re.compile(
    rf"\b(?:Agenda(?:\s+of\s+the\s+\w+)?|Order\s+of\s+(?:the\s+day|business)|Heard|{_DECISION_WORDS})\s*:$", re.I
)
_DECIDED = re.compile(rf"(?:{_DECISION_WORDS})\b", re.I)  # a points label that a decision's points follow
_CAPITALS_TITLE = re.compile(r"\d{1,2}\.\s+(?:[A-Z]{2,}[,:]?\s+){3}")  # "2. ON THE COURSE OF ..."
# ... or a protocol's next item by its label, after the last point of a decision: "... in the press. 2. HEARD: On ..."
_HEARD_ITEM = re.compile(r"\d{1,2}\.\s+(?:HEARD|LISTENED)\s*:")
# (a lookbehind is of one width: each of "No. 1", "No. 17", "No. 175" ..., and "Document 175" opening the line or
# after a sentence, not a speech's "in Document 12")
_AFTER_NUMBER = "|".join(
    rf"(?<={word}\s\d{{{n}}})" for word in (r"No\.", r"^Document", r"[.!?]\sDocument") for n in (1, 2, 3)
)
# Labels that open a piece wherever they stand: flattened pages run them on after a date,
# a heading or the "Contents" label with no full stop between.
_RUN_IN_LABEL = re.compile(
    r"(?<!Those)(?<!\s)\s+(?=(?:Present|Those (?:Taking Part|taking part|Present|present|Attending)"
    r"|Also (?:taking part|present)|Presiding|Chaired by|Original Language|Contents)\s*:)"
    r"|(?<![A-Z\s])\s+(?=(?:WORKING NOTES FROM THE )?SESSION OF THE\b)"
    # (a record's own heading after the copy's bracketed source: "... notes in square brackets are the editors'.]
    # MINUTES of the session of the Political Committee ... held on 2 December 1958")
    r"|(?<=[.\]])\s+(?=(?:MINUTES|RECORD|Minutes|Record)\s+of\s+the\s+(?:[Ss]ession|[Mm]eeting|[Ss]itting)\s+of\s+the\s)"
    # (an edition's heading after its document's number and the protocol's: "No. 175 Protocol No. 55 Session of 20
    # September 1962", "Document 175 Session of ..."; not "the 17 Session of ..." in a speech)
    rf"|(?:{_AFTER_NUMBER})\s+(?=Protocol\s+No\.\s*\d+\s+Session\s+of\s|Session\s+of\s+\d)"
    r"|(?<=Translation - English)\s+"
    # (a page's source line run on after its title: "... 10 July 1975 (excerpt) Source: TsKhSD, F. 89, ...")
    r"|(?<=[.)\]])\s+(?=Source:\s+[A-Z])"  # (not a speech's "Source: our embassy reports ...")
)
# a protocol's labels in capitals run on after a word, in a line found to be flattened: "... Cdes. A, B HEARD: Cde.
# X SPOKE: Cdes. Y, Z DECIDED: 1. ...", "... personally. DECIDED: 1. ..." (not after an item's number: "4. HEARD: On
# ..."; not "As the Plenum DECIDED: we ..." in a line of its own)
_RUN_IN_PROTOCOL_LABEL = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.!?])|(?<=[\])])|(?<=[”\"’»][.!?])|(?<=[.!?][”\"’»]))"  # ('... "Apollo". HEARD:')
    r"\s+(?=(?:HEARD|LISTENED|SPOKE|DECIDED|RESOLVED)\s*:)"
)
# ... and a record's labels in title case run on after a word, in a line found to be flattened: "... of the
# Politburo Chair: Comrade Walter Ulbricht Present: Members of the Politburo: Comrades ..., Herbert Warnke Candidates
# of the Politburo: Comrades ... Excused: ... For item 2: ... Agenda: 1. ... Re 1.: Comrade X: ... Decision: 1. ..."
_RUN_IN_RECORD_LABEL = re.compile(
    # after a stop, a bracket, a capitalised word or a number (a name, a title's last word, a date), not a sentence's
    # word: "The committee has a new Chairman: Comrade X will ..."
    r"(?:(?<=[.)\]])|(?<![\w’'/-])[A-Z0-9][\w’'/-]*)\s+(?=(?:Chair(?:man|ed)?|Presided|Excused|Absent|Agenda|Guests"
    r"|Invited|Spoke|Decisions?|Signed|Rapporteurs?|For\s+items?\s+\d{1,2}(?:\s*(?:,|and)\s*\d{1,2})*"
    r"|(?:Members|Candidates|Candidate\s+members)\s+of\s+the\s+(?:Politburo|Presidium|Secretariat|Political\s+Bureau)"
    r")\s*:)"
    # ... and an item taken up again after any word: "... 2. Questions of the press Re 1.: Comrade X: ...", "... 2.
    # Current matters. Ad 1. (Comrade Ciosek read out ...)"
    r"|(?<=[\w.)\]])\s+(?=(?:Re|Ad|Zu)\s+\d{1,2}(?:\.?\s*:|\.\s+[(A-Z]))"
)
# ... and a body's decisions in points after its name and a colon, each point after a dash: "... and the OPZZ. The
# Politburo: – took note of ...; – instructed Comrade Rakowski to ..."
_RUN_IN_DECISIONS = re.compile(
    _AFTER_STOP + r"(?=The\s+(?:Politburo|Political\s+(?:Committee|Bureau)|Presidium|Secretariat)\s*:\s*[–—-]\s)"
    r"|(?:(?<=Politburo:)|(?<=Committee:)|(?<=Bureau:)|(?<=Presidium:)|(?<=Secretariat:))\s+(?=[–—]\s+[a-z])"
    r"|(?<=;)\s+(?=[–—]\s+(?:took|[a-z]+ed)\b)"
    # ... or its decision told after the last turn: "... could not be accepted. The Political Committee approved the
    # proposal ... and instructed ..."
    + r"|"
    + _AFTER_STOP
    + r"(?=The\s+(?:Politburo|Political\s+(?:Committee|Bureau)|Presidium|Secretariat)\s+(?:approved|accepted|adopted"
    r"|took\s+note|decided|resolved|instructed|agreed\s+(?:to|with\s+the)|rejected)\b"
    # (not a decision of another time a speaker tells of: "... approved a similar plan two years ago, he said, ...")
    r"(?![^.]*\b(?:ago|earlier|previously|last\s+(?:year|month|week|time)|(?:he|she)\s+said|in\s+\d{4})\b))"
)
_RUN_IN_DISCUSSION = re.compile(
    # (to the sentence's end where the record's next sentence follows on the line: "In the discussion Comrades Fehér
    # and Kiss took the floor. The report was accepted.")
    rf"(?:{_AFTER_STOP}|^)(?={IN_DISCUSSION}\b(?:[^.]|(?<=\b[A-Z])\.){{0,80}}?\b{TOOK_FLOOR}\b"
    r"(?P<told>[^.:]{0,60}?\.(?=\s+[A-Z]))?"  # (not "... the following spoke: Cdes. W. Jaruzelski, ...")
    # ... or a sentence of its own: "Comrades Nemes, Nyers, and Szirmai took part in the debate.", "Comrades Tisch
    # and Krolikowski spoke." at the line's end, or before the record's next sentence on its line, the line's first
    # too ("Comrades A and B spoke in the discussion. It was decided that ...")
    r"|(?P<spoke>(?:Cdes\.|Comrades)\s(?:[^.]|(?<=\b[A-Z])\.){3,200}?\s(?:also\s+)?(?:spoke|took\s+part\s+in\s+the"
    r"\s+(?:discussion|debate))(?:\s+in\s+the\s+(?:discussion|debate))?"
    rf"{SPOKE_ON}(?:\.?$|\.(?=\s+[A-Z]))))"
)
# a line that opens with a speaker's own words: "RUSAKOV: The Politburo met ...", "Cde. Gromyko — ..."
_SPEAKER_HEAD = rf"^(?:(?:Cde\.|Comrade)\s+)?(?:{INITIAL_LETTER}\s?){{0,3}}[{UPPER}][\w’'\-]+\.?\s*"
_OWN_WORDS = re.compile(_SPEAKER_HEAD + "(?::|—|–|--)")
# who spoke on an item, in brackets amid a record's line after its sentence: "... (Spoke: Comrades Císař, Indra.) ..."
_BRACKETED_SPOKE = re.compile(r"(?<=[.!?])\s+(?P<list>\((?:Spoke|Discussion|Took\s+part)\s*:[^()]{3,200}\))")
_PRESIDING = re.compile(rf"(?<!\s)\s+(?=(?:Cde\.\s+)?(?:{INITIAL_LETTER}\s*){{0,3}}[A-Z][\w’'\-]+\s+presiding\b)")
_SPEAKER_MARK = rf"(?:\*{{1,3}}|{MARK})?"  # a note's marker after a speaker's name: "Rudakov*—", "Kosygin(2)—"
_RUN_IN_SPEAKER = re.compile(
    # (after a dash that sets off an exchange, too: "... five hundred kilometers. — GORBACHEV. You mean ...?")
    _AFTER_STOP
    + r"(?:[—–]\s+)?"
    + rf"(?=(?P<cde>(?:Cde\.|Comrade)\s+)?(?P<name>(?:{INITIAL_LETTER}\s?){{0,3}}[A-Z][\w’'\-]*)"
    + _SPEAKER_MARK  # (a note's marker: "Cde. Rudakov*—")
    # an aside of speaking, "Mikoyan (reports) —", "GROMYKO (from his seat).", but not "Tito (see note 3):"
    + rf"(?:{SPEAKING_ASIDE})?"
    rf"(?P<sep>\.?\s*(?:—|–|--|:)|\.(?:{MARK})?(?=\s+[A-Z“\"])))"
)


def _item_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before "II. On ..." and "2. On ..." after a sentence end.

    An Arabic number only opens an item as the first or the next in turn, so that a folio
    ("L. 4.") or a year that ends a sentence does not start one; after items left out (". . . . 4. On
    ..."), as any number.
    """
    for m in _ROMAN_ITEM.finditer(t):
        if ends_sentence(t[: m.start()]):
            yield m.end()
    last = 0
    items = None  # the agenda's last item, while a decision's points are numbered: "RESOLVED: 1. ... 3. ... 2. On ..."
    at = None  # where the last item's number was
    for m in _ARABIC_ITEM.finditer(t):
        label = m["label"] is not None and _POINTS_LABEL.search(t, max(0, m.start() - 32), m.start())
        if m["label"] is not None and not label:
            continue
        n = int(m["n"])
        if m["bare"] is not None:
            # the agenda's next item after the last one's rapporteur, or its first item taken up, opening with a turn
            near = max(0, m.start() - _REACH)
            listed = at is not None and n == last + 1 and _RAPPORTEUR_LAST.search(t, max(at, near), m.start())
            taken_up = (
                n == 1 and last > 1 and _OPENS_TURN.match(t, m.end()) and not _REFERRED.search(t, near, m.start())
            )
            if listed or taken_up:
                last, at = n, m.end()
                yield m.end()
            continue
        # after text left out, ". . . . 4. On ...": the few characters before the number, not the whole line
        elided = _ELIDED.search(t, max(0, m.start() - 24), m.start()) and _ITEM_TITLE.match(t, m.end())
        # or a title in capitals or a protocol's label, as the agenda's next item follows a decision's last point
        titled = _CAPITALS_TITLE.match(t, m.end()) or _HEARD_ITEM.match(t, m.end())
        after_points = items is not None and n == items + 1 and _ITEM_TITLE.match(t, m.end())
        if (n in (1, last + 1) or elided or titled or after_points) and ends_sentence(t[: m.start()]):
            if label and _DECIDED.match(label[0]):
                items = last
            elif after_points or titled:
                items = None
            last, at = n, m.end()
            yield m.end()


def _label_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before an attendance or header label, a chair ("Cde. X presiding"), those who spoke in a discussion
    after a report told on the same line ("... for the winter. In the discussion the following spoke: ...", "...
    presented the proposal. Comrades A and B took part in the debate.") and a notes heading."""
    for m in _RUN_IN_LABEL.finditer(t):
        yield m.end()
    if not _OWN_WORDS.match(t):  # not a discussion a speaker tells of: "RUSAKOV: ... the following spoke: ..."
        for m in _RUN_IN_DISCUSSION.finditer(t):
            # (not those who spoke at another meeting the report was on: "Comrade Kádár reported on the meeting of the
            # five parties in Warsaw. Comrades Brezhnev, Gomułka ... took part in the debate.")
            if not (m["spoke"] and REPORTED_MEETING.search(t, 0, m.start())):
                yield m.end()
                if m["spoke"] or m["told"]:  # ... and after them, the next sentence: "... spoke. It was decided"
                    yield m.end("spoke" if m["spoke"] else "told")
    for m in _BRACKETED_SPOKE.finditer(t):  # "... in Prague. (Spoke: Comrades Císař, Indra.) The Presidium ..."
        yield m.start("list")
        yield m.end("list")
    for m in _PRESIDING.finditer(t):
        before = t[: m.start()]
        if ends_sentence(before) and not re.search(r"\b[a-z]+,?$", before):  # "with Cde. X presiding" stays
            yield m.end()
    for m in NOTES_HEADING.finditer(t):
        yield m.start()
    for m in _RUN_IN_FIRST_NOTE.finditer(t):  # "... Katushev[1] ... by 20 July. . . . . [1] The protocol ..."
        if any(g["mark"] == m["mark"] for g in _GLUED_FIRST_MARK.finditer(t, 0, m.start())):
            yield m.start("mark")


# note 1 with no heading over the notes, run on after the last sentence of a flattened copy, whose text carries its
# marker glued to a word before it
_RUN_IN_FIRST_NOTE = re.compile(r"(?<=[.!?\]\)”\"’])\s+(?P<mark>\[1\]|\(1\))\s+(?=[A-Z“\"])")
_GLUED_FIRST_MARK = re.compile(r"[^\W\d_][.,;:]?(?P<mark>\[1\]|\(1\))")


def _speaker_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before a speaker's turn: "Cde. X—", "Khr.—", "Kozlov:", "BREZHNEV:", "L. I. BREZHNEV."."""
    for m in _RUN_IN_SPEAKER.finditer(t):
        name, sep = m["name"], m["sep"].strip()
        surname = name.split()[-1]
        caps = surname.isupper() and len(surname) > 2
        if sep == ".":  # "BREZHNEV. The ...", "Cde. Suslov. The ...", or a known abbreviation: "Khr. The note ..."
            ok = (
                (caps or bool(m["cde"]))
                and known(name)
                or known(name + ".")
                and not known(name)
                and not common_word(name)
            )
        else:
            is_known = known(name) or known(name + ".") and sep.startswith(".")
            # an unknown name in capitals: a surname ("L. I. BREZHNEV"), not an acronym ("USSR:")
            unknown_caps = caps and sep == ":" and (len(surname) > 4 or " " in name) and not common_word(surname)
            ok = bool(m["cde"]) or is_known or unknown_caps
        if sep == "." and m["cde"] and not caps and _ANSWERED.search(t, max(0, m.start() - 40), m.start()):
            continue  # "Who will head it? Cde. Suslov. The ...", "Extracts to: Cde. Gromyko. Cde. Suslov. The ..."
        # (the sentence before read within a reach of it: a flattened copy's line can run to many pages)
        before = max(0, m.start() - 400)
        if sep[:1] in "—–" and (said := sentences(t, before, m.start())):
            last = _OWN_WORDS.sub("", t[slice(*said[-1])].strip()).lstrip()  # (not "Khr. — " before "Instruct")
            if charged_matter(t, m.end("sep")) and _INSTRUCTION.match(last):
                continue  # who else is charged after an instruction: "Instruct the MFA to ... Cde. Ryzhkov – on ..."
            above = gives_tasks(last) or last.startswith(("Cde", "Comrade"))  # (or a man charged before him)
            own = sentences(t, m.start(), min(len(t), m.start() + 400))[:1] if above else []
            if own and charges(last, t[slice(*own[0])]):
                continue  # ... or after a task: "Cdes. A and B are to confirm ... Cde. Ilichev—prepare the ..."
        if (
            ok
            and ends_sentence(t[: m.start()])
            and not _ENUMERATOR.search(t, max(0, m.start() - 8), m.start())
            and not _TITLE_BEFORE.search(t, max(0, m.start() - 8), m.start())
        ):
            yield m.end()


# an instruction, and a man charged after it with a matter of his own: "... Cde. Ryzhkov – on joint enterprises",
# Malin's "Instruct Cdes. A, B to prepare ... Cde. Shepilov—an article in Pravda"
_INSTRUCTION = re.compile(r"(?:To\s+)?(?:[Ii]nstruct|[Ee]ntrust|[Cc]harge|[Oo]blige|[Aa]ssign)\b")
# what "Cde. X." answers or goes on with, and so does not open his turn: a question, a list's label, another name
_ANSWERED = re.compile(r"(?:\?|:|\bCdes?\.\s+[\w.’' -]{2,30}\.)\s*$")
# a title before the name, after a dash after a body's name: "Instruct the KGB—Cde. Andropov—to ...": the name goes
# on with the title (not "... answer.—Cde. Molotov—I am against.", a speaker)
_TITLE_BEFORE = re.compile(r"(?<=\w)\s*[—–]\s*(?:[Cc]des?|Comr)\.\s*$")
# a point's letter or number before what it enumerates, "a) Cde. Gromyko — to prepare ...": no sentence's end
_ENUMERATOR = re.compile(r"(?:^|\s)(?:\(?[a-h]|\d{1,2})\)$")  # not a note marker "(1)"
# A known surname in capitals as a heading, right after a word of a title: "... on our part KIRILENKO. At ..."
_CAPS_SPEAKER_AFTER_WORD = re.compile(
    rf"(?<![\w’'])(?P<word>[{UPPER}]?[{LOWER}]+)\s+(?=(?P<name>[{UPPER}][{UPPER}’'\-]{{2,}})\.\s+[{UPPER}“\"])"
)
# a title or a patronymic before a name in capitals: "talks with President NIXON.", "Leonid Ilyich BREZHNEV."
_TITLES = frozenset({"President", "Chancellor", "Marshal", "General", "Secretary", "Premier", "Minister"})
_ELIDED = re.compile(r"(?:\.\s){3,}\.?\s*$|…\s*$")  # ". . . ." or "…": text left out
_ITEM_TITLE = re.compile(r"\d{1,2}\.\s+(?:On|Regarding|Concerning|About|Information|Report|Question)\b")
# a line that ends amid a sentence, not after a reference's last folio ("Ll. 4-8 ob")
_BROKEN_OFF = re.compile(r"^(?!.*\d\s?ob\.?$).*[a-z,]$")
# words that join a name to the text before it, so that the name ends a list or a sentence, not opens a turn
_JOINING = frozenset(
    {"and", "or", "nor", "to", "by", "of", "with", "from", "for", "on", "at", "in", "as", "than", "that", "comrade"}
    | {"comrades", "also", "about", "after", "against", "before", "under", "whom", "whose", "between", "like"}
)


def _caps_speaker_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before a speaker's heading in capitals that an agenda title runs into with no full stop between.

    Titles end without one, so a flattened copy prints "... possible measures on our part KIRILENKO. At
    Leonid Ilich's request ..."; the name must be known, and the word before it must not join it to
    the text ("... Cdes. Brezhnev and SUSLOV. On ...", "... entrusted to USTINOV. The ...") nor be a title
    or a patronymic.
    """
    for m in _CAPS_SPEAKER_AFTER_WORD.finditer(t):
        word = m["word"]
        titled = word in _TITLES or word.endswith(("ich", "vna"))  # "President NIXON.", "Leonid Ilyich BREZHNEV."
        if word.lower() not in _JOINING and not titled and known(m["name"]):
            yield m.end()


def _name_run_in_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before a known name run into its statement: "... Berlin. Mikoyan Agree, but ..." (not a name of several
    words: "... under threat. Mengistu Haile Mariam has asked ...")."""
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +([A-Z][\w’'\-]+)\s+(?=([A-Z][a-z’']*)\b)", t):
        pronoun = m[2] == "I" and t[m.end() : m.end() + 2] != "I."  # "Khrushchev I think", not item "I."
        whole = known(f"{m[1]} {m[2]}")
        if ends_sentence(t[: m.start()]) and known(m[1]) and not known(m[2]) and not whole and (m[2] != "I" or pronoun):
            yield m.start(1)


# (after the title's last word, "FRG" and "1965" too, the speaker's words opening after his dash, or a stage
# direction in brackets: not "I. Information of Cde. Gromyko — on the talks" nor "Letter to Cde. Ulbricht—(draft)",
# a title naming its man after a small word)
_TITLE_SPEAKER = re.compile(
    r"(?<=[^\W_])"
    + "".join(rf"(?<!\b{word})" for word in ("of", "by", "to", "on", "for", "from", "with", "about", "and"))
    + rf"\s+(?=(?:Cde\.|Comrade)\s+(?:{INITIAL_LETTER}\s?){{0,3}}[A-Z][\w’'\-]+{_SPEAKER_MARK}\s*(?:—|–|--)\s*"
    r"[A-Z“\"(])"
)
# ... nor, in a report's title, after its reporter's body in capitals: "I. Information of the MFA Cde. Gromyko—On
# the talks"
_REPORTED_TITLE = re.compile(
    r"\W*(?:[IVXL]+\.|\d{1,2}\.)?\s*(?:Information|Report|Communication|Message|Statement|Letter|Note)\b"
)
_CUT_FINDERS = (_label_cuts, _speaker_cuts, _name_run_in_cuts)  # (and _item_cuts, whose cuts are kept apart)


# a turn a flattened record tells in the third person, after a sentence: "... this week. Cde. H. Jabłoński asked how
# many ...", "Cde. J. Szydlak supported the proposals."
_TOLD_OPENING = (
    rf"(?:Cdes?\.|Comrades?)\s+(?P<name>(?:[A-Z][a-zà-ž]+\s+(?=[A-Z]))?(?:{INITIAL_LETTER}\s?){{0,3}}[A-Z][\w’'\-]+)"
    rf"(?:{MARK})?"
    # (or several men's: "Cdes. Matern and Mückenberger spoke in support of the draft."; his post or an aside between
    # commas: "Comrade Mieczysław Wilczek[1], minister of industry, presented ...", "..., summing up, said ...")
    r"(?:(?:,\s+|\s+and\s+)[A-Z][\w’'\-]+)*(?:,\s+[a-z][^,.;:()]{2,60},)?\s+(?:also\s+)?"
    r"(?:asked|said|stated|spoke\s+(?:in\s+favou?r|in\s+support|against|for|about|on)|supported|proposed|objected|agreed"
    r"|declared|replied"
    r"|answered|added|noted|presented|informed|reported|expressed|considered|thought|believed|suggested|insisted"
    rf"|{GAVE_ACCOUNT})\b"
)
_TOLD_RUN_IN = re.compile(_AFTER_STOP + rf"(?={_TOLD_OPENING})")
# ... that a paragraph wrapped at a fixed width breaks after its first words: "... the trade unions. Cde. Shelest" /
# "spoke against granting the credit ...", "... of the KSČ. Cde." / "Podgorny considered that ...", "Comrade E." /
# "Gierek thought ..."
_TOLD_TAIL = re.compile(
    _AFTER_STOP + rf"(?P<tail>(?:Cde\.|Comrade)(?:\s+(?:{INITIAL_LETTER}\s?){{0,3}}(?:[A-Z][\w’'\-]+)?)?"
    r"(?:\s+[a-z]+-)?"  # (and his verb, which the line broke: "... Cde. Khrushchev pro-" / "posed that ...")
    # ... or the whole opening of the turn, its sentence going on over the next line: "... attached to the protocol².
    # Cde. Voroshilov expressed doubt whether the" / "ministries ... should be abolished, ..."
    rf"|{_TOLD_OPENING}[^.!?\n]*)\s*$"
)
_TOLD_OPENS = re.compile(_TOLD_OPENING)
# (a turn or an item that opens a line; not a date's "15. March")
_OPENS_ANEW = re.compile(rf"(?:Cde\.|Comrades?)\s|(?:\d{{1,2}}|[IVX]{{1,4}})\.\s(?!{MONTH})")
_REPORT_VERB = re.compile(r"\s+(?:also\s+)?(?:reported|informed|presented)\b")
_TOLD_REACH = 2_000  # how far back in its paragraph a wrapped turn's line looks for the turn told before it


def _told_over_lines(lines: list[Line], text: str, known: KnownName) -> list[Line]:
    """A turn told in the third person that a wrapped paragraph opens at one line's end and goes on with in the next
    ("... from the leading organs. Cde. Shelest" / "spoke against granting the credit ...", "... to the protocol².
    Cde. Voroshilov expressed doubt whether the" / "ministries ... should be abolished"): the line is cut before
    it and its opening joined to the next line, so that the turn opens a line, as it would in a line of its own.
    Only in a paragraph that has told a turn before it, not a report (whose paragraph may go on with what was said
    at the meeting it reports on: "Cde. Gomułka reported on the talks in Moscow. ... Cde. Brezhnev" / "said that
    ..."), and not inside a quotation."""
    out: list[Line] = []
    paragraph = 0  # where the paragraph of the line before begins
    for ln in lines:
        last = out[-1] if out else None
        if last is None or text.count("\n", last.end, ln.start) != 1:
            paragraph = ln.start
            out.append(ln)
            continue
        # (not where the next line opens a turn or an item of its own: "... Comrade S. Kania supported" / "Comrade J.
        # Szydlak objected ...", "2. On the harvest", where the line before lost its full stop)
        m = None if _OPENS_ANEW.match(ln.text) else _TOLD_TAIL.search(last.text)
        # (the paragraph read back a reach at most: a flattened one of many such lines is not read whole for each)
        tail = last.start + m.start("tail") if m else 0
        if m and _told_before(text[max(paragraph, tail - _TOLD_REACH) : tail]):
            joined = join_lines([sub_line(last, m.start("tail")), ln])
            joined = Line(joined.start, joined.end, mend_words(joined.text))  # (the verb read whole, as printed)
            told = _TOLD_OPENS.match(joined.text)
            if told and _a_man(told["name"], text, known):
                out[-1:] = [sub_line(last, 0, m.start("tail")), joined]
                continue
        out.append(ln)
    return out


def _told_before(before: str) -> bool:
    """Whether a paragraph's text tells a turn last that is no report, and leaves no quotation open."""
    opened = list(_TOLD_OPENS.finditer(before))
    quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return bool(opened) and not _REPORT_VERB.match(before, opened[-1].end("name")) and not quoted


def _a_man(name: str, text: str, known: KnownName) -> bool:
    """Whether a name told with a verb of speaking is a man's: one the file knows, or whose surname the text names
    again ("Present: Cdes. Ulbricht, ..., Neumann")."""
    return known(name) or _capitalised(text)[name.split()[-1]] > 1


@lru_cache(maxsize=2)
def _capitalised(text: str) -> Counter[str]:
    """How often a text names each word that opens with a capital: counted once for a text, and only for one that
    tells a turn of a man the file does not know (a flattened record tells thousands of turns)."""
    return Counter(re.findall(rf"[{UPPER}][\w’'\-]+", text))


def _told_cuts(t: str, known: KnownName) -> Iterator[int]:
    """Before a turn told in the third person, in a line found to be flattened by the others: in a line of its own,
    "... this week. Cde. Kania said that ..." may be a sentence of the speech."""
    for m in _TOLD_RUN_IN.finditer(t):
        if _a_man(m["name"], t, known) and ends_sentence(t[: m.start()]):
            yield m.end()


# --- zones ----------------------------------------------------------------------


def _zones(lines: list[Line], text: str) -> dict[str, list[Line]]:
    """Split lines into zones: "trailer" (header + trailer), "body", "notes", and "source", the lines under
    the notes that name the document's own file ("[Source: ...]"). A list message's own words, from its header or
    its signature to the record it carries, are in none."""
    contents = max((i for i, ln in enumerate(lines) if _CONTENTS.match(ln.text)), default=-1)
    zones: dict[str, list[Line]] = {"body": [], "notes": [], "source": [], "trailer": lines[: contents + 1]}
    zone = "body"
    # a first note with no heading above it opens the notes of the file only if it is the only one (a file
    # of several sessions numbers each session's notes from 1, under that session), and "(1)", an
    # enumerator too, or a book's bare "1 ...", only under a rule or the source line
    lone = (
        sum(1 for ln in lines if _FIRST_NOTE.match(ln.text)) == 1,
        sum(1 for ln in lines if _bare_number(ln) == 1) == 1,
    )
    after_break = False  # the line before is a rule, or the source line that closes the text
    after_page = False  # the line before is a page's number or a cut
    paged = False  # a page's number has been passed
    prev, prev_end = "", 0
    source_open = False  # the line before is a source line of the header that goes on over the next, after a comma
    credit_open = False  # ... or whose credit goes on over the next: "Translated by the Cold" / "War ... Project."
    foot: Line | None = None  # the last line of a note at the foot of a page, amid the body
    turned = False  # a page number or running head has been passed since the last such note
    ruled: int | None = None  # the number of the last note under a page's rule, while its notes go on
    noted = 0  # the number of the last such note on any page
    # a note's asterisks open one line; those that open several are a list's bullets ("* Cde. X is to ...")
    opening = Counter(_stars(ln, text) for ln in lines)
    starred = {mark: at for mark, at in _starred(text).items() if opening[mark] == 1}
    messages = _mail_headers(lines, text)
    # the notes are a block quote's ("> [!note] Translator's note" / "> The formal protocol ..."), and end with it
    quoted_notes = False
    for k, ln in enumerate(lines[contents + 1 :], contents + 1):
        quoted = ">" in text[text.rfind("\n", 0, ln.start) + 1 : ln.start]
        if quoted_notes and not quoted:
            zone, quoted_notes = "body", False
        # a list's digest: a message's header, or its signature, opens the sender's own words, which are no
        # session's ("Colleagues -- I have translated ...", a reply's comment), until the record it carries begins
        if k in messages or messages and _signature(lines, k, text):
            zone = "message"
        parted = text.count("\n", prev_end, ln.start) > 1 or bool(_RULE.match(prev))  # by a blank line or a rule
        if zone == "message" and not _opens_record(ln, parted):
            prev, prev_end = ln.text, ln.end
            continue
        zone = "body" if zone == "message" else zone
        if zone == "headnote":  # an editor's note at the head: its paragraph is the header's, the body follows
            if text.count("\n", prev_end, ln.start) <= 1:  # the next line, or a piece cut from the same one
                zones["trailer"].append(ln)
                prev, prev_end = ln.text, ln.end
                continue
            zone = "body"
        if source_open and text.count("\n", prev_end, ln.start) == 1 and _REFERENCE_GOES_ON.search(ln.text):
            zones["trailer"].append(ln)
            source_open, prev, prev_end = ln.text.rstrip().endswith(","), ln.text, ln.end
            continue
        if credit_open and text.count("\n", prev_end, ln.start) == 1 and _CREDIT_ENDS.match(ln.text):
            zones["trailer"].append(ln)  # "Source: ... Translated by the Cold" / "War International History Project."
            credit_open, prev, prev_end = False, ln.text, ln.end
            continue
        if zone == "notes" and DOCUMENT_NUMBER.match(ln.text) and parted:
            # the next document of a collection, after the notes of the one before, if its heading follows
            if any(len(x.text) < 120 and (PROTOCOL.search(x.text) or parse_date(x.text)) for x in lines[k : k + 4]):
                zone = "body"
        # a foot note goes on over the next line, with no blank line between, while it stops mid-sentence or
        # inside its brackets ("... (RGANI. F. 3. Op. 10." / "D. 141. L. 1). ...")
        joined = foot is not None and text.count("\n", foot.end, ln.start) == 1
        in_brackets = foot is not None and foot.text.count("(") > foot.text.count(")") and _GOES_ON.match(ln.text)
        # (a bracket closed at the line's end ends no sentence where the next line goes on in lower case: "... (No. 110;
        # APRF, F. 3, Op. 120, D. 48, L. 1)" / "also lists B. N. Yeltsin ...")
        bracket_goes_on = foot is not None and foot.text.endswith(")") and ln.text[:1].islower()
        wrapped = joined and (not STOPS.search(foot.text) or bool(in_brackets) or bracket_goes_on)
        head = _running_head(ln, text, caps=zone == "notes")  # among notes set wide ("1        The ..."), in capitals
        # the page ends the note, and so do a rule and a heading
        wrapped = wrapped and not (_PAGE_NUMBER.match(ln.text) or head or _RULE.match(ln.text))
        wrapped = wrapped and not _SESSION_HEAD.match(ln.text)
        # a page's last note, broken off mid-sentence, goes on under the rule of the next page:
        # "... nevertheless lists" / (the next page) / "____" / "Pervukhin among those present ..."
        over_page = (
            zone == "body"
            and turned
            and bool(_RULE.match(prev))
            and not _SESSION_HEAD.match(ln.text)
            and bool(zones["notes"])
            and bool(_BROKEN_OFF.search(zones["notes"][-1].text))
            and not _PAGE_NOTE.match(ln.text)
            and _bare_number(ln) is None
        )
        wrapped = wrapped or over_page
        # (not the notes at the foot of a page that another page follows: each page's under its own rule)
        # (a piece a flattened copy's line was cut into is as apart from what goes before as a line after a break)
        apart = after_break or bool(text[text.rfind("\n", 0, ln.start) + 1 : ln.start].strip(" \t*#>•●◦▪-"))
        opens_notes = zone == "body" and _opens_notes(ln, zones["body"], apart, lone)
        opens_notes = opens_notes and not _turns_over(lines, k, text)
        if zone == "body" and not opens_notes:
            # under a page's number or a cut, notes only where the page ends under them (a running head, a page
            # number, or the text's end after them), not the next page's text opening with a number; so too
            # after a blank line, in a copy of numbered pages, a page's notes with no rule above them
            paragraph = text.count("\n", prev_end, ln.start) > 1 and not _RECORD_POINT.match(ln.text)
            footed = (after_page or paragraph and paged) and _foot_notes(lines, k, text)
            ruled = _ruled_note(ln, zones["body"], ruled, joined, after_break or footed, noted)
            noted = ruled or noted
        if zone == "body" and (ruled is not None or wrapped or _page_note(ln, zones["body"], text, starred)):
            zones["notes"].append(ln)
            foot, prev, turned = ln, ln.text, False
            continue
        turned = turned or bool(_PAGE_NUMBER.match(ln.text) or head)  # the next page begins
        foot = None
        # under the notes, a line that opens with a reference after a line that ends a sentence, not a note's
        # reference wrapped onto a line of its own ("... is in" / "RGANI, F. 3, ... Original. Typescript.")
        names_source = zone == "notes" and bool(STOPS.search(prev)) and source_line(ln.text)
        opened = zone == "body"
        if zone == "notes" and dated_session_head(lines, k, text):
            zone = "body"  # the next session of a file whose editor's notes follow each session: no note
        zone = _place(ln, zone, zones, opens_notes, names_source, head)
        quoted_notes = quoted_notes or opened and zone == "notes" and quoted
        source_open = zone == "body" and zones["trailer"][-1:] == [ln] and ln.text.rstrip().endswith(",")
        credit_open = zone == "body" and zones["trailer"][-1:] == [ln] and bool(_CREDIT_BROKEN.search(ln.text))
        after_break = bool(_RULE.match(ln.text)) or bool(zones["trailer"]) and zones["trailer"][-1] is ln
        # a page's number ("— 2 —"), its running head, or a cut (". . . ."), under which a copy may print the page's
        # notes (a page of notes only, under the head of the page they go on onto)
        after_page = bool(_PAGE_NUMBER.match(ln.text) or _CUT.match(ln.text) or head)
        paged = paged or bool(_PAGE_NUMBER.match(ln.text))
        prev, prev_end = ln.text, ln.end
    return zones


def _mail_headers(lines: list[Line], text: str) -> set[int]:
    """Where each mail message's header begins (the index of its first field's line): a block of fields on
    adjacent lines ("Date:", "From:", "Subject:"), one of them the sender's with his address; a document's own
    "From: The Party and the Writers ..." or "Date: 14 October 1980" is none."""
    starts = set()
    for k, ln in enumerate(lines):
        if _MAIL_SENDER.match(ln.text):
            while k > 0 and _MAIL_FIELD.match(lines[k - 1].text) and text.count("\n", lines[k - 1].end, ln.start) == 1:
                k, ln = k - 1, lines[k - 1]
            starts.add(k)
    return starts


def _signature(lines: list[Line], k: int, text: str) -> bool:
    """Whether line ``k`` is the "--" over a message's signature: the sender's lines under it, one with his address
    ("--" / "Daniel R. Whitfield" / "... College" / "dw@halverson.edu"), not a rule amid a record's turns."""
    if not _SIGNATURE.match(lines[k].text):
        return False
    for before, ln in pairwise(lines[k : k + 6]):
        if text.count("\n", before.end, ln.start) > 1:
            return False
        if _MAIL_ADDRESS.search(ln.text):
            return True
    return False


def _opens_record(ln: Line, parted: bool) -> bool:
    """Whether a line in a message's own words begins the record it carries: its number in a collection, its
    heading ("Working notes of the session ...", "EXCERPT FROM PROTOCOL No. 131", or a paragraph of its own that
    names the body and the date: "CPSU CC Presidium, 23 January 1964"), or its list of those present."""
    t = ln.text
    heading = t[:1].isupper() and HEADING_START.match(t) and HEADING.search(t)  # (not a sentence's "session has ...")
    if DOCUMENT_NUMBER.match(t) or heading or _LIST_OPENS.match(t):
        return True
    date = parse_date(t) if parted and len(t) <= 120 and HEADING.search(t) else None
    return date is not None and bool(_AFTER_HEADING_DATE.fullmatch(t, date[2]))  # not "compare the session of ..."


# what a heading may print after its date: its protocol's number ("CPSU CC Presidium, 23 January 1964 (No. 131)")
_AFTER_HEADING_DATE = re.compile(r"[\s.,]*(?:\((?:Protocol\s+)?No\.\s*\d+\))?[\s.]*")


def _place(ln: Line, zone: str, zones: dict[str, list[Line]], opens_notes: bool, names_source: bool, head: bool) -> str:
    """Put one line (or a part of it) in its zone; the zone the next line is read in (``head``: it is a
    running head).

    The header and the trailer share a list: both are the web page's, where the notes' own
    archive reference is; the labels and the menu are dropped.
    """
    if _TRAILER_LABEL.match(ln.text):  # the page's furniture after the text; above it, a paragraph of it ("Source" /
        # "RGANI, F. 3, ..." in a page's facts before the text); under a session's heading, "Source" over its file,
        # which the session reads as its own
        if _under_heading(zones) and ln.text.strip().rstrip(":").lower() == "source":
            return zone
        return "trailer" if _text_begun(zones) and not _under_heading(zones) else "headnote"
    if HEADER_LABEL.match(ln.text) or _BOILERPLATE.match(ln.text) or _RULE.match(ln.text):
        return zone
    if _PAGE_NUMBER.match(ln.text) and zone != "trailer" or zone in ("body", "notes") and head:
        return zone  # a page's number or running head, amid the text or its notes ("It lists ..." goes on under it)
    if zone == "trailer" or zone == "body" and (m := SOURCE_LINE.match(ln.text)) and not m["bracket"]:
        zones["trailer"].append(ln)
        return zone
    if names_source:
        zones["source"].append(ln)
        return zone
    if _NOTES_LINE.match(ln.text) and zones["body"]:  # a heading after the body, not a menu entry before it
        return "notes"
    if opens_notes:
        zones["notes"].append(ln)
        return "notes"
    if heading := NOTES_HEADING.match(ln.text):
        if ln.text[heading.end() :].strip() and not heading.group(0).startswith(("[", "(")) and not _begun(zones):
            zones["trailer"].append(ln)  # "Editor's note: The formal protocols ...", above the document it presents
            return "headnote"
        if heading.group(0).startswith(("[", "(")):
            zones["notes"].append(ln)  # "[1] Translator's Note: ..." opens note 1 itself
        elif ln.text[heading.end() :].strip():
            zones["notes"].append(sub_line(ln, heading.end()))
        return "notes"
    if (cut := _page_text(ln, zone == "notes")) is not None:
        kept, page = sub_line(ln, 0, cut), sub_line(ln, cut)
        if kept.text:  # the last turn or note of a flattened copy, with the page's rights run on after it
            zones[zone].append(kept)
        zones["trailer"].append(page)  # a citation line in a copy without labels, or the rights
        return "trailer" if _TRAILER_RUN_IN.match(page.text) else zone
    zones[zone].append(ln)
    return zone


# a document's or session's heading, which no note goes on into
_SESSION_HEAD = re.compile(r"^(?:Session|Meeting|Sitting|Protocol|PROTOCOL|Minutes|Working Notes|Notes|No\.)\b")
_PROTOCOL_HEAD = re.compile(r"^\s*(?i:protocol)\s+No\.\s*\d+\s*$")
# a source line's reference going on over the next line: "Source: ..., D. 78," / "Ll. 112-126."
_REFERENCE_GOES_ON = re.compile(rf"^(?:{INITIAL_LETTER}\s*\d|[a-z])|\b(?:F|Op|D|Ll?)\.\s*\d")
# a source line's credit broken off at its end, a sentence of words (not a reference) with no full stop yet ...
_CREDIT_BROKEN = re.compile(
    r"(?:^|\.\s)(?:Translated|Translation|Courtesy|Obtained|Provided|Donated)\b[^\d.:;]*[A-Za-z]$"
)
# ... and the rest of it on the next line: the name of the body that gave it ("War International History Project.")
_CREDIT_ENDS = re.compile(
    r"^[A-Z][A-Za-z ,'’-]{0,80}\b(?:Project|Program|Programme|Archives?|Institute|University|Center|Centre"
    r"|Foundation|Library|Museum)\.$"
)


def _begun(zones: dict[str, list[Line]]) -> bool:
    """Whether the body holds a sentence yet, not only the headings above the document."""
    return any(ENDS_SENTENCE.search(ln.text) and len(ln.text.split()) >= 8 for ln in zones["body"])


# a line that only the text has: a list of those present, or a speaker's turn ("Molotov—For.")
_OPENS_TEXT = re.compile(
    r"^(?:Present|Those (?:present|taking part)|Participants|The following (?:took part|were present))\s*:"
    rf"|{_SPEAKER_HEAD}(?:—|–|--)"  # (a turn with a dash: a page's facts above the text have colons, "Date:")
)


# a session's heading with its date, maybe numbered on its page: "2. Session of 6 August 1963 (Protocol No. 111)"
_DATED_HEADING = re.compile(
    r"(?:\d{1,2}\.\s+)?(?:Session|Meeting|Sitting|Protocol|Minutes)\b(?:[^.]|No\.)*\b\d{4}\b(?:[^.]|No\.)*"
)


def _under_heading(zones: dict[str, list[Line]]) -> bool:
    """Whether the body's last line is a session's heading with its date: a page of several sessions may give each
    its facts under a label ("Document information"), which is then no furniture after the text."""
    return bool(zones["body"]) and bool(_DATED_HEADING.fullmatch(zones["body"][-1].text))


def _text_begun(zones: dict[str, list[Line]]) -> bool:
    """Whether the text has begun: a sentence of it, or a list of those present or a turn, which terse notes
    ("Molotov—For.") have and a page's facts above the text do not."""
    return _begun(zones) or any(_OPENS_TEXT.match(ln.text) for ln in zones["body"])


_RULE = re.compile(r"^[-_*=—–\s]{3,}$")  # a printed rule or "* * *": the end of a part, no text of it
_CUT = re.compile(r"^(?:\.\s*){3,}$")  # ". . . .": text left out
# "- 3 -", "— 214 —", "136": no text of the page; or a word processor's foot by its file's name,
# "Politburo_1977.docx - page 3", or "Page 2 of 7" (not a sentence's "... in the Gosplan note - page 12")
_PAGE_NUMBER = re.compile(
    r"^[-—–\s]*\d{1,3}[-—–\s]*$"
    r"|^(?i:(?:\S+\.(?:docx?|odt|rtf|pdf|txt)\s+[-–—|]\s+)?page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$"
)
# a book's running head, set apart from its page number: "216      THE POLITBURO AND EASTERN EUROPE, 1989",
# "Document No. 61: PCC Meeting, Berlin, 2 December 1970          313", a typescript's running foot "Jachranka
# 1997 / Doc. 31          p. 2"; in small letters only set far apart
_RUNNING_HEAD = re.compile(
    r"^(?:(?:p\.\s?)?\d{1,4}(?P<a>\s{3,})(?P<head>\S.*)|(?P<head2>.*\S)(?P<b>\s{3,})(?:p\.\s?)?\d{1,4})$"
)


# a line in capitals, with no sentence's stop (not "I. ON BERLIN." nor a speaker's "GROMYKO:")
_CAPITALS_HEAD = re.compile(r"(?=[^a-z]*[A-Z]{3})(?:\d{1,4}\s)?[A-Z][A-Z0-9 ,'’&-]{5,80}(?:\s\d{1,4})?")
_NUMBERED_HEAD = re.compile(r"\d{2,4}\s(?P<head>.+)|(?P<head2>.+)\s\d{2,4}")


def _head_of(line: str) -> str:
    """A line in capitals without the page's number set one space from it ("140 THE KREMLIN AND THE BLOC", "MEETING
    OF 26 JUNE 1958 143"); not a date's year ("MEETING OF 5 JUNE 1958") nor its day."""
    if not (numbered := _NUMBERED_HEAD.fullmatch(line)):
        return line
    head = numbered["head"] or numbered["head2"]
    return head if _day(head) == _day(line) else line


def _day(line: str) -> str | None:
    return date[0] if (date := parse_date(line)) else None


@lru_cache(maxsize=2)
def _heads(text: str) -> Counter[str]:
    """How often each line in capitals stands in a text, its page's number taken off: a running head comes again.
    Counted once for a text, not for each line (a text in capitals has thousands)."""
    return Counter(_head_of(t) for line in text.split("\n") if _CAPITALS_HEAD.fullmatch(t := line.strip()))


def _running_head(line: Line, text: str, caps: bool = False) -> bool:
    """A running head: in capitals, or set far from its number (prose does not set text so), alone: not one
    of a table's rows, which stand one under another. With ``caps``, in capitals only: a copy may set a
    note far from its number ("1        The formal protocol ...")."""
    if _CAPITALS_HEAD.fullmatch(t := line.text.strip()) and len(words := t.split()) > 1:
        # a scan's text sets a page's head in capitals on a line of its own over its number, or under it or one
        # space from it where the head comes again on other pages: "MEETING OF 5 JUNE 1958" / "141", "142" / "THE
        # KREMLIN AND THE BLOC", "140 THE KREMLIN AND THE BLOC"; not a heading that opens a page ("141" / "SESSION
        # OF 11 AUGUST 1955"), a speaker's label ("GROMYKO"), nor names at a page's foot ("PONOMAREV, ANDROPOV" / "14")
        head = _head_of(t)
        again = _heads(text)[head] > 1
        if _PAGE_NUMBER.match(_beside(text, line.end, 1)) and head == t:
            apart = len(words) > 2 and "," not in t and not _beside(text, line.start, -1)
            if again or apart:
                return True
        if again and (head != t or _PAGE_NUMBER.match(_beside(text, line.start, -1)) and not parse_date(t)):
            return True
    m = _RUNNING_HEAD.match(line.text)
    if not m or next(find_references(line.text), None):  # "1      APRF, f. 3, ...": a note, set wide
        return False
    if _RUNNING_HEAD.match(_beside(text, line.start, -1)) or _RUNNING_HEAD.match(_beside(text, line.end, 1)):
        return False
    head, gap = (m["head"], m["a"]) if m["head"] else (m["head2"], m["b"])
    return len(gap) >= 6 and not caps or not re.search(r"[a-z]", head) and bool(re.search(r"[A-Z]{3}", head))


def _beside(text: str, at: int, step: int) -> str:
    """The line above (``step`` -1) or below (1) the one at ``at``, stripped; "" at the text's edge."""
    if step < 0:
        end = text.rfind("\n", 0, at)
        return text[text.rfind("\n", 0, end) + 1 : end].strip() if end >= 0 else ""
    start = text.find("\n", at)
    if start < 0:
        return ""
    end = text.find("\n", start + 1)
    return text[start + 1 : end if end >= 0 else len(text)].strip()


# how a reference in brackets goes on at the head of the next line: "D. 141. L. 1)", "ll. 3-5)", "141)"
_GOES_ON = re.compile(rf"^(?:{INITIAL_LETTER}\s|[a-z]|\d)")
# a note set at the foot of a book's page, amid the text: "¹ APRF, f. 3, op. 120, ..."
_PAGE_NOTE = re.compile(rf"^(?P<mark>[{SUPERSCRIPTS}]{{1,3}})\s*\S")
_FIRST_NOTE = re.compile(r"^(\[1\]|\(1\)|¹)\s*\S")
# a book's note 1 printed bare, "1 The record ..." (or with a stop, as a scan's text gives a small-print note: "23.
# Khrushchev's speech ..."), its marker glued to a word of the text ("Krenz1", "Gorbachev.1"; not "No.1", "L. 1" or
# "1.5")
_BARE_NOTE = re.compile(r"^(\d{1,3})\.?\s+[A-Z“\"]")


@lru_cache(maxsize=512)
def glued_mark(number: int) -> re.Pattern[str]:
    """A note's marker as a book prints it bare, glued to a word of the text: "Krenz1", "Gorbachev.1",
    "(attached).41", or to a bracket: "(Re: Protocol No. 108)6", "(The note is read aloud.)12", or to a year's stop:
    "in 1956.19"; not "No.1", "L. 1", "1.5" or another number's first digits."""
    return re.compile(
        rf"(?:[^\W\d_]{{3}}(?:[.!?]?[)\]”\"’])?|\d\)|(?<![\d.])1[89]\d\d(?=[.,;:]))[.,;:]?{number}(?![\w.,]?\d)"
    )


@lru_cache(maxsize=256)
def marked(number: str) -> re.Pattern[str]:
    """A note's marker in the text in any of the forms the genre prints: "(3)", "[3]", a superscript "³" (not
    of "³⁴"), or a bare "3" glued to a word; or its asterisks glued to a word ("N. I.*")."""
    if not number.isdigit():
        return re.compile(_glued_stars(re.escape(number)))
    sup = number.translate(TO_SUPERSCRIPT)
    bracketed = rf"\({number}\)|\[{number}\]|{NOT_A_POWER}(?<![{SUPERSCRIPTS}]){sup}(?![{SUPERSCRIPTS}])"
    return re.compile(f"{bracketed}|{glued_mark(number).pattern}")


def _first_note(line: Line, body: list[Line]) -> bool:
    """Whether a line opens the notes with no heading above them: note 1, "[1] ..." or "(1) ...", under a
    body that carries its marker inside a line ("... Shelest.[1]")."""
    m = _FIRST_NOTE.match(line.text)
    return bool(m) and any(b.text.find(m[1]) > 0 for b in body)


def _opens_notes(line: Line, body: list[Line], after_break: bool, lone: tuple[bool, bool]) -> bool:
    """Whether a line opens the notes with no heading above them (``lone``: whether the file has one
    bracketed note 1, and one bare one)."""
    if lone[0] and (after_break or line.text.startswith("[")) and _first_note(line, body):
        return True
    return lone[1] and after_break and _bare_number(line) == 1 and any(glued_mark(1).search(b.text) for b in body)


def _ruled_note(
    line: Line, body: list[Line], last: int | None, joined: bool, after_break: bool, noted: int
) -> int | None:
    """The number of the last note under a page's rule, if ``line`` is one of those notes: a book's notes in
    plain numbers ("41 The memorandum ..."), the first of them under the rule, its marker glued to a word of
    the text above it ("(attached).41"), or the note after the last one of an earlier page (``noted``), whose
    marker a scan's text read as "*"; the lines of a note go on with no blank line between, and the
    next note after one (its marker may be in brackets too: "(Protocol No. 148)(2)"). None when the line is the
    page's text again (a running head, a heading)."""
    number = _bare_number(line)
    if last is not None and (joined or number == last + 1):
        return last + 1 if number == last + 1 else last
    if not after_break or number is None:
        return None
    # (a number with a stop is a note's only after a marker glued bare: "3. On the ..." under "(3)" is an item; nor
    # is one that opens as an item or a decision's point does the note after the last: "2. Publish the article")
    mark = glued_mark(number) if _NUMBER_STOP.match(line.text) else marked(str(number))
    if _citing_note(line) or any(mark.search(b.text) for b in body):
        return number
    following = number == noted + 1 > 1 and not _ITEM_OPENING.match(line.text)
    return number if following and not opens_decision(_NUMBER_STOP.sub("", line.text, count=1)) else None


_ITEM_OPENING = re.compile(r"\d{1,3}\.?\s+(?:On|About|Concerning|Questions?|Re)\b")


# a record's own numbered point, which a page's note under a blank line never is: "2 Cde. Rusakov is to inform ..."
_RECORD_POINT = re.compile(r"\d{1,3}\.?\s+(?:Cdes?\.|Comrades?|Instruct|To\s+instruct|Approve|Adopt)\s")


def _foot_notes(lines: list[Line], k: int, text: str) -> bool:
    """Whether the lines from ``k`` up to the next blank line are a page's foot notes: a running head, a page
    number or the end of the text follows them."""
    for j in range(k + 1, len(lines)):
        if text.count("\n", lines[j - 1].end, lines[j].start) > 1:
            return bool(_PAGE_NUMBER.match(lines[j].text) or _running_head(lines[j], text))
    return True


def _turns_over(lines: list[Line], k: int, text: str) -> bool:
    """Whether the lines from ``k`` up to the next blank line stand at the foot of a page that another follows:
    the page's number under them, or the next page's running head, and text after it."""
    for j in range(k + 1, len(lines) - 1):
        if text.count("\n", lines[j - 1].end, lines[j].start) > 1:
            return bool(_PAGE_NUMBER.match(lines[j].text) or _running_head(lines[j], text))
    return False


def _bare_number(line: Line) -> int | None:
    """The number a book's note opens with, printed bare ("41 The memorandum ..."), not a date's day
    ("1 November 1956. Session of ...")."""
    if cited := _citing_note(line):
        return cited
    m = _BARE_NOTE.match(line.text)
    if not m or (date := parse_date(line.text)) is not None and date[1] == 0:
        return None
    return int(m[1])


def _citing_note(line: Line) -> int | None:
    """The number of a book's note that opens with the file it cites, its number with a stop ("25. RGANI, f. 3, op.
    12, ..."), as a scan's text prints it apart from its marker ("... 1958 25"): no item of a record opens so."""
    m = _NUMBER_STOP.match(line.text)
    return int(m[1]) if m and reference_at_start(line.text[m.end() :]) is not None else None


_NUMBER_STOP = re.compile(r"(\d{1,3})\.\s+")


def _page_note(line: Line, body: list[Line], text: str, starred: dict[str, int]) -> bool:
    """A note at the foot of a book's page ("¹ APRF, f. 3 ..."), its marker glued to a word of the text
    above it ("30 May 1987¹"): it goes with the notes, and the text goes on after it. So is one marked with
    asterisks ("* The formal protocol ...", for "Ryzhkov N. I.*"; ``starred``: where each marker is first
    glued to a word), which a line's reading leaves out."""
    if m := _PAGE_NOTE.match(line.text):
        return any(re.search(rf"\S{m['mark']}(?!\d)", b.text) for b in body)
    return starred.get(_stars(line, text), len(text)) < line.start


def _stars(line: Line, text: str) -> str:
    """The asterisks a line opens with ("* The formal protocol ..."), which its reading leaves out; "" if none."""
    stars = text[text.rfind("\n", 0, line.start) + 1 : line.start].strip()
    return stars if re.fullmatch(r"\*{1,3}", stars) else ""


def _glued_stars(stars: str) -> str:
    """A note's marker in asterisks glued to a word ("N. I.*", "Vienna.**"), not part of more asterisks."""
    return rf"(?<=[^\s*]){stars}(?![\w*])"


_STAR_MARK = re.compile(_glued_stars(r"\*{1,3}"))


def _starred(text: str) -> dict[str, int]:
    """Where each run of asterisks is first glued to a word as a note's marker."""
    first: dict[str, int] = {}
    for m in _STAR_MARK.finditer(text):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if not text.startswith("*", word_start):  # "*now*" is emphasis
            first.setdefault(m[0], m.start())
    return first


def _page_text(line: Line, in_notes: bool) -> int | None:
    """Where the web page's own text starts in a body or notes line, if it holds any.

    A citation line, or in a flattened copy the credits and rights run on after the last turn:
    the page text starts at "get citation", or at the sentence that names the Digital Archive or
    the trailer label ("Rights") before it in that sentence, whichever comes first; what stands
    before it is still the notes. A translator's note may itself point to the Digital Archive,
    so there only text under a trailer label counts.
    """
    t = line.text
    starts = [m.start() for m in _PAGE_TEXT.finditer(t)][:1]
    if site := _SITE.search(t):
        start = next((a for a, b in sentences(t, 0, len(t)) if a <= site.start() < b), 0)
        start = max([start, *(m.start() for m in _TRAILER_IN_TEXT.finditer(t, 0, site.start()))])
        if not in_notes or _TRAILER_RUN_IN.match(t[start:]):
            starts.append(start)
    return min(starts, default=None)


def _split_notes(lines: list[Line], text: str) -> list[Note]:
    """The notes, each from its number to the next; text under the heading before any number
    ("Translator's note: Shelest was removed ...") is a note too, numbered "" (no marker points to it)."""
    notes: list[Note] = []
    number: str | None = None
    parts: list[Line] = []
    for ln in lines:
        for piece in _inline_notes(ln):
            m = _NOTE_START.match(piece.text)
            found = _stars(piece, text) or m and (m["a"] or m["b"] or m["c"] or m["d"].translate(FROM_SUPERSCRIPT))
            # numbered from 1 again under the next document of a collection, with its text between
            again = found == "1" and parts and text[parts[-1].end : piece.start].strip()
            # (a note in asterisks opens one, and so does a number after it; or a little later, its number with a
            # stop, where a scan's text missed the number between or read its marker as "*": "23. ..." / "25. RGANI")
            later = bool(found and number and (found + number).isdigit() and _NUMBER_STOP.match(piece.text))
            later = later and 1 < int(found) - int(number) <= 3
            if found and (
                not number or not (found + number).isdigit() or int(found) == int(number) + 1 or again or later
            ):
                if number is not None:
                    notes.append(Note(number, tuple(parts)))
                number, parts = found, [piece]
            elif number is None:
                number, parts = "", [piece]
            else:
                last = parts[-1]
                if text[last.end : piece.start].strip():
                    parts.append(piece)
                else:
                    parts[-1] = Line(last.start, piece.end, text[last.start : piece.end])
    if number is not None:
        notes.append(Note(number, tuple(parts)))
    return notes


def _inline_notes(line: Line) -> list[Line]:
    cuts = [m.start() for m in _INLINE_NOTE.finditer(line.text) if m.start() > 0]
    bounds = [0, *cuts, None]
    return [sub_line(line, a, b) for a, b in zip(bounds, bounds[1:], strict=False) if line.text[a:b].strip()]


def _sources_in_notes(sessions: list[RawSession], notes: list[Note], text: str) -> None:
    """A book's session whose heading carries the marker of a note that opens with a file ("Session of 26 June 1958
    25" / "25. RGANI, f. 3, op. 12, d. 1010, ll. 2-6ob. The protocol ..."): that file is the session's own, as the
    edition prints it at the page's foot, and what the note says of "the notes" is said of it."""
    files = []  # (the note's number, its file) of each note that opens with one
    for note in notes:
        first = note.parts[0]
        if (m := _NUMBER_STOP.match(first.text)) and (end := reference_at_start(first.text[m.end() :])) is not None:
            files.append((m[1], sub_line(first, m.end(), m.end() + end)))
    for s in sessions if files else ():
        opening = min([x.span.start for x in [*s.lists, *s.turns, *s.items]], default=s.end)
        heading = text[s.start : opening]
        # (its marker glued, or set apart at the end of a dated heading line, as a scan's text gives it: "Session of
        # 26 June 1958 25"; not a "No. 25" nor a page's number)
        dated = [line for line in heading.split("\n") if parse_date(line)]
        found = (
            file
            for number, file in files
            if marked(number).search(heading)
            or any(re.search(rf"(?<!No\.)(?<!No)\s+{number}[ \t]*$", line) for line in dated)
        )
        s.source = s.source or next(found, None)


def _other_documents(lines: list[Line], sessions: list[RawSession]) -> Callable[[Line], bool]:
    """Whether a line is another document's, which a page prints beside the sessions under its number, with its
    title and its source ("Document 1" / "Memorandum of Conversation, M. A. Menshikov with ..." / "Source: AVP RF,
    ..."): from its number to the next document's, or to the next session. Its file is no session's. A number over a
    meeting's title ("Document 3" / "Working Notes from the Session of ...") or with it ("Document 1: Session of the
    CC CPSU Politburo, 10 March 1985") is a record's own."""
    bounds = sorted({s.start for s in sessions} | {ln.start for ln in lines if DOCUMENT_NUMBER.match(ln.text)})
    spans = [
        (ln.start, next((b for b in bounds if b > ln.start), lines[-1].end))
        for ln, title in zip(lines, lines[1:], strict=False)
        if DOCUMENT_NUMBER.match(ln.text) and not HEADING.search(ln.text) and not HEADING.search(title.text)
    ]
    return lambda ln: any(a <= ln.start < b for a, b in spans)


def _own_source_lines(sessions: list[RawSession], header: list[Line], text: str) -> None:
    """A file of several documents, each closed (or each headed) by a source line of the page's kind that cites a
    file ("Source: ..., Fond 89, Perechen 42, Dokument 17"): each line names the file of its own session, not the
    page's. Where there is not one such line after each session, or one before each, nothing is. A line broken
    after a comma goes on over the next ("Source: ... (RGANI), f. 3," / "op. 16, d. 949, ll. 1-7.")."""
    if len(sessions) < 2 or any(s.source for s in sessions):
        return
    found: list[list[Line]] = [[] for _ in range(len(sessions) + 1)]  # before the first session, after each
    starts = [s.start for s in sessions]
    for ln, nxt in pairwise([*header, None]):
        if not SOURCE_LINE.match(ln.text):
            continue
        if nxt is not None and ln.text.endswith(",") and text.count("\n", ln.end, nxt.start) == 1:
            ln = join_lines([ln, nxt])
        if next(find_references(ln.text), None):
            found[bisect_right(starts, ln.start)].append(ln)
    one_each = [len(lines) == 1 for lines in found]
    if not found[0] and all(one_each[1:]):  # closing each
        own = found[1:]
    elif not found[-1] and all(one_each[:-1]):  # heading each
        own = found[:-1]
    else:
        return
    for s, (ln,) in zip(sessions, own, strict=True):
        s.source = ln


def read_text(path: Path, text: str, known: KnownName) -> RawDocument:
    """Lay out one decoded document.

    :raises DocumentError: when no session can be found in it.
    """
    verbatim, origin, page_url = text, None, None
    html, tei = is_html(text), is_tei(text)
    if path.suffix.lower() == ".xml" and not tei and not html:
        raise DocumentError("XML that is not a TEI document (<TEI> or <teiCorpus>), which kg cannot read", path)
    if html or tei:  # a web page, or a digital edition's TEI read as a page of the same roles
        page = read_page(text) if html else read_tei(text, known)
        text, origin, page_url = page.text, page.origin, page.url
    elif is_mail(text):  # a raw message, as a mail client saves it: its text part decoded
        text, origin = mail_plain(text)
    elif is_clippings(text):  # a reader's highlights in an ebook: those of the edition, her notes blanked
        text = clippings_plain(text)
    elif is_markdown(text):
        text = plain(text)
    elif is_rst(text):  # an edition's source: its markup blanked, and then its tables read as drawn tables are
        text = rst_plain(text)
        text, origin = read_boxes(text, simple=True) or (text, None)
    elif is_org(text):  # a historian's notes in Org mode: her marks, keywords, log and comments blanked
        text = org_plain(text)
    elif is_wikitext(text):
        text = wiki_plain(text)
    elif is_asciidoc(text):  # an edition's source: its markup, comments and header's dates blanked
        text = asciidoc_plain(text)
    elif is_zotero(text):  # a historian's library as its report copies: its fields, tags and dates blanked
        text = zotero_plain(text)
    elif is_dump(text):  # a page as a text-mode browser prints it, its links numbered
        text = dump_plain(text)
    elif boxed := read_boxes(text):  # a page as a text-mode browser prints it, its tables drawn in lines
        text, origin = boxed
    elif columns := read_columns(text):  # a page in two columns, as a PDF's text layer keeps them side by side
        text, origin = columns
    text = whole_titles(typeset(text))
    text = _with_english_titles(_without_label_glosses(text))
    text = _without_comments(_with_scanned_pages(_with_printed_pages(text)))
    text = _without_the_original(_without_line_numbers(_without_mail_quotes(text)))
    kept, dropped = _drop_repeats(_lines(text))
    lines = [
        piece
        for ln in _told_over_lines(_bracketed_sources(kept, text), text, known)
        for piece in _split_flattened(ln, known)
    ]
    zones = _zones(lines, text)
    header, body, note_lines = zones["trailer"], zones["body"], zones["notes"]
    title = _title(text)
    header_date = _page_date(lines, header)
    # (in the file's text, to its line's end: a Markdown page's link targets are blank in the readers'; in a copy of
    # columns, whose lines are in another order; a web page's address is the one it gives, not one of its links')
    linked = text if origin else verbatim
    found = (URL.finditer(linked, ln.start, _eol(linked, ln)) for ln in header + lines)
    url = page_url if html else next((m.group(0).rstrip(".,>") for matches in found for m in matches), None)
    sessions = BodyReader(text, known, header_date).run(body)
    others = _other_documents(lines, sessions)
    header = [ln for ln in header if not others(ln)]
    _own_source_lines(sessions, header, text)
    if len(sessions) == 1:  # the file of the only session; in a file of several, whose it is cannot be told
        header = sorted(header + [ln for ln in zones["source"] if not others(ln)], key=lambda ln: ln.start)
    else:
        note_lines = sorted(note_lines + zones["source"], key=lambda ln: ln.start)
    if title:  # a copy whose body has no heading: the page title names the meeting's body (each meeting's, of a
        # page of several: "Notes from the Sessions of the CPSU CC Presidium on 4 and 11 December 1958"), and the
        # protocol's number of the only one
        for s in sessions:
            s.body = s.body or body_name(title)
        if len(sessions) == 1:
            sessions[0].protocol = sessions[0].protocol or (m["n"] if (m := PROTOCOL.search(title)) else None)
    # a book's running head that names the body with its party ("THE PRESIDIUM OF THE CC CPSU. 1954    61") names
    # that of the sessions its pages print whose headings do not ("PROTOCOL No. 77. SESSION OF 22 JULY 1954")
    # (the cheap test first: few lines name a body, and only those are asked whether they are a running head)
    heads = {b for ln in lines if (b := body_name(ln.text)) and party_named(ln.text) and _running_head(ln, text)}
    if len(heads) == 1:
        for s in sessions:
            s.body = s.body or next(iter(heads))
    if not sessions or not any(s.turns or s.lists or s.date for s in sessions):
        raise DocumentError("no session found: no dated heading, attendance list or speaker turn", path)
    warnings = _warnings(path, text, verbatim, origin, sessions)
    compiler = next(
        (
            Line(ln.start + m.start("name"), ln.start + m.end("name"), m["name"])
            for ln in header
            for m in COMPILED_BY.finditer(ln.text)
        ),
        None,
    )
    notes = _split_notes(note_lines, text)
    _sources_in_notes(sessions, notes, text)
    return RawDocument(
        path=path,
        text=text,
        verbatim=verbatim,
        sha256=hashlib.sha256(verbatim.encode("utf-8")).hexdigest(),
        title=title,
        url=url,
        header=header,
        sessions=sessions,
        notes=notes,
        compiler=compiler,
        repeats=dropped,
        warnings=warnings,
        origin=origin,
    )


MAX_BYTES = 2_000_000  # one document: the genre's files are kilobytes; 2 MB takes half a minute and 1.5 GB to build


def file_line(verbatim: str, origin: Origin | None, pos: int) -> int:
    """The file's line an offset into the readers' copy stands on (a web page's words moved: ``origin``)."""
    return line_number(verbatim, origin.starts[pos] if origin else pos)


def _warnings(
    path: Path, text: str, verbatim: str, origin: Origin | None, sessions: list[RawSession]
) -> list[DocumentWarning]:
    """What the document lacks or garbles; facts are built without it and nothing fills the gap. (Lines are
    counted in the file's ``verbatim`` text, whose lines a plain copy may have joined or moved: ``origin``.)"""
    out = []

    def line(pos: int) -> int:
        return file_line(verbatim, origin, pos)

    for s in sessions:
        if s.date is None:
            out.append(DocumentWarning(f"session {s.index} has no date; it is kept undated", path, line(s.start)))
        if not any(lst.kind in ("listed", "chair", "spoke") for lst in s.lists):
            out.append(DocumentWarning(f"session {s.index} has no attendance list", path, line(s.start)))
    for start in incomplete_references(text):
        snippet = text[start : start + 60].split("\n")[0]
        out.append(
            DocumentWarning(
                f"incomplete archive reference (archive, F., Op., D. expected): {snippet!r}", path, line(start)
            )
        )
    tail = verbatim.rstrip()  # (the file's end: a Markdown page's last link or emphasis is blank in ``text``)
    last_line = tail.rsplit("\n", 1)[-1]
    if len(last_line) > 10 and tail[-1].isalpha():  # a long last line that ends in the middle of a word or sentence
        out.append(
            DocumentWarning("the text stops mid-sentence (a truncated copy?)", path, line_number(verbatim, len(tail)))
        )
    return out


def _eol(text: str, ln: Line) -> int:
    """Where the physical line of ``text`` that ``ln`` is on ends."""
    end = text.find("\n", ln.end)
    return len(text) if end < 0 else end


def _title(text: str) -> str | None:
    """The page title: the first paragraph that is not only a date or the site's menu, markup removed.

    A bold (``**...**``) title may wrap over several lines; otherwise the first line is the title.
    """
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip("*# ") for ln in para.strip().split("\n") if ln.strip("*# ")]
        lines = [ln for ln in lines if not _BOILERPLATE.match(ln)]
        if lines and is_date_line(lines[0]):
            lines = lines[1:]
        if lines:
            title = " ".join(lines) if "**" in para else lines[0]
            title = re.split(r"\s(?:get citation|Citation|CITATION|Summary|Skip to)\b", title)[0]
            return re.sub(r"\s+", " ", title)[:300]
    return None


def _page_date(lines: list[Line], header: list[Line]) -> str | None:
    """The date the page gives its meeting: a line of its own at the top, or the citation's.

    A date in the summary, a speech or a note is about something else; it is never taken for the
    meeting's (an undated session is reported, not guessed).
    """
    top = [ln.text for ln in lines[:3] if is_date_line(ln.text)]
    citation = [ln.text for ln in header if _SITE.search(ln.text)]
    return next((found[0] for t in [*top, *citation] if (found := parse_date(t))), None)


def read_file(path: Path, known: KnownName) -> RawDocument:
    """Read and lay out one file.

    :raises DocumentError: the file cannot be read, is not text, or holds no session.
    """
    return read_text(path, decode(read_bytes(path), path), known)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError when it cannot be read or is too big to be one document."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # reading a named pipe would wait for a writer for ever
            raise DocumentError("not a regular file (a folder, named pipe or device?)", path)
        size = st.st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit for one document; "
                "split it into its documents",
                path,
            )
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(f"cannot read: {e.strerror}", path) from None


# what a corpus holds: plain text, a page saved as Markdown, a wiki page's source, a web page's HTML (an e-book's
# XHTML too), a digital edition's TEI or a message as a mail client saves it (each read by its content, see
# ``kg.markdown``, ``kg.wiki``, ``kg.htmlpage``, ``kg.tei`` and ``kg.mail``)
DOCUMENT_SUFFIXES = (".txt", ".md", ".wiki", ".html", ".htm", ".xhtml", ".xml", ".eml")
# documents of kinds kg does not read: a typesetter's source, a PDF, a word processor's or an e-book's file
UNREAD_SUFFIXES = (".tex", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub")
# a folder's own papers, which a corpus kept in a repository may hold beside its documents
_NOT_DOCUMENTS = ("README", "CHANGELOG", "CHANGES", "CONTRIBUTING", "LICENSE", "NOTICE", "AUTHORS")


def iter_corpus(corpus: Path, suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> Iterator[Path]:
    """The documents of a corpus folder, in a stable order (manifests, READMEs and the like, and hidden files left
    out); with ``suffixes``, the files of those kinds."""
    for p in sorted(corpus.rglob("*")):
        if (
            p.suffix.lower() in suffixes
            and p.stem.upper() not in _NOT_DOCUMENTS
            and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
        ):
            yield p


def document_id(path: Path) -> str:
    """The document's name in the graph: its file's name without the suffix (a page's IRIs stay when it is saved
    again as Markdown), so two files of one name in two folders, or "x.txt" beside "x.md", would be one document."""
    return slug(path.stem)


def read_manifest(corpus: Path) -> tuple[dict[str, str], list[DocumentWarning]]:
    """File name → source address, from the corpus's ``manifest.tsv`` (columns ``file`` and ``source``), if any.

    A source that is not a web address is reported and left out: the document's own address, if it
    prints one, stands instead.
    """
    path = corpus / "manifest.tsv"
    if not path.is_file():
        return {}, []
    sources, warnings = {}, []
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        for row in rows:
            name, source = (row.get("file") or "").strip(), (row.get("source") or "").strip()
            if not name or not source:
                continue
            if URL.fullmatch(source):
                sources[name] = source
            else:
                reason = f"the source of {name} is not a web address ({source[:60]!r}); it is left out"
                warnings.append(DocumentWarning(reason, path, rows.line_num))
    return sources, warnings
