"""Text primitives shared by the stages that read the notes: lines with offsets, dates, sentences.

Everything here works on offsets into one document's text, so that what is found later can be
quoted back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

KnownName = Callable[[str], bool]
# Capital and small letters of the Latin alphabets the translations print names in ("Č", "Ś", "ł", "á"):
# built from Unicode's own cases, so no letter is listed by hand.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# one initial of a name: "A.", "Zh.", and with their own letters "Č." and "Wł."
INITIAL_LETTER = rf"[{UPPER}][{LOWER}]?\."

# The digits a page sets as superscripts, for a note marker ("Krenz¹").
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")
# A translator's footnote marker, "(3)", "[3]" or "³"; and one at the end of a name or title, to strip, which
# may also be a book's bare number glued to the last word or its stop ("Explosions4", "is published.4",
# "Cde. Rau.2"; not "No.1", "Art.5" or "L. 12").
NOT_A_POWER = r"(?<!\bm)(?<!km)(?<!cm)"  # a superscript after a unit is its power ("m²"), no note's marker
MARK = rf"(?:\(\d{{1,3}}\)|\[\d{{1,3}}\]|{NOT_A_POWER}[{SUPERSCRIPTS}]{{1,3}})"
TRAILING_MARK = re.compile(
    rf"\s*{MARK}\s*$|(?:(?<=[^\W\d_]{{3}})|(?<=[^\W\d_]{{3}}[.,]))(?<!\b(?:Art|Vol|Sec|Doc|Dok|Per|Dec|Nos|Fig)\.)"
    r"(?<!\bPara\.)\d{1,2}\s*$"
)

MONTH_NUMBERS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a date written out ("4 December 1958", "December 4, 1958"), or in the Russian numeric style, its month in Roman
# numerals or in digits ("24.III.1988", "13.11.1986"), the year's century left out after a Roman month ("20.III.58",
# as Malin dates his notes: the century is the twentieth, its years from 1940)
DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s*,?\s+(?P<y1>1[89]\d\d)|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>1[89]\d\d)"
    r"|(?P<d3>\d{1,2})\.\s?(?P<m3>XI{0,2}|IX|VI{0,3}|IV|I{1,3}|\d{1,2})\.\s?(?P<y3>1[89]\d\d|(?<=[IVX]\.)[4-9]\d(?!\d)))\b",
    re.I,
)
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}
# the first day of two before a date: "25-26 January 1972" (not a number's: "Protocol No. 12 – 26 January 1972")
_FIRST_DAY = re.compile(r"(?<![Nn]o\.\s)(?<![Nn]o\.)(?<![Nn]os\.\s)\b(\d{1,2})\s?[-–]\s?$")
HEADER_LABEL = re.compile(
    r"^(?:Citation|Summary|Original Language|Contents|Translation\s*-\s*\w+|Russian|Language|Record ID|Credits?)\s*:?$",
    re.I,
)


@dataclass(frozen=True)
class Line:
    """A line (or, in a flattened copy, a piece of one) with markup trimmed."""

    start: int
    end: int
    text: str


def blank(out: list[str], start: int, end: int) -> None:
    """Blanks ``out[start:end]``, a plain copy's characters, keeping its lines' ends: markup read away from a copy of
    the file's length (``kg.markdown``, ``kg.rst``, ``kg.org``), every offset still the file's."""
    out[start:end] = [c if c == "\n" else " " for c in out[start:end]]


def lines_at(text: str, at: int = 0) -> list[tuple[int, str]]:
    """The text's lines, each with where it starts (``text`` itself starting at ``at``; the last line without its
    line's end if it has none)."""
    lines, pos = [], at
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    return lines


def sub_line(line: Line, start: int, end: int | None = None) -> Line:
    """The part of ``line`` from ``start`` to ``end`` (relative), whitespace trimmed."""
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Line(line.start + start + lead, line.start + start + lead + len(text), text)


