"""A raw e-mail, as a mail client saves it ("Save as .eml", "Show original"): headers, then a body in MIME parts.

A colleague's message that carries a transcription holds it in its text part, coded for transport: quoted-printable
("Khrush=" / "chev=E2=80=94 We must ...", its lines cut at 76 characters, each cut marked by a soft break) or base64,
and often the same words again as an HTML part. ``plain`` gives the readers what a mail client shows: the text of the
message's text parts, decoded (a part in HTML alone read as a web page is), without the headers, the MIME
boundaries, the parts that are not text and the sender's signature (which would run on as the last speaker's
words). The headers' dates are the message's, not a session's, and are left out with them.

The copy is not of the file's length (a coded character stands for up to twelve of the file's), so its ``Origin``
keeps the span of the file each character shows, and the evidence quotes the file, as for a web page's text.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from email.message import Message
from email.parser import HeaderParser
from itertools import pairwise

from kg.htmlpage import Copy, Origin
from kg.htmlpage import read as read_page

# a header's line: its name and a colon ("Content-Transfer-Encoding: quoted-printable"), or an mbox's "From " line
_HEADER = re.compile(r"[!-9;-~]+:[ \t]|From \S")
# the headers a message has and a document's first lines hardly have so: a raw message has two of them at least
_MESSAGE_HEADERS = frozenset(
    "mime-version content-type content-transfer-encoding received return-path message-id delivered-to".split()
)
_CODINGS = ("quoted-printable", "base64")  # the transfer codings decoded (others leave the text as it is)
_QUOTED = re.compile(r"=(?:([0-9A-Fa-f]{2})|[ \t\0]*\n)")  # a coded byte, or a soft break at a line's end
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")  # a body coded in base64: its letters alone
_LINE_END_SPACE = re.compile(r"[ \t]+(?=\n)")  # (a mail client drops it: a coded line's own spaces are "=20")
# the sender's signature: its delimiter, "-- " alone on a line, and the lines under it up to a blank line (a reply's
# quotation of the message before may follow) or the part's end
_SIGNATURE = re.compile(r"^--[ \u00a0]\n.*?(?=\n\n|\Z)", re.M | re.S)


def _headers(text: str, start: int) -> tuple[Message, int]:
    """The headers that open at ``start`` and where the body after them starts (after their blank line)."""
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end + 2
    return HeaderParser().parsestr(text[start:end]), end


def is_mail(text: str) -> bool:
    """Whether a file is a raw message: it opens with headers, two of them a message's own (``_MESSAGE_HEADERS``),
    not with the few a list's archive prints over a message it shows decoded ("From:", "Date:", "Subject:")."""
    head = text[:65536]  # (a mail service's headers of signatures and routes run past 8 KB)
    block = head.split("\n\n", 1)[0]
    lines = block.split("\n")
    if len(block) == len(head) < len(text):  # no blank line yet: the last line may be cut
        lines.pop()
    if not lines or not _HEADER.match(lines[0]) or not all(_HEADER.match(ln) or ln[:1] in " \t" for ln in lines):
        return False
    names = {ln.split(":", 1)[0].lower() for ln in lines if ":" in ln}
    return len(names & _MESSAGE_HEADERS) >= 2


def _bytes_of(text: str, start: int, end: int, coding: str, charset: str) -> list[tuple[int, int, int]]:
    """The part's body ``text[start:end]``, coded (``_CODINGS``), as the bytes it codes, each with the file's span
    that gives it."""
    found: list[tuple[int, int, int]] = []
    if coding == "base64":  # four letters give three bytes (the spans: the four letters' lines)
        letters = [(i, c) for i in range(start, end) if (c := text[i]) not in " \t\n"]
        for k in range(0, len(letters) - len(letters) % 4, 4):
            group = letters[k : k + 4]
            try:
                data = base64.b64decode("".join(c for _, c in group))
            except (binascii.Error, ValueError):
                continue
            found += [(b, group[0][0], group[-1][0] + 1) for b in data]
        return found
    body = _LINE_END_SPACE.sub(lambda m: "\0" * len(m[0]), text[start:end])  # (blanked of the same length)
    pos = 0
    for m in _QUOTED.finditer(body):
        found += _plain_bytes(body, pos, m.start(), start, charset)
        if m[1]:
            found.append((int(m[1], 16), start + m.start(), start + m.end()))
        pos = m.end()
    return found + _plain_bytes(body, pos, len(body), start, charset)


def _plain_bytes(body: str, start: int, end: int, offset: int, charset: str) -> list[tuple[int, int, int]]:
    """The bytes of a quoted-printable body's characters that are not coded, ``body[start:end]`` (its line ends'
    blanks left out), in the part's charset."""
    return [
        (b, offset + i, offset + i + 1)
        for i in range(start, end)
        if body[i] != "\0"
        for b in body[i].encode(charset, "replace")
    ]


