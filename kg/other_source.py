"""What a translator's note says another source (the formal protocol) records about attendance.

Notes word this many ways: "the participants included A and B", "According to the formal protocol,
A and B were also present. C is not listed in the protocol.", "the protocol lists A and B among
those present, but does not mention C", "It does not mention C." The wordings are data
(``kg/data/other_source.json``); this module applies them sentence by sentence and returns each
name with the basis the wording gives it. Only the names the wording is about count: a person
merely mentioned in such a note is not made an attendee.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg.facts import Basis
from kg.names import POST_HEADS, RANK, word_list
from kg.text import INITIAL_LETTER, MARK, KnownName, sentences

DATA = Path(__file__).parent / "data"
# a post before a name ("Ambassador Zorin", "Deputy Minister Kuznetsov", "Premier Zhou Enlai"), never one itself:
# "M. V. Zimyanin, Secretary of the CC, among those present" names Zimyanin
_POST = rf"(?:(?:First\s+)?Deputy\s+)?(?:{'|'.join(w.capitalize() for w in POST_HEADS)}|Candidate)"
# Capitalised words that open a sentence or clause, or a post, and are never part of a name ("Neither Gromyko
# nor ..."), nor is an acronym.
_NOT_A_NAME = (
    r"(?!(?:Neither|Either|Nor|Both|And|But|However|Also|Only|Yet|The|This|That|It|In|On|At|According|Although"
    rf"|Though|While|Whereas|Since|Because|If|When|As|Deputy|{_POST})\b"
    r"|(?-i:[A-Z]{2,5}\s+[A-Z][a-z]))"  # ... nor an acronym before a post: "G. K. Zhukov, USSR Minister of Defense,"
)
# One printed name: an optional "Cde.", post or rank (as a list's: "Marshal of the Soviet Union"), initials, up to two
# given names, a surname (no possessive "'s"), or a surname and initials.
_NAME = (
    rf"(?:(?:Cdes?\.|Comrades?|Comr\.|{_POST})\s+|{RANK})?(?P<name>(?:(?:{INITIAL_LETTER}\s?){{1,3}}\s*)?(?:{_NOT_A_NAME}[A-ZÀ-Ž][a-zà-ž]+\s+){{0,2}}"
    rf"{_NOT_A_NAME}[A-ZÀ-Ž][A-Za-zÀ-ž\-]+(?:[’'](?!s\b)[A-Za-zà-ž]+)*"
    rf"(?:\s{INITIAL_LETTER}){{0,3}})"  # "Kapitonov I. V."
)
_NAME_RE = re.compile(_NAME)
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)"
# What may follow a list of names: punctuation, the end, or a word that goes on with the sentence
# (so "records Khrushchev's proposal" or "lists Presidium members" give no names).
_END = (
    r"(?=\s*(?:[.,;:()\[\]\"“]|$)|\s+(?:as|among|also|but|while|although|whereas|who|which|in|from|at|on|and|or|nor"
    r"|were|was|are|is|did|do|does|had|have|has|took|attended|participated|to|by|too|either|besides|beyond)\b"
    r"|['’]s\s+names?\b"  # "X's name is absent from the protocol's list" (not "records Khrushchev's proposal")
    # or the next sentence, after a name's last initial: "... also Kapitonov I. V. It does not list ..."
    r"|(?<=\.)\s+(?-i:It|The|This|That|He|She|They|But|However|In)\b)"
)
# an aside in brackets after a name in the list: "Gromyko (for item I) and Podgorny and Polyansky (invited for item II)"
_BRACKETED = r"\([^()\n]{1,120}\)"
_ASIDE = rf"(?:\s*{_BRACKETED})?"
_ASIDES = re.compile(_BRACKETED)
_ONE = _NAME.replace("?P<name>", "?:") + _ASIDE
_NAMES = rf"(?>(?-i:{_ONE}(?:{_SEP}{_ONE})*)){_END}"
# or the man the sentence has named: "lists him", "... also names D. A. Kunaev; he is not listed in the working
# record"; or the one the sentence before gave, whom this one opens with: "He is not named in the working record"
_NAMES_GROUP = f"(?P<names>{_NAMES}|\\b(?-i:him|her)\\b|^(?-i:He|She)\\b|(?<=;\\s)(?-i:he|she)\\b)"
_STAYED_AWAY = re.compile(
    r"\b(?P<who>[A-Z][\w’'\-]+),?\s+(?:who\s+)?(?:(?:did\s+not|didn['’]t|could\s+not|failed\s+to)\s+"
    r"(?:attend|come|take\s+part|appear)|was\s+not\s+(?:called|invited)\s+in)\b"
)
_NOTE_MARKER = re.compile(rf"^\s*(?:{MARK}|\d{{1,3}}\.?)\s+")
_CLAUSE_BREAK = re.compile(r"[,;]")
_BRACKETS = re.compile(r"\([^()]*\)")
_SET_OFF = re.compile(r",\s*(?:by\s+contrast|in\s+contrast|in\s+turn|for\s+(?:its|his|her|their)\s+part)\s*,")
# a man a sentence only cites, not the one it is about: "signed by X", "which X signed", "whom X had summoned",
# "X's memoirs", "X's first deputy"
_CITED_BY = re.compile(r"\b(?:by|to|from|with|(?:which|whom|who|that)(?:\s+\w+){0,2})\s+(?:Cdes?\.\s+)?$")
_CITED_OWN = re.compile(
    r"[’']s\s+(?:\w+\s+)?(?:memoirs?|diary|diaries|notes|deputy|assistant|aide|report|letter|recollections?)\b"
)
# "Neither X nor Y is listed", "not X": a negated list is never a statement that they were present
_NEGATED = re.compile(r"\b(?:neither|nor|not|never)\s+(?:[a-z]+\s+)?$", re.I)  # also "never names X"


@dataclass(frozen=True)
class Wording:
    """One wording of ``other_source.json``, compiled, with the basis it gives the names in it."""

    pattern: re.Pattern[str]
    basis: Basis
    listing: bool  # a passive about the list, which may stand in a sentence after the one naming the source
    cues: tuple[re.Pattern[str], ...]  # the words around "{names}": a sentence without them is not tried

    def finditer(self, sentence: str) -> list[re.Match[str]]:
        # trying a wording at every capitalised word of a long sentence costs time; its cue words are cheap to find
        if not all(cue.search(sentence) for cue in self.cues):
            return []
        return list(self.pattern.finditer(sentence))


def _wording(pattern: str, basis: Basis, listing: bool) -> Wording:
    cues = tuple(
        re.compile(part, re.I)
        for part in pattern.split("{names}")
        if part and not re.fullmatch(r"\(\?:[^()]*\)\?", part)
    )
    return Wording(re.compile(pattern.replace("{names}", _NAMES_GROUP), re.I), basis, listing, cues)


@dataclass(frozen=True)
class Wordings:
    """The whole data file, compiled once."""

    source: re.Pattern[str]
    own_record: re.Pattern[str]
    not_source: re.Pattern[str]
    compared: re.Pattern[str]
    hedge: re.Pattern[str]
    back_reference: re.Pattern[str]
    notes_source: re.Pattern[str]  # the notes, where the record is the protocol itself
    not_notes_source: re.Pattern[str]
    all: tuple[Wording, ...]


@dataclass(frozen=True)
class Reported:
    """A name a note gives on another source's word, with offsets into the document's text."""

    start: int
    end: int
    name: str
    basis: Basis
    own: bool = False  # omitted by the notes themselves ("X is not listed in the working record"), not the source


@dataclass(frozen=True)
class Sentence:
    """A sentence of a note that speaks for the other source, and the names it gives."""

    start: int
    end: int
    names: tuple[Reported, ...]


@lru_cache(maxsize=1)
def wordings() -> Wordings:
    data = json.loads((DATA / "other_source.json").read_text(encoding="utf-8"))
    found = tuple(
        _wording(w["pattern"], basis, bool(w.get("listing")))
        for key, basis in (("stated", Basis.PROTOCOL), ("omitted", Basis.OMITTED))
        for w in data[key]
    )
    return Wordings(
        re.compile(data["source"], re.I),
        re.compile(data["own_record"], re.I),
        re.compile(data["not_source"], re.I),
        re.compile(data["compared"], re.I),
        re.compile(data["hedge"], re.I),
        re.compile(data["back_reference"], re.I),
        re.compile(data["notes_source"], re.I),
        re.compile(data["not_notes_source"], re.I),
        found,
    )


def reported(text: str, start: int, end: int, knows: KnownName, of_protocol: bool = False) -> list[Sentence]:
    """The sentences of the note ``text[start:end]`` that speak for another source, in order, each with
    the names it gives as present on, or omitted by, that source.

    A sentence counts when it names the source, or when it goes on from one that does: opening with
    a back-reference ("It does not mention ..."), or, for a passive about the list ("X is not
    listed"), naming no other source. In a note ``of_protocol`` (the record is the formal protocol) the other
    source is the session's notes, and only what they leave out is read: their names on their word would be
    claimed on a protocol's basis.
    """
    w = wordings()
    source, not_source = (w.notes_source, w.not_notes_source) if of_protocol else (w.source, w.not_source)
    out: list[Sentence] = []
    seen: set[tuple[int, Basis]] = set()
    about = False
    spans = list(sentences(text, start, end))
    said: tuple[Reported, ...] = ()  # the names the sentence before gave, if it was the source's
    for i, (a, b) in enumerate(spans):
        before, said = said, ()
        sentence = text[a:b]
        opening = _NOTE_MARKER.sub("", sentence).lstrip()
        own_record = bool(w.own_record.search(sentence)) and not of_protocol
        # (the notes' silence may come first: "Malin does not list Kosygin among those present. The formal protocol,
        # however, names Kosygin ...")
        source_next = i + 1 < len(spans) and bool(source.search(text[slice(*spans[i + 1])]))
        if source.search(sentence) or (about and w.back_reference.match(opening)):
            about, listing_only = True, False
        elif about and (not not_source.search(sentence) or own_record) or source_next and own_record:
            # a passive about the list, or the notes' own silence beside what the source names: "Malin's notes do
            # not mention Pervukhin at all"
            listing_only = True
        else:
            about = False
            continue
        # the notes named only to compare with them are no names of the source's: "in addition to those listed by
        # Malin, Andropov took part" gives Andropov alone
        compared = [(a + c.start(), a + c.end()) for c in w.compared.finditer(sentence)]
        plain = _blank(w.compared, sentence)  # "X, who appears in Malin's list, is not named in the protocol"
        found = []
        notes_silent = listing_only and own_record
        for wording in w.all:
            omits = wording.basis is Basis.OMITTED
            if (wording.listing or not listing_only or notes_silent and omits) and (omits or not of_protocol):
                for m in wording.finditer(sentence):
                    if (own := _stated(w, wording, m, sentence, plain, of_protocol)) is not None:
                        found += [
                            r
                            for r in _names(text, a, b, m, wording.basis, knows, own, before)
                            if not any(c <= r.start < d for c, d in compared)
                        ]
        if listing_only and not found:
            about = False  # the note has moved on to something else
            continue
        # one of those the source names who, the sentence goes on, stayed away: "X and Y were invited for item I,
        # but Y did not attend"
        away = {m["who"] for m in _STAYED_AWAY.finditer(sentence)}
        found = [r for r in found if r.basis is not Basis.PROTOCOL or r.name.split()[-1] not in away]
        unique = [r for r in found if (r.start, r.basis) not in seen and not seen.add((r.start, r.basis))]
        out.append(Sentence(a, b, tuple(unique)))
        said = tuple(found)
    return out


def _stated(
    w: Wordings, wording: Wording, m: re.Match[str], sentence: str, plain: str, of_protocol: bool
) -> bool | None:
    """Whether a wording's match states what a source records: None if its clause is a guess or names
    another source than the protocol (than the notes, ``of_protocol``); else whether the omission is the notes'
    own ("the notes do not mention X, whom the protocol lists"), which stands even beside the notes' name.
    ``plain`` is the sentence with its comparisons with the notes blanked out."""
    at = m.start("clause") if "clause" in m.re.groupindex else m.start()
    if of_protocol:
        return None if _clause(sentence, at, m.end(), w.not_notes_source, w.hedge) else False
    # (the notes' silence in the wording's own clause, which a comparison with them does not blank: "N. V. Podgorny,
    # whom Malin does not mention")
    own_clause = "clause" in m.re.groupindex and w.own_record.search(sentence, m.start("clause"), m.end())
    if wording.basis is Basis.OMITTED and (own_clause or _clause(plain, at, m.end(), w.own_record)):
        # (a hedge anywhere in the sentence: "do not mention X by name; the 'Gosplan chairman' is probably him")
        return None if w.hedge.search(sentence) else True
    return None if _clause(plain, at, m.end(), w.not_source, w.hedge) else False


def _blank(pattern: re.Pattern[str], sentence: str) -> str:
    """The sentence with what ``pattern`` finds blanked out, offsets kept."""
    return pattern.sub(lambda m: " " * len(m[0]), sentence)


def _clause(sentence: str, start: int, end: int, *signs: re.Pattern[str]) -> bool:
    """Whether the clause around a wording shows one of ``signs``: another source than the protocol
    ("Malin's notes do not list X"), or a guess ("It is likely that X was also present")."""
    # an aside in brackets is no part of the clause: its commas break none ("The secretary's notes (RGANI, F. 3,
    # ...) record X as absent"), its words are not the clause's ("lists Kosygin (who, according to Malin's notes,
    # was in Kiev) as present")
    bare = _BRACKETS.sub(lambda m: " " * len(m[0]), sentence)
    # ... nor does an adverb set off by commas: "Schön's working protocol, by contrast, marks Leuschner as excused"
    # (not "however", which may join two clauses: "Malin lists five, however, the protocol also lists X")
    bare = _SET_OFF.sub(lambda m: " " * len(m[0]), bare)
    before = [m.end() for m in _CLAUSE_BREAK.finditer(bare, 0, start)]
    after = _CLAUSE_BREAK.search(bare, end)
    clause = bare[before[-1] if before else 0 : after.start() if after else len(sentence)]
    return any(sign.search(clause) for sign in signs)


def _names(
    text: str, a: int, b: int, m: re.Match[str], basis: Basis, knows: KnownName, own: bool, before: tuple[Reported, ...]
) -> list[Reported]:
    """The people a wording's match names. "Him" is the one man the sentence names before it, or, where it names
    none, the one man the sentence before gave ("The protocol lists K. E. Voroshilov among those present. Malin does
    not list him")."""
    sentence = text[a:b]
    # "not X": a negated list; but in "do not mention X, whom the protocol lists" the "not" is another clause's
    if basis is Basis.PROTOCOL and "clause" not in m.re.groupindex and _NEGATED.search(sentence[: m.start("names")]):
        return []
    out = []
    if m["names"].lower() in ("him", "her", "he", "she"):
        # the man the sentence is about, named first: "The record lists D. A. Kunaev ..., whereas the protocol
        # records him as absent", "Furtseva, whom Brezhnev had removed, ... lists her"; not one the sentence only
        # cites ("signed by Chernenko", "Suslov's memoirs", "Tikhonov's deputy"), nor the notes' compiler ("Malin does
        # not list him")
        own_record = wordings().own_record
        named = [
            n
            for n in _NAME_RE.finditer(sentence, 0, m.start("names"))
            if knows(n["name"].strip())
            and not _CITED_BY.search(sentence, 0, n.start())
            and not _CITED_OWN.match(sentence, n.end())
            and not own_record.match(sentence, n.start("name"))
        ]
        if not named and len({r.name for r in before}) == 1:
            return [replace(before[0], basis=basis, own=own)]
        if len(named) != 1:
            return []  # "Brezhnev told Andropov that the protocol lists him": either
        n = named[0]
        return [Reported(a + n.start("name"), a + n.end("name"), n["name"].strip(), basis, own)]
    asides = [(x.start(), x.end()) for x in _ASIDES.finditer(sentence, m.start("names"), m.end("names"))]
    for n in _NAME_RE.finditer(sentence, m.start("names"), m.end("names")):
        if any(c <= n.start() < d for c, d in asides):
            continue
        name = n["name"].strip()
        if not knows(name):
            # "However, Kozlov and Brezhnev were also present": a capitalised opening word is no name
            if not _NOTE_MARKER.sub("", sentence[: n.start()]).strip(" \"“‘'("):
                continue
            if any(word.lower().rstrip(".") in word_list(DATA / "not_names.txt") for word in name.split()):
                continue
        out.append(Reported(a + n.start("name"), a + n.start("name") + len(name), name, basis, own))
    return out