# how a line breaks off amid a sentence: on a hyphen, a comma, an open bracket or a joining word ("... the Meeting in")
_BREAKS_OFF = re.compile(r"(?:[-,(]|\b(?:and|or|of|to|with|by|for|in|on|at|the|from|between|about|Cdes?\.))$")


def breaks_off(line: str) -> bool:
    """Whether a printed line stops amid its sentence: on a hyphen, a comma, an open bracket, a joining word or a
    title without its man ("... and instructed Cde." / "Spychalski to ...")."""
    return bool(_BREAKS_OFF.search(line.rstrip()))


def goes_on(above: str, below: str) -> bool:
    """Whether the line ``below``, printed under ``above``, goes on with its sentence: ``above`` breaks off, or
    ``below`` opens in small letters or with a bracket."""
    below = below.lstrip()
    return breaks_off(above) or below[:1].islower() or below[:1] == "("


# what a copy from a word processor or a PDF carries that reads as something else: a no-break space as a space, a
# minus sign as a dash ("Cde. Andropov − We ..."); a soft hyphen at a line's end as a hyphen
_TYPOGRAPHY = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2212": "–"})
SOFT_HYPHEN = "\u00ad"
_SOFT_HYPHENED = re.compile(rf"\w+(?:{SOFT_HYPHEN}\w+)+")
# the characters of a file a reading copy leaves out of a word, moving its letters up (``typeset``, and
# ``kg.markdown``'s escaped apostrophe: "Mikoyan\'s"): a span that ends in the word ends as many further on in the file
_DROPPED = re.compile(rf"(?<=\w){SOFT_HYPHEN}(?=\w)|(?<=\w)\\(?=['’]\w)")


def dropped(text: str, start: int, end: int) -> int:
    """How many characters of ``text[start:end]`` a reading copy left out of their words (a few characters past
    ``end`` are looked at: an escape's apostrophe and letter may lie beyond it)."""
    return sum(1 for m in _DROPPED.finditer(text, start, end + 2) if m.start() < end)


def typeset(text: str) -> str:
    """The text as the readers read it, of the same length: no-break spaces and minus signs as above, and a word
    with soft hyphens inside it ("Kiri\u00adlenko") whole, its letters moved up by one for each and spaces after it
    ("Kirilenko "), so that a span that ends in it ends one further on in the file (see ``extract._quoted``)."""
    text = text.translate(_TYPOGRAPHY).replace(SOFT_HYPHEN + "\n", "-\n")
    if SOFT_HYPHEN not in text:
        return text
    return _SOFT_HYPHENED.sub(lambda m: m[0].replace(SOFT_HYPHEN, "") + " " * m[0].count(SOFT_HYPHEN), text)


# a form of address a printed page broke over two lines at a sentence's start ("... of Népszabadság. Com-" / "rades
# Fehér, Kiss and Marosán spoke ..."), after a sentence's end on its line or at the line's start: the title the readers
# look for there (not amid a sentence: "After the report of Com-" / "rade Fock: the ...", no speaker's mark)
_BROKEN_TITLE = re.compile(
    r"(?:(?<=[.!?)\]”\"’])(?P<space>[ \t])|^(?P<indent>[ \t]*))(?P<head>Com(?:r(?:a(?:d)?)?)?)-\n[ \t]*"
    r"(?P<tail>[a-z]+)\b(?![-'’])",
    re.M,
)


def whole_titles(text: str) -> str:
    """The text with a form of address broken over two lines made whole at the head of the second, of the same
    length: the line break moved before it and spaces after it, so that a line that opens with those who spoke
    ("Comrades Fehér, Kiss and Marosán spoke ...") is read as one, and a quote of it is still the page's words."""

    def whole(m: re.Match[str]) -> str:
        word = m["head"] + m["tail"]
        if word not in ("Comrade", "Comrades"):
            return m[0]
        return (("\n" if m["space"] else m["indent"]) + word).ljust(len(m[0]))

    return _BROKEN_TITLE.sub(whole, text)


