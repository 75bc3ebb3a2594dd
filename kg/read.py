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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentError, DocumentWarning
from kg.refs import find_references
from kg.sessions import PROTOCOL, BodyReader, RawSession
from kg.text import HEADER_LABEL, KnownName, Line, body_name, ends_sentence, parse_date, sub_line

# --- layout vocabulary -------------------------------------------------------


_TRAILER_LABEL = re.compile(
    r"^(?:Author\(s\)|Associated (?:Topics|People|Places|Organizations)|Subjects Discussed|Document Information"
    r"|Source|Original Archive|Rights|Related Documents|Keywords|Meta Data)\s*:?$",
    re.I,
)
_BOILERPLATE = re.compile(
    r"^(?:Skip to (?:main )?content|get citation|Citation|CITATION SHARE DOWNLOAD-?|- ?Share|- ?Download|Share|Download"
    r"|VIEW DOCUMENT IN|English HTML|English PDF|Menu|Search|Print|Top Secret|Single Copy|Secret|Strictly Secret"
    r"|This document was made possible with support from .*|\.(?:\s*\.)+)$",
    re.I,
)
_CONTENTS = re.compile(r"^(?:Contents|Translation\s*-\s*English)\s*:?$", re.I)
NOTES_HEADING = re.compile(
    r"(?:^|(?<=\s))(?:\[1\]\s*|\(1\)\s*)?(?:Translator[’'`]?s?|Editor[’'`]?s?)\s+Notes?\s*:?", re.I
)
_NOTE_START = re.compile(r"^\s*(?:\((?P<a>\d{1,3})\)|\[(?P<b>\d{1,3})\]|(?P<c>\d{1,3})\.?(?=\s))\s*")
_INLINE_NOTE = re.compile(r"\[(\d{1,3})\]")

COMPILED_BY = re.compile(r"\b[Cc]ompiled by\s+(?P<name>(?:[A-Z][a-z]?\.\s*){0,3}[A-Z][\w\-]+)")
URL = re.compile(r"https?://[^\s<>)\"]+")


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
    text: str
    sha256: str
    title: str | None
    url: str | None
    header: list[Line]  # citation, summary and trailer: where the notes' own archive reference is
    sessions: list[RawSession]
    notes: list[Note]
    compiler: Line | None
    repeats: list[tuple[int, int]]  # blocks dropped as copies of earlier text: no fact comes from them
    warnings: list[DocumentWarning] = field(default_factory=list)


# --- decoding -----------------------------------------------------------------