def _decoded(coded: list[tuple[int, int, int]], charset: str) -> tuple[str, list[tuple[int, int]]]:
    """The bytes read in the part's charset, each character with the span of the file its bytes come from."""
    decoder = codecs.getincrementaldecoder(charset)("replace")
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    first = None  # where the character being read starts
    for b, start, end in coded:
        first = start if first is None else first
        if out := decoder.decode(bytes([b])):
            chars += out
            spans += [(first, end)] * len(out)
            first = None
    return "".join(chars), spans


def _charset(part: Message) -> str:
    name = part.get_content_charset() or "us-ascii"
    try:
        return codecs.lookup("cp1252" if name in ("us-ascii", "iso-8859-1", "latin-1") else name).name
    except LookupError:
        return "utf-8"


def _parts(text: str, start: int, end: int, headers: Message) -> list[tuple[Message, int, int]]:
    """The leaves of the message (or part) whose body is ``text[start:end]``: each part with its body's span;
    of an alternative's versions, the plain text's (its HTML the same words again)."""
    kind = headers.get_content_type()
    if kind == "message/rfc822":  # a message forwarded whole: its own headers and body
        inner, body = _headers(text, start)
        return _parts(text, body, end, inner)
    boundary = headers.get_boundary()
    if not kind.startswith("multipart/") or not boundary:
        return [(headers, start, end)]
    lines = re.compile(rf"^--{re.escape(boundary)}(--)?[ \t]*$", re.M)
    marks = [(m.start(), m.end(), bool(m[1])) for m in lines.finditer(text, start, end)]
    leaves = []
    # (a message cut short has no closing boundary: its last part runs to the end)
    for (_, at, closing), (nxt, _, _) in pairwise([*marks, (end + 1, end + 1, True)]):
        if closing:  # the closing boundary: what follows is the message's epilogue
            break
        inner, body = _headers(text, min(at + 1, end))
        leaves.append(_parts(text, body, max(body, nxt - 1), inner))
    if kind == "multipart/alternative":
        texts = [p for p in leaves if p and p[0][0].get_content_type() == "text/plain"]
        # (unless the plain version is a stub beside the others, "This message is in HTML": then the last, the
        # richest, as a mail client shows it)
        if texts and not _stub(text, texts[0], leaves[-1]):
            return texts[0]
        return leaves[-1] if leaves else []
    return [leaf for part in leaves for leaf in part]


def _stub(text: str, plain: list[tuple[Message, int, int]], rich: list[tuple[Message, int, int]]) -> bool:
    """Whether a message's plain version is a stub beside its richer one ("This message is in HTML format ..."): a
    fifth of its words or fewer, or fewer words and not the same ones. Words, not bytes: an HTML's styles or an image
    beside it make a full plain version look small."""
    plain_words, rich_words = (
        set(_WORD.findall(" ".join(_shown(text, part, start, end)[0] for part, start, end in version).lower()))
        for version in (plain, rich)
    )
    few = len(plain_words) * 5 <= len(rich_words)  # (a teaser: "Session of 20 September 1962", the record in HTML)
    return few or len(plain_words & rich_words) * 2 < len(plain_words) < len(rich_words)


_WORD = re.compile(r"[^\W\d_]{3,}")


def _shown(text: str, part: Message, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """The text a mail client shows of one part, with each character's span in the file ("" for a part of no
    text: an image)."""
    kind = part.get_content_type()
    if kind not in ("text/plain", "text/html"):
        return "", []
    coding = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    if coding == "base64" and not _BASE64.fullmatch(text, start, end):
        coding = "8bit"  # an archive's copy that kept the header over the body it decoded
    if coding in _CODINGS:
        charset = _charset(part)
        words, spans = _decoded(_bytes_of(text, start, end, coding, charset), charset)
    else:  # not coded ("7bit", "8bit"): the file's own text, as ``read.decode`` read it
        words, spans = text[start:end], [(i, i + 1) for i in range(start, end)]
    if kind == "text/html":  # a message in HTML alone: its text as a web page's, from the file's spans
        page = read_page(words)
        words = page.text
        spans = [(spans[page.origin.starts[i]][0], spans[page.origin.ends[i] - 1][1]) for i in range(len(words))]
    return words, spans


def plain(text: str) -> tuple[str, Origin]:
    """What a mail client shows of a raw message, with where each of its characters comes from (see the module's
    docstring)."""
    copy = Copy()
    headers, body = _headers(text, 0)
    for part, start, end in _parts(text, body, len(text), headers):
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        words, spans = _shown(text, part, start, end)
        if copy.pieces:
            copy.put(start, "\n\n")  # (between two parts: a paragraph's break)
        for m in reversed(list(_SIGNATURE.finditer(words)) if kind == "text/plain" else []):
            words, spans[m.start() : m.end()] = words[: m.start()] + words[m.end() :], []
        for ch, (at, to) in zip(words, spans, strict=True):
            copy.put_span(at, to, ch)
    return copy.done()