def one_line(text: str) -> str:
    """A passage printed over lines as one line: a word the line broke mended ("Ex-" / "plosions"), every run of
    whitespace one space."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])-\n\s*(?=[a-z])", "", text))


def join_lines(lines: list[Line]) -> Line:
    """Lines printed one under another, as one line: the gaps between them are blanked, so offsets into the
    joined text stay those of the document; but a word the line broke keeps its line's end, so that it is read
    whole ("(Voro-" / "shilov, Pospelov)"), as in the document's own text."""
    first, text = lines[0], lines[0].text
    for nxt in lines[1:]:
        gap = nxt.start - first.start - len(text)
        broken = text.endswith("-") and nxt.text[:1].islower() and gap > 0
        text += ("\n" + " " * (gap - 1) if broken else " " * gap) + nxt.text
    return Line(first.start, lines[-1].end, text)


def mend_break(word: Line, nxt: Line) -> Line | None:
    """A word a printed page broke over two lines ("Kryuch-" / "kov, E. K. Ligachev"), whole: its text
    joined ("Kryuchkov"), its span the printed one, hyphen and line end included, so that the quote stays
    the page's words. None if the next line does not go on in small letters: then it is no broken word."""
    m = re.match(r"[^\W\d_A-Z]+", nxt.text)
    if not word.text.endswith("-") or not m or not m[0].islower():
        return None
    return Line(word.start, nxt.start + m.end(), word.text[:-1] + m[0])


_SUPERSCRIPT_GAP = str.maketrans(dict.fromkeys(SUPERSCRIPTS, " "))


# a decision's numbered or lettered point: "1. ", "a) ", "(b) "
POINT = re.compile(r"^\s*(?:\d{1,2}\.|\(?[a-h]\))(?=\s|$)\s*")
# an editor's remark on the page in brackets: "[sic]", "[illegible]", "[two words illegible]", "[word missing]"
EDITOR_REMARK = r"(?i:sic|(?:[a-z]+\s+){0,4}(?:illegible|missing)(?:\s+[a-z]+){0,4})"
# an editor's insertion of words the manuscript leaves out: "[are to]", "[on the]", "[I am]", "[We]"; not his remarks
# on the page nor a completion glued to an abbreviation ("Khr[ushchev]")
_INSERTION = re.compile(rf"(?<!\w)\[(?!{EDITOR_REMARK}\])((?:(?:I|We|He|She|They)\b ?)?[a-z ’'-]*)(?<!\[)\]")


# a word in small letters a printed line broke ("The Committee in-" / "  structed Comrade ..."), read whole
_BROKEN_WORD = re.compile(r"\b([a-z]+)-\n([ \t]*)([a-z]+)")


def mend_words(text: str) -> str:
    """The text with each word in small letters that a line broke whole, of the same length: its two pieces
    joined, the hyphen, the line's end and the next line's indent put after it as spaces ("instructed   ")."""
    return _BROKEN_WORD.sub(lambda m: m[1] + m[3] + " " * (len(m[2]) + 2), text)


@lru_cache(maxsize=1)
def with_insertions(text: str) -> str:
    """The text as its editor reads it, his inserted words ("Cdes. A, B [are to] finalize the text") read as
    printed ones and the words a line broke whole (``mend_words``), with every offset kept: what the words say is
    found there, the quote taken from the text. Each session's positions and tasks ask for it of the whole
    document: the last one is kept."""
    return mend_words(_INSERTION.sub(lambda m: f" {m[1]} ", text))