def decode(data: bytes, path: Path) -> str:
    """Bytes to text with ``\\n`` line ends, or a DocumentError saying why not.

    :raises DocumentError: empty, binary or not UTF-8/UTF-16 text.
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
            line = data[: e.start].count(b"\n") + 1
            raise DocumentError(
                f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded; save the file as UTF-8", path, line
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f")
    if controls > len(text) / 100:
        raise DocumentError("binary file, not text (control characters)", path)
    return text


# --- lines --------------------------------------------------------------------


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and (text[start].isspace() or text[start] in "*#>"):
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
    i = 0
    while i < len(lines):
        key = lines[i].text
        j = first.get(key) if len(key) > 15 else None
        if j is not None:
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


def _split_flattened(line: Line, known: KnownName) -> list[Line]:
    """Cut a line of a flattened copy where a new structural piece begins mid-line.

    Copies flattened into one paragraph run the attendance list, agenda items,
    speakers and the notes together; each cut point is one of those starts.
    """
    t = line.text
    cuts = set()
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +(?=(?:[IVX]{1,4})\.\s+[A-Z“\"])", t):
        if ends_sentence(t[: m.start()]):
            cuts.add(m.end())
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +(?=(?:Present|Those Taking Part|Also taking part)\s*:)", t):
        cuts.add(m.end())
    for m in NOTES_HEADING.finditer(t):
        if m.start() > 0:
            cuts.add(m.start())
    for m in re.finditer(r"(?<=[.!?\]\)”\"’]) +([A-Z][\w’'\-]+)\s+(?=([A-Z][a-z’']*)\b)", t):
        pronoun = m[2] == "I" and t[m.end() : m.end() + 2] != "I."  # "Khrushchev I think", not item "I."
        if ends_sentence(t[: m.start()]) and known(m[1]) and not known(m[2]) and (m[2] not in {"I"} or pronoun):
            cuts.add(m.start(1))
    pieces, prev = [], 0
    for c in sorted(cuts):
        pieces.append(sub_line(line, prev, c))
        prev = c
    pieces.append(sub_line(line, prev))
    return [p for p in pieces if p.text]


# --- zones ----------------------------------------------------------------------


def _zones(lines: list[Line]) -> tuple[list[Line], list[Line], list[Line]]:
    """Split lines into (header + trailer, body, notes)."""
    contents = max((i for i, ln in enumerate(lines) if _CONTENTS.match(ln.text)), default=-1)
    header: list[Line] = []
    body: list[Line] = []
    notes: list[Line] = []
    zone = "body"
    for i, ln in enumerate(lines):
        if i <= contents:
            header.append(ln)
            continue
        if _TRAILER_LABEL.match(ln.text):
            zone = "trailer"
            continue
        if HEADER_LABEL.match(ln.text) or _BOILERPLATE.match(ln.text):
            continue
        if zone != "trailer" and (heading := NOTES_HEADING.match(ln.text)):
            zone = "notes"
            if heading.group(0).startswith(("[", "(")):
                notes.append(ln)  # "[1] Translator's Note: ..." opens note 1 itself
            elif ln.text[heading.end() :].strip():
                notes.append(sub_line(ln, heading.end()))
            continue
        if zone == "body" and re.search(r"Digital Archive|\bget citation\b", ln.text, re.I):
            header.append(ln)  # a citation line in a copy without labels
            continue
        {"body": body, "notes": notes, "trailer": header}[zone].append(ln)
    return header, body, notes


def _split_notes(lines: list[Line], text: str) -> list[Note]:
    notes: list[Note] = []
    number: str | None = None
    parts: list[Line] = []
    for ln in lines:
        for piece in _inline_notes(ln):
            m = _NOTE_START.match(piece.text)
            found = m and (m["a"] or m["b"] or m["c"])
            if found and (number is None or int(found) == int(number) + 1):
                if number is not None:
                    notes.append(Note(number, tuple(parts)))
                number, parts = found, [piece]
            elif number is not None:
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


def read_text(path: Path, text: str, known: KnownName) -> RawDocument:
    """Lay out one decoded document.

    :raises DocumentError: when no session can be found in it.
    """
    kept, dropped = _drop_repeats(_lines(text))
    lines = [piece for ln in kept for piece in _split_flattened(ln, known)]
    header, body, note_lines = _zones(lines)
    title = _title(text)
    everything = " ".join(ln.text for ln in header)
    header_date = _first_date([ln.text for ln in lines[:3]] + [everything])
    url = next((m.group(0).rstrip(".,>") for ln in header + lines for m in URL.finditer(ln.text)), None)
    sessions = BodyReader(known, header_date).run(body)
    if len(sessions) == 1 and title:  # a copy whose body has no heading: the page title names the meeting
        s = sessions[0]
        s.body = s.body or body_name(title)
        s.protocol = s.protocol or (m["n"] if (m := PROTOCOL.search(title)) else None)
    if not sessions or not any(s.turns or s.lists or s.date for s in sessions):
        raise DocumentError("no session found: no dated heading, attendance list or speaker turn", path)
    warnings = _warnings(path, text, sessions)
    compiler = next(
        (
            Line(ln.start + m.start("name"), ln.start + m.end("name"), m["name"])
            for ln in header
            for m in COMPILED_BY.finditer(ln.text)
        ),
        None,
    )
    return RawDocument(
        path=path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        url=url,
        header=header,
        sessions=sessions,
        notes=_split_notes(note_lines, text),
        compiler=compiler,
        repeats=dropped,
        warnings=warnings,
    )


_PARTIAL_REF = re.compile(r"\b(?:[A-Z][a-z]*){2,}[A-Za-z]*(?:\s+RF)?,?\s+(?:F\.|Fond)\s*\d+")
MAX_BYTES = 20_000_000  # one document; the genre's files are kilobytes, a bigger one is a corpus or an accident


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _warnings(path: Path, text: str, sessions: list[RawSession]) -> list[DocumentWarning]:
    """What the document lacks or garbles; facts are built without it and nothing fills the gap."""
    out = []
    for s in sessions:
        if s.date is None:
            out.append(
                DocumentWarning(f"session {s.index} has no date; it is kept undated", path, _line(text, s.start))
            )
        if not any(lst.kind in ("listed", "chair", "spoke") for lst in s.lists):
            out.append(DocumentWarning(f"session {s.index} has no attendance list", path, _line(text, s.start)))
    complete = {start for start, _, _ in find_references(text)}
    for m in _PARTIAL_REF.finditer(text):
        if m.start() not in complete:
            snippet = text[m.start() : m.start() + 60].split("\n")[0]
            out.append(
                DocumentWarning(
                    f"incomplete archive reference (archive, F., Op., D. expected): {snippet!r}",
                    path,
                    _line(text, m.start()),
                )
            )
    tail = text.rstrip()
    last_line = tail.rsplit("\n", 1)[-1]
    if len(last_line) > 10 and tail[-1].isalpha():  # a long last line that ends in the middle of a word or sentence
        out.append(DocumentWarning("the text stops mid-sentence (a truncated copy?)", path, _line(text, len(tail))))
    return out


def _title(text: str) -> str | None:
    """The page title: the first paragraph that is not only a date, markup removed.

    A bold (``**...**``) title may wrap over several lines; otherwise the first line is the title.
    """
    for para in re.split(r"\n\s*\n", text):
        lines = [ln.strip("*# ") for ln in para.strip().split("\n") if ln.strip("*# ")]
        if lines and (found := parse_date(lines[0])) and found[1] == 0 and found[2] >= len(lines[0].rstrip(". ")):
            lines = lines[1:]
        if lines:
            title = " ".join(lines) if "**" in para else lines[0]
            title = re.split(r"\s(?:get citation|Citation|CITATION|Summary|Skip to)\b", title)[0]
            return re.sub(r"\s+", " ", title)[:300]
    return None


def _first_date(texts: list[str]) -> str | None:
    for t in texts:
        if found := parse_date(t):
            return found[0]
    return None


def read_file(path: Path, known: KnownName) -> RawDocument:
    """Read and lay out one file.

    :raises DocumentError: the file cannot be read, is not text, or holds no session.
    """
    return read_text(path, decode(read_bytes(path), path), known)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a DocumentError when it cannot be read or is too big to be one document."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit for one document; "
                "split it into its documents",
                path,
            )
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(f"cannot read: {e.strerror}", path) from None


def iter_corpus(corpus: Path) -> Iterator[Path]:
    """The documents of a corpus folder, in a stable order (manifests and hidden files left out)."""
    for p in sorted(corpus.rglob("*.txt")):
        if not any(part.startswith(".") for part in p.relative_to(corpus).parts):
            yield p


def read_manifest(corpus: Path) -> dict[str, str]:
    """File name → source address, from the corpus's ``manifest.tsv`` (columns ``file`` and ``source``), if any."""
    path = corpus / "manifest.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {r["file"]: r["source"] for r in csv.DictReader(f, delimiter="\t") if r.get("file") and r.get("source")}