def whole_insertions(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to take in whole the editor's insertions it begins or ends inside, so that a quote of
    words matched in ``with_insertions`` keeps his brackets: "[I am] for adopting", not "I am] for adopting"; and
    one that ends amid a word a line broke ends as much further on as the break took ("should be adopt-" / "ed")."""
    for m in _INSERTION.finditer(text, max(0, start - 80), end + 80):
        if m.start() < start < m.end():
            start = m.start()
        if m.start() < end < m.end():
            end = m.end()
    for m in _BROKEN_WORD.finditer(text, max(start, end - 80), end + 80):
        if m.end(1) < end <= m.start(1) + len(m[1]) + len(m[3]):  # (ending amid the word's letters, read whole)
            end += len(m[2]) + 2
    return start, end


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date written out in ``text`` as (ISO date, start, end); a note marker glued to it
    ("30 May 1987¹") is no digit of its year. Of a meeting of two days ("25-26 January 1972"), its first."""
    found = _first_date(text)
    return found[:3] if found else None


def last_day(text: str) -> str | None:
    """The last day of the days the first date in ``text`` gives ("22-23 November 1978"), as an ISO date; None for one
    day."""
    found = _first_date(text)
    return found[3] if found else None


def _first_date(text: str) -> tuple[str, int, int, str | None] | None:
    """The first date in ``text``: (ISO date, start, end, and the ISO date of its last day where it gives two)."""
    for m in DATE.finditer(text.translate(_SUPERSCRIPT_GAP)):
        day, month, year = (
            (m["d1"], m["m1"], m["y1"])
            if m["d1"]
            else (m["d2"], m["m2"], m["y2"])
            if m["d2"]
            else (m["d3"], m["m3"], m["y3"])
        )
        number = int(month) if month.isdigit() else _ROMAN_MONTHS.get(month.upper()) or MONTH_NUMBERS[month.lower()]
        year = year if len(year) == 4 else f"19{year}"
        start, last = m.start(), None
        if m["d1"] and (first := _FIRST_DAY.search(text, 0, start)) and int(first[1]) < int(day):
            last = _iso(int(year), number, int(day))
            day, start = first[1], first.start()  # a meeting of two days, "25-26 January 1972": from its first
        if iso := _iso(int(year), number, int(day)):
            return iso, start, m.end(), last
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# a line that ends a sentence of prose (not a title's "(Excerpt)" nor an address's number)
ENDS_SENTENCE = re.compile(r"[a-z][.!?][”\"]?$")


def is_date_line(text: str) -> bool:
    """Whether ``text`` is a date and nothing else ("November 27, 1956.", "30 May 1987¹")."""
    text = TRAILING_MARK.sub("", text)  # the note marker after it
    found = parse_date(text)
    return bool(found and found[1] == 0 and found[2] >= len(text.rstrip(". ")))


def line_number(text: str, offset: int) -> int:
    """The 1-based line of ``text`` that ``offset`` is on."""
    return text.count("\n", 0, offset) + 1


_ORGAN = (
    r"Presidium|Politburo|Political Bureau|Political Committee|Political Executive Committee"
    r"|Political Consultative Committee|Secretariat|Plenum|Orgburo"
    r"|Politbiuro|Prezidium"  # the Russian words, transliterated
)
_ORGAN_NAMES = {"political bureau": "Politburo", "politbiuro": "Politburo", "prezidium": "Presidium"}
# A party's initials as translations print them: "PZPR", "KSČ", "CPCz", "HSWP", "SED" (two capitals at least).
# (not a heading's words in capitals: "OF THE CC CPCz HELD ON ...", "... OF THE CC MAY 5")
_HEADING_WORDS = r"(?!(?:THE|OF|AND|ON|IN|AT|BY|AS|FOR|TO|WITH|FROM|HELD|DATED|MAY|JUNE|JULY)\b)"
_PARTY = rf"{_HEADING_WORDS}(?=\w*[{UPPER}]\w*[{UPPER}])[{UPPER}][{UPPER}{LOWER}]{{1,6}}"
_PARTY_BEFORE = re.compile(rf"\b(?!CC\b)({_PARTY})\s+(?:CC\b|Central Committee|{_ORGAN})")  # "PZPR CC", "SED Politburo"
# "the Politburo of the CC of the PZPR", "THE POLITBURO OF THE CC OF THE SED", "the Presidium of the CC CPCz" (after
# "CC" alone, short initials or some in small letters: not a heading's next word in capitals, "OF THE CC MARCH 5", "CC
# PLENUM", "CC ABOUT ..."; a party spelled out is read before these: "OF THE POLISH UNITED WORKERS' PARTY")
_BARE_PARTY = rf"{_HEADING_WORDS}(?:[{UPPER}]{{2,4}}|(?=\w*[{LOWER}])[{UPPER}][{UPPER}{LOWER}]{{1,5}})"
_PARTY_AFTER = re.compile(rf"\b(?:CC|Central Committee) (?:(?i:of the) ({_PARTY})|({_BARE_PARTY}))\b")  # ("OF THE SED")


# a party's name spelled out: "the Political Committee of the Hungarian Socialist Workers' Party"
_PARTIES = {
    "hungarian socialist workers": "HSWP",
    "socialist unity party": "SED",
    "polish united workers": "PZPR",
    "communist party of czechoslovakia": "KSČ",
    "bulgarian communist party": "BCP",
    "romanian communist party": "RCP",
    "romanian workers": "RWP",
}
# (the body's own party, its name after the body's: not "the Presidium ... on the letter of the Socialist Unity Party")
_SPELLED_PARTY = re.compile(
    rf"\b(?:{_ORGAN}|CC|Central Committee) of the (?P<party>" + "|".join(_PARTIES) + ")", re.I
)  # (matched in a heading whose blanks are single spaces)


def body_name(text: str) -> str | None:
    """'CPSU CC Presidium', 'PZPR CC Politburo', 'HSWP Political Committee' from the ways a heading names the body."""
    t = re.sub(r"\s+", " ", text)
    organ = re.search(rf"\b({_ORGAN})\b", t, re.I)
    if not organ:
        return None
    name = _ORGAN_NAMES.get(organ[1].lower(), organ[1].title())
    cc = re.search(r"\bCC\b|Central Committee|\bTsK\b", t, re.I)
    return " ".join(p for p in (party_named(t), "CC" if cc else None, name) if p)


def party_named(text: str) -> str | None:
    """The party a heading names, by its initials or spelled out ("... OF THE POLISH UNITED WORKERS' PARTY" is the
    PZPR's, not a "POLISH" party's: the spelled-out name first)."""
    t = re.sub(r"\s+", " ", text)
    if re.search(r"\bCPSU\b|Communist Party of the Soviet Union|\bKPSS\b", t, re.I):
        return "CPSU"
    if spelled := _SPELLED_PARTY.search(t):
        return _PARTIES[spelled["party"].lower()]
    m = _PARTY_BEFORE.search(t) or _PARTY_AFTER.search(t)
    return next((g for g in m.groups() if g), None) if m else None


_LETTERED_NAMES = r"(?:U\.S\.A|U\.S|U\.K|U\.N|D\.C|G\.D\.R|F\.R\.G|P\.R\.C|C\.C|E\.C|N\.Y)\."
_ABBREVIATION = re.compile(
    rf"(?:^|[\s(\[“\"])(?:{INITIAL_LETTER}|(?:[Cc]des?|Comr|No|Nos|Vols?|LI|pp?|g|ob|Mrs|vs|cf|etc|ll?|ff?|fol)\.)$"
    # initials set close ("M.V. Zimyanin"), not a country's or a party's letters ("the talks with the U.S. Cde. X
    # ...", "the S.E.D. Cde. Y ...")
    rf"|(?:^|(?<![Tt]he)[\s(\[“\"])(?!{_LETTERED_NAMES}$)(?:{INITIAL_LETTER}){{2,3}}$"
)


def ends_sentence(before: str) -> bool:
    """Whether the text before a cut ends a sentence (not an initial or an abbreviation such as "Cde.")."""
    before = before.rstrip()
    # only the last few characters can hold an abbreviation: looking further made a long run of
    # initials quadratic (a search from ``pos`` does not let ``^`` match there)
    return not _ABBREVIATION.search(before, max(0, len(before) - 14))


STOPS = re.compile(r"[.!?)\]”\"]$")  # a line that ends a sentence


# (not in _ABBREVIATION: a dash before "Cde." there would also join "... Propaganda—Cde. X." to a list above it)
_DASHED_CDE = re.compile(r"[—–](?:[Cc]des?|Comr)\.$")
_INITIAL_NEXT = re.compile(rf"\s+{INITIAL_LETTER}")
# the next part of an archive reference after a full stop: "F. 3", "Op. 14", "D. 119", "L. 1", "Ll. 31-35"
_REFERENCE_PART_NEXT = re.compile(r"\s+(?:F|Op|D|Ll?|Per|Dok)\.\s?\d")
_LETTERED_POINT = re.compile(r"\s+[a-h]\)\s")
_ITEM_NUMBER_END = re.compile(r"\b(?:items?|points?|questions?|sections?|parts?)\s+(?-i:[IVXL]{1,4})\.$", re.I)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence bounds in ``text[start:end]``, not cut after initials, nor inside a reference printed with full
    stops ("RGANI. F. 3. Op. 14. D. 119. L. 1")."""
    out, begin = [], start
    # after a book's bare note marker too ("... the trip.4 Instruct ...", a note's after a quote: '... said "no."(3)
    # Then ...'); before a capital, a quote or a bracket, the number or letter of a decision's next point ("... 8
    # September." / "3. ...", "b) ...") or a cut (". . . .")
    for m in re.finditer(
        rf"[.!?](?:{MARK}|(?<=[a-z)]\.)\d{{1,2}}(?=\s+[A-Z]))?[”\"’)]*(?:{MARK})?(?=\s+(?:[A-Z“\"(\[]|\d{{1,2}}\.\s|[a-h]\)\s|\.\s))"
        # a decision's point that ends in ";" before the next with its own verb or subject ("c) to instruct ..."),
        # not the contents one task lists ("including: a) fuel; b) trucks")
        r"|;(?=[ \t]*\n[ \t]*(?:[a-h]\)|\d{1,2}\.)\s+(?:to\s+[a-z]|(?:instructed|obliged|charged|entrusted)\s"
        r"|(?:Cdes?\.|Comrades?)\s|(?:Instruct|Oblige|Entrust|"
        r"Approve|Adopt|Accept|Confirm)\b|[A-Z][\w’'\-]+\s+(?:is|are)\s+to\b"
        # (or a man after his post: "c) the Minister of Culture, Comrade X, is to ...")
        r"|[^;\n]{0,100}?,\s+(?:Cdes?\.|[Cc]omrades?)\s[^;\n,]{2,60},\s+(?:is|are)\s+to\b))",
        text[start:end],
    ):
        stop = start + m.end()
        before = text[begin : start + m.start() + 1]
        # "for item I." ends a sentence where no initial follows ("question I. V. Kapitonov" is a name)
        numbered = _ITEM_NUMBER_END.search(before[-24:]) and not _INITIAL_NEXT.match(text, stop)
        if _REFERENCE_PART_NEXT.match(text, stop):
            continue  # a reference printed with full stops: "RGANI. F. 3. Op. 14. D. 119. L. 1"
        referred = text[start + m.start() - 1 : start + m.start()].isdigit() and _LETTERED_POINT.match(text, stop)
        if m[0] == "." and referred:
            continue  # a point referred to, not the next one: "... point 3. a) of the resolution"
        # "The Politburo Commission—Cdes. Andropov, ..." goes on after "Cdes."
        if numbered or ends_sentence(before) and not _DASHED_CDE.search(before):
            out.append((begin, stop))
            begin = stop
    if text[begin:end].strip():
        out.append((begin, end))
    return out
