#!/usr/bin/env python3
"""Synthetic corpus of Soviet leadership meeting notes, with its answer key.

    python bench/synth.py OUT_DIR --n N --seed S [--jobs J] [--layout NAME] [--no-hard]

writes N documents into OUT_DIR/corpus/, one answer key per session into OUT_DIR/gold/ (the
format of ../shared/gold/*.json that ../shared/eval/score.py reads), and OUT_DIR/key.jsonl,
one line per document with its sessions in order (what bench/check.py compares a built store
with, by document, so it works when dates repeat).

The documents imitate the layouts of the genre (SPEC, "Input: the corpus"): a Wilson Center
page copy, a copy flattened into one paragraph with web boilerplate, a copy with a block printed
twice, a Politburo layout, several sessions in one file, and truncated copies that stop
mid-word. People come from kg/data/people.tsv (members plausible for the body and the year) and
from invented surnames the authority does not know. Everything is drawn from random.Random
seeded by --seed: the same N and seed give byte-identical files.

Every session of the corpus has its own date, drawn without replacement from 1954-03-01 ..
1991-08-31 (score.py matches sessions by date). With more sessions than days, dates repeat:
gold/ is then not written (it would be ambiguous) and key.jsonl is the answer key.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import phrases as PH  # noqa: E402

HERE = Path(__file__).resolve().parent
PEOPLE_TSV = HERE.parent / "kg" / "data" / "people.tsv"
FIRST_DAY = date(1954, 3, 1)
LAST_DAY = date(1991, 8, 31)
POLITBURO_FROM = date(1966, 4, 8)  # the 23rd Congress renamed the Presidium
MONTHS = "January February March April May June July August September October November December".split()
RU_MONTHS = "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya".split()
LAYOUTS = ("wilson", "flattened", "twice", "politburo", "multi")
# Realistic forms the extractor missed when this generator was written (each pinned by a test with a
# short example in tests/test_synth.py); generate(hard=False) / --no-hard leaves them out.
HARD_FORMS = {
    "politburo_caps_heading": (
        "in a file of several sessions, one headed 'SESSION OF THE CPSU CC POLITBURO' with its date on the next line"
    ),
    "initials_speaker": "a Politburo speaker printed with initials that read as a Roman numeral: 'V. V. GRISHIN: ...'",
    "comrade_paragraph": "a paragraph of a speech that opens 'Comrade X reported on this in detail.'",
    "rare_narrative_verb": "a narrative turn with a verb such as 'warns', 'doubts', 'calls for'",
    "runin_I": "a flattened copy's run-in speaker whose text starts with 'I' or 'Cde.': 'Rashidov I think ...'",
    "title_guests_protocol": "guests named in a heading that goes on with '(Re: Protocol No. N)'",
    "caps_period_unknown": "an unknown speaker in capitals with a full stop: 'ZAKHARCHENKO. The figures ...'",
    "unknown_initials_speaker": "an unknown speaker after initials in mixed case: 'Yu. Ya. BETIYKIN: ...'",
}

# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------


def fold(name: str) -> str:
    """kg.authority.fold: no diacritics, lower case, one space after each initial."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    text = re.sub(r"\.\s*", ". ", text)
    return re.sub(r"\s+", " ", text).strip()


@dataclass(eq=False)
class Person:
    id: str
    surname: str
    label: str
    initials: list[str] = field(default_factory=list)  # "Yu. V. Andropov"
    abbrs: list[str] = field(default_factory=list)  # "Khr."
    born: int = 0
    died: int = 9999
    lead: frozenset = frozenset()  # years as Presidium/Politburo member, candidate or CC Secretary
    active: frozenset = frozenset()  # years of any office in the note
    nation: str = "SU"
    official: bool = False
    invented: bool = False
    given: str = ""

    def alive(self, year: int) -> bool:
        return self.born + 28 <= year <= self.died


NATIONS = {
    # key: (country, adjective, capital, [(from, party name)])
    "HU": (
        "Hungary",
        "Hungarian",
        "Budapest",
        [(1948, "Hungarian Workers' Party"), (1956.9, "Hungarian Socialist Workers' Party")],
    ),
    "PL": ("Poland", "Polish", "Warsaw", [(0, "Polish United Workers' Party")]),
    "CS": ("Czechoslovakia", "Czechoslovak", "Prague", [(0, "Communist Party of Czechoslovakia")]),
    "RO": ("Romania", "Romanian", "Bucharest", [(0, "Romanian Workers' Party"), (1965.5, "Romanian Communist Party")]),
    "BG": ("Bulgaria", "Bulgarian", "Sofia", [(0, "Bulgarian Communist Party")]),
    "DD": ("the GDR", "East German", "Berlin", [(0, "Socialist Unity Party of Germany")]),
    "YU": ("Yugoslavia", "Yugoslav", "Belgrade", [(0, "Union of Communists of Yugoslavia")]),
    "AL": ("Albania", "Albanian", "Tirana", [(0, "Albanian Party of Labor")]),
    "CN": ("China", "Chinese", "Beijing", [(0, "Communist Party of China")]),
    "VN": (
        "Vietnam",
        "Vietnamese",
        "Hanoi",
        [(0, "Vietnamese Workers' Party"), (1976.9, "Communist Party of Vietnam")],
    ),
    "MN": ("Mongolia", "Mongolian", "Ulan Bator", [(0, "Mongolian People's Revolutionary Party")]),
    "CU": (
        "Cuba",
        "Cuban",
        "Havana",
        [(0, "United Party of the Socialist Revolution"), (1965.8, "Communist Party of Cuba")],
    ),
    "AF": ("Afghanistan", "Afghan", "Kabul", [(0, "People's Democratic Party of Afghanistan")]),
    "US": ("the United States", "American", "Washington", []),
    "GB": ("Britain", "British", "London", []),
    "FR": ("France", "French", "Paris", []),
    "DE": ("the FRG", "West German", "Bonn", []),
    "EG": ("Egypt", "Egyptian", "Cairo", []),
    "IT": ("Italy", "Italian", "Rome", [(0, "Italian Communist Party")]),
    "FI": ("Finland", "Finnish", "Helsinki", []),
    "IN": ("India", "Indian", "Delhi", []),
}
RULING = ("HU", "PL", "CS", "RO", "BG", "DD", "YU", "AL", "CN", "VN", "MN", "CU", "AF")
_NATION_WORDS = [
    ("West German", "DE"),
    ("West Berlin", "DE"),
    ("East German", "DD"),
    ("GDR", "DD"),
    ("SED", "DD"),
    ("Hungarian", "HU"),
    ("Budapest", "HU"),
    ("Polish", "PL"),
    ("Poland", "PL"),
    ("Solidarity", "PL"),
    ("Czechoslovak", "CS"),
    ("Slovak", "CS"),
    ("Romanian", "RO"),
    ("Bulgarian", "BG"),
    ("Yugoslav", "YU"),
    ("Serbian", "YU"),
    ("Serbia", "YU"),
    ("Croatian", "YU"),
    ("Macedonian", "YU"),
    ("Albanian", "AL"),
    ("Chinese", "CN"),
    ("CCP", "CN"),
    ("PRC", "CN"),
    ("Vietnamese", "VN"),
    ("Mongolian", "MN"),
    ("Cuban", "CU"),
    ("Cuba", "CU"),
    ("Afghan", "AF"),
    ("US ", "US"),
    ("CIA", "US"),
    ("British", "GB"),
    ("French", "FR"),
    ("Egyptian", "EG"),
    ("Italian", "IT"),
    ("Finnish", "FI"),
    ("Indian", "IN"),
]
# Sessions of these years are mostly about this country (topic tables: (first, last, nation)).
TOPICS = [
    (1954, 1955, "DD"),
    (1955, 1958, "YU"),
    (1956, 1957, "HU"),
    (1956, 1956, "PL"),
    (1956, 1957, "EG"),
    (1958, 1961, "DD"),
    (1959, 1964, "CN"),
    (1960, 1962, "AL"),
    (1960, 1964, "CU"),
    (1962, 1965, "RO"),
    (1965, 1973, "VN"),
    (1968, 1969, "CS"),
    (1969, 1970, "CN"),
    (1970, 1979, "US"),
    (1970, 1975, "DE"),
    (1973, 1976, "EG"),
    (1979, 1989, "AF"),
    (1980, 1982, "PL"),
    (1985, 1991, "US"),
    (1989, 1990, "DD"),
    (1956, 1991, "BG"),
    (1966, 1991, "HU"),
    (1954, 1991, "MN"),
]
_YEARS = re.compile(r"\b(1[89]\d\d)(?:-(\d{2,4}))?")
_TO_YEAR = re.compile(r"\bto (1[89]\d\d)\b")
_LEAD = re.compile(r"Presidium|Politburo|CC Secretary|General Secretary|First Secretary|First/General")
_INITIALS_FORM = re.compile(r"^(?:(?:[A-Z][a-z]?\.) ){1,2}(\S+)$")
_SURNAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_GONE = re.compile(r"executed|died|murdered|killed|expelled|exiled|arrested|purged|reburied")
_OFFICE = re.compile(
    r"minister|Marshal|General|KGB|GRU|ambassador|chairman|Gosplan|Admiral|deputy|Department|department|head|Procurator|commander|chief|Secretary|premier",
    re.I,
)
_NOT_OFFICE = re.compile(
    r"writer|poet|dissident|physicist|cosmonaut|agronomist|historian|interpreter|economist|wife"
    r"|named in translators|son-in-law|director of|Izvestiia|editor"
)
_EXCLUDED = {"stalin", "lenin", "trotsky", "bukharin", "malin", "chernukha", "beria", "zhdanov", "shcherbakov"}


def _years(text: str) -> set[int]:
    out: set[int] = set()
    for m in _YEARS.finditer(text):
        a = int(m[1])
        b = m[2]
        if b is None:
            out.add(a)
            continue
        z = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if z < a:
            z += 100
        out.update(range(a, z + 1))
    for m in _TO_YEAR.finditer(text):
        out.update(range(1917, int(m[1]) + 1))
    return out


def _nation(note: str) -> str:
    best = (10**9, "XX")
    for word, key in _NATION_WORDS:
        i = note.find(word)
        if i >= 0 and i < best[0]:
            best = (i, key)
    return best[1]


def load_people(path: Path = PEOPLE_TSV) -> list[Person]:
    """People whose bare surname resolves to them in the authority (kg.authority.Authority.lookup)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    by_name: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for r in rows:
        for v in (r["label"], *[v for v in (r.get("variants") or "").split("|") if v.strip()]):
            by_name.setdefault(fold(v), r["id"])
            last = fold(v).split(" ")[-1]
            if not last.endswith("."):
                surnames.setdefault(last, set()).add(r["id"])

    def lookup(name: str) -> str | None:
        key = fold(name)
        if key in by_name:
            return by_name[key]
        ids = surnames.get(key.split(" ")[-1], set())
        return next(iter(ids)) if len(ids) == 1 else None

    foreign_from = next(i for i, r in enumerate(rows) if r["id"] == "rakosi")
    people = []
    for i, r in enumerate(rows):
        pid, label = r["id"], r["label"]
        surname = label.split()[-1]
        variants = [v for v in (r.get("variants") or "").split("|") if v.strip()]
        if pid in _EXCLUDED or not _SURNAME_SHAPE.match(surname) or lookup(surname) != pid or surname not in variants:
            continue
        initials = [v for v in variants if (m := _INITIALS_FORM.match(v)) and m[1] == surname and lookup(v) == pid]
        initials = [v for v in initials if v.count(".") == 2] or initials
        abbrs = [
            v
            for v in variants
            if " " not in v
            and v.endswith(".")
            and fold(surname).startswith(fold(v[:-1]))
            and by_name.get(fold(v)) == pid
        ]
        note = r.get("note") or ""
        lead: set[int] = set()
        if i < foreign_from:
            for seg in note.split(";"):
                if _LEAD.search(seg):
                    lead |= _years(seg)
        active = _years(";".join(seg for seg in note.split(";") if not _GONE.search(seg)))
        official = i < foreign_from and bool(_OFFICE.search(note)) and not _NOT_OFFICE.search(note)
        born = int(r["born"]) if (r.get("born") or "").isdigit() else 1900
        died = int(r["died"]) if (r.get("died") or "").isdigit() else 9999
        nation = "SU" if i < foreign_from else _nation(note)
        given = label.split()[0] if len(label.split()) > 1 else ""
        people.append(
            Person(
                pid,
                surname,
                label,
                initials,
                abbrs,
                born,
                died,
                frozenset(lead),
                frozenset(active),
                nation,
                official=official,
                given=given,
            )
        )
    return people


_SYL1 = [
    "Za",
    "Pe",
    "Ko",
    "Ba",
    "Gri",
    "Lu",
    "Mi",
    "Sa",
    "Ve",
    "Do",
    "Tu",
    "Kha",
    "Ra",
    "Ne",
    "Fe",
    "Zhu",
    "Ar",
    "Os",
    "Be",
    "Cha",
    "Ti",
    "Vo",
    "Ka",
    "Lo",
    "Shu",
    "Kru",
    "Ste",
    "Ya",
    "Ga",
    "Dy",
]
_SYL2 = [
    "khar",
    "tro",
    "ro",
    "lo",
    "rin",
    "ban",
    "dor",
    "ze",
    "mi",
    "va",
    "shen",
    "gor",
    "ly",
    "sko",
    "ti",
    "ras",
    "lev",
    "mur",
    "sin",
    "dan",
    "bor",
    "tel",
    "gun",
    "pal",
]
_SYL3 = [
    "chenko",
    "syants",
    "ov",
    "ev",
    "in",
    "sky",
    "enko",
    "yan",
    "idze",
    "ovich",
    "ets",
    "uk",
    "ovsky",
    "akov",
    "atov",
    "ishin",
    "ykin",
    "ayev",
    "ents",
]
_GIVEN_INITIALS = ["A.", "B.", "V.", "G.", "D.", "E.", "I.", "K.", "L.", "M.", "N.", "P.", "S.", "F.", "Yu.", "Ya."]


def invent_people(rng: random.Random, known: set[str], n: int = 240) -> list[Person]:
    """Surnames the authority does not know, built from syllables ("Zakharchenko", "Petrosyants")."""
    out, seen = [], set()
    while len(out) < n:
        s = rng.choice(_SYL1) + rng.choice(_SYL2) + rng.choice(_SYL3)
        key = fold(s)
        if key in seen or key in known or len(s) < 6:
            continue
        seen.add(key)
        first = rng.choice(_GIVEN_INITIALS)
        init = f"{first} {rng.choice(_GIVEN_INITIALS)} {s}"
        out.append(Person(key, s, s, [init], [], 1900, 9999, frozenset(), frozenset(), "SU", invented=True))
    return out


class Cast:
    """Who can appear when: members by year, officials, foreigners by nation and year, invented people."""

    def __init__(self, seed: int):
        people = load_people()
        self.people = people
        known = {fold(p.surname) for p in people}
        with PEOPLE_TSV.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                for v in [r["label"], *(r.get("variants") or "").split("|")]:
                    if v.strip():
                        known.add(fold(v).split(" ")[-1])
        self.invented = invent_people(random.Random(f"invented/{seed}"), known)
        self.leaders: dict[int, list[Person]] = {}
        self.officials: dict[int, list[Person]] = {}
        self.foreign: dict[tuple[str, int], list[Person]] = {}
        self.any_foreign: dict[int, list[Person]] = {}
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
            self.leaders[year] = [p for p in people if p.nation == "SU" and year in p.lead and p.alive(year)]
            self.officials[year] = [
                p
                for p in people
                if p.nation == "SU"
                and p.official
                and year not in p.lead
                and p.alive(year)
                and (not p.active or any(abs(year - y) <= 1 for y in p.active))
            ]
            self.any_foreign[year] = [p for p in people if p.nation in RULING and p.alive(year)]
            for p in people:
                if p.nation != "SU" and p.alive(year) and (not p.active or any(abs(year - y) <= 2 for y in p.active)):
                    self.foreign.setdefault((p.nation, year), []).append(p)


# ---------------------------------------------------------------------------------------------
# archive references
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    archive: str
    fond: str
    opis: str
    delo: str
    folios: tuple[tuple[int, bool, int, bool], ...] = ()  # (first, verso, last, verso)
    unnumbered: bool = False

    def norm(self) -> str:
        """The answer key's form: "TsKhSD F.3 Op.12 D.1006 Ll.41-45ob"."""
        text = f"{self.archive} F.{self.fond} Op.{self.opis} D.{self.delo}"
        if self.unnumbered or not self.folios:
            return text
        single = (
            len(self.folios) == 1 and self.folios[0][0] == self.folios[0][2] and self.folios[0][1] == self.folios[0][3]
        )
        return f"{text} {'L.' if single else 'Ll.'}{','.join(_folio(f) for f in self.folios)}"

    def print(self, rng: random.Random) -> str:
        """One of the ways translations print it."""
        if rng.random() < 0.06 and not self.unnumbered:
            head = f"{self.archive}, Fond (F.) {self.fond}, Opis' (Op.) {self.opis}, Delo (D.) {self.delo}"
            if self.folios:
                single = len(self.folios) == 1 and self.folios[0][0] == self.folios[0][2]
                word = "List (L.)" if single else "Listy (Ll.)"
                return f"{head}, {word} {', '.join(_folio(f) for f in self.folios)}"
            return head
        text = f"{self.archive}, F. {self.fond}, Op. {self.opis}, D. {self.delo}"
        if self.unnumbered:
            return f"{text}, unnumbered page"
        if not self.folios:
            return text
        single = (
            len(self.folios) == 1 and self.folios[0][0] == self.folios[0][2] and self.folios[0][1] == self.folios[0][3]
        )
        x = rng.random()
        if single:
            word = "L" if x < 0.08 else "L."
            return f"{text}, {word} {_folio(self.folios[0])}"
        word = "LI." if x < 0.12 else "Ll."
        parts = []
        for f in self.folios:
            s = _folio(f)
            if "-" in s and rng.random() < 0.15:
                s = s.replace("-", "- " if rng.random() < 0.6 else "–")
            parts.append(s)
        return f"{text}, {word} {', '.join(parts)}"


def _folio(f: tuple[int, bool, int, bool]) -> str:
    a = f"{f[0]}{'ob' if f[1] else ''}"
    b = f"{f[2]}{'ob' if f[3] else ''}"
    return a if (f[0], f[1]) == (f[2], f[3]) else f"{a}-{b}"


def _folios(rng: random.Random, start: int | None = None) -> tuple[tuple[int, bool, int, bool], ...]:
    first = start if start is not None else rng.randint(1, 320)
    x = rng.random()
    if x < 0.4:
        verso = rng.random() < 0.08
        return ((first, verso, first, verso),)
    if x < 0.88:
        last = first + rng.randint(1, 14)
        return ((first, False, last, rng.random() < 0.3),)
    second = first + rng.randint(3, 6)
    return ((first, False, first, False), (second, False, second + rng.randint(1, 3), False))


def notes_ref(rng: random.Random, politburo: bool, year: int) -> Ref:
    """The archive file of the notes themselves."""
    if politburo:
        archive = rng.choice(["TsKhSD", "RGANI", "APRF", "RGANI"])
        if archive == "APRF":
            return Ref(
                "APRF", "3", str(rng.choice([64, 65, 66, 68, 69, 71, 82])), str(rng.randint(100, 999)), _folios(rng)
            )
        return Ref(archive, "89", str(rng.randint(1, 80)), str(rng.randint(1, 120)), _folios(rng))
    archive = rng.choice(["TsKhSD", "TsKhSD", "RGANI", "APRF"])
    if archive == "APRF":
        return Ref("APRF", "3", str(rng.choice([64, 65, 66])), str(rng.randint(400, 900)), _folios(rng))
    if rng.random() < 0.1:
        return Ref(archive, "3", "12", str(rng.randint(1005, 1020)), (), unnumbered=True)
    return Ref(
        archive,
        "3",
        rng.choice(["12", "12", "14", "16", "18"]),
        str(rng.randint(1000, 1030) if rng.random() < 0.6 else rng.randint(100, 999)),
        _folios(rng),
    )


def other_ref(rng: random.Random) -> Ref:
    """A source cited in a translator's note."""
    x = rng.random()
    if x < 0.35:
        return Ref("APRF", "3", str(rng.randint(60, 90)), str(rng.randint(100, 999)), _folios(rng))
    if x < 0.55:
        return Ref(
            rng.choice(["TsKhSD", "RGANI"]),
            rng.choice(["89", "5", "4", "3"]),
            str(rng.randint(1, 80)),
            str(rng.randint(1, 400)),
            _folios(rng),
        )
    if x < 0.68:
        return Ref(
            "RGASPI",
            rng.choice(["17", "82", "558", "495"]),
            str(rng.randint(1, 200)),
            str(rng.randint(1, 1500)),
            _folios(rng),
        )
    if x < 0.8:
        return Ref(
            "GARF",
            rng.choice(["5446", "9401", "8131", "7523"]),
            str(rng.randint(1, 120)),
            str(rng.randint(1, 900)),
            _folios(rng),
        )
    if x < 0.9:
        return Ref(
            "AVP RF",
            rng.choice(["022", "0100", "059", "07", "0125"]),
            str(rng.randint(1, 60)),
            str(rng.randint(1, 400)),
            _folios(rng),
        )
    if x < 0.95:
        return Ref(
            "TsAMO",
            rng.choice(["16", "32", "48"]),
            str(rng.randint(1000, 3999)),
            str(rng.randint(1, 300)),
            _folios(rng),
        )
    return Ref("APRF", "3", str(rng.randint(60, 90)), str(rng.randint(100, 999)), ())


def protocol_ref(rng: random.Random, politburo: bool) -> Ref:
    if politburo and rng.random() < 0.5:
        return Ref(
            rng.choice(["RGANI", "TsKhSD"]), "3", str(rng.randint(68, 102)), str(rng.randint(1, 999)), _folios(rng)
        )
    return Ref("APRF", "3", str(rng.choice([64, 65, 66, 68])), str(rng.randint(100, 999)), _folios(rng))


# ---------------------------------------------------------------------------------------------
# text assembly with the facts it carries
# ---------------------------------------------------------------------------------------------


class Writer:
    """Appends text and records, for every fact, the offset where its evidence ends (for truncation)."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.cuttable: list[tuple[int, int, str]] = []  # (start, end, kind) where a copy may stop mid-word

    def add(self, s: str) -> int:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class SFacts:
    """What one session's text says, each fact with the offset where its evidence ends."""

    date: date
    body: str
    protocol: str | None = None
    compiler: str | None = None
    head_end: int = 0
    listed: list[tuple[str, int]] = field(default_factory=list)
    chair: list[tuple[str, int]] = field(default_factory=list)
    guest: list[tuple[str, int]] = field(default_factory=list)
    stated: list[tuple[str, int]] = field(default_factory=list)  # by the formal protocol
    omitted: list[tuple[str, int, str]] = field(default_factory=list)  # (name, end, protocol ref)
    turns: list[tuple[str, int]] = field(default_factory=list)
    refs: list[tuple[str, int]] = field(default_factory=list)
    mentioned: list[tuple[str, int]] = field(default_factory=list)
    notes_ref: str | None = None


def _key(f: SFacts, cut: int, file: str, notes_ref_end: int | None) -> dict | None:
    if f.head_end > cut:
        return None

    def kept(xs):
        out = []
        for x in xs:
            if x[1] <= cut and x[0] not in out:
                out.append(x[0])
        return out

    listed, chair, guest = kept(f.listed), kept(f.chair), kept(f.guest)
    turns = [n for n, e in f.turns if e <= cut]
    if not (listed or chair or guest or turns):
        return None
    named = set(listed) | set(chair) | set(guest)
    speakers = list(dict.fromkeys(turns))
    inferred = [s for s in speakers if s not in named]
    present = {"listed": listed, "chair": chair, "guest": guest, "inferred": inferred, "protocol": kept(f.stated)}
    in_notes = named | set(inferred)
    refs = kept(f.refs)
    if f.notes_ref and notes_ref_end is not None and notes_ref_end <= cut and f.notes_ref not in refs:
        refs.insert(0, f.notes_ref)
    source = f.notes_ref if f.notes_ref and notes_ref_end is not None and notes_ref_end <= cut else file
    conflicts = [
        {"person": n, "claim": "present", "supported_by": source, "not_supported_by": r}
        for n, e, r in f.omitted
        if e <= cut and n in in_notes
    ]
    mentioned = [m for m in kept(f.mentioned) if m not in in_notes]
    return {
        "session_date": f.date.isoformat(),
        "body": f.body,
        "protocol": f.protocol,
        "compiler": f.compiler,
        "present": {k: v for k, v in present.items() if v},
        "speakers": speakers,
        "turns_exact": turns,
        "archive_refs": refs,
        "conflicts": conflicts,
        "not_present_but_mentioned": mentioned,
    }


# ---------------------------------------------------------------------------------------------
# one document
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]{6,}")
_NUMERAL_INITIALS = ("I.", "V.", "X.", "L.")  # "V. V. GRISHIN:" reads as agenda item V
_SLOT = re.compile(r"\{(\w+)\}")
_SLOTS: dict[str, tuple[str, ...]] = {}  # template -> its slots, found once
_CONSTANT = frozenset(("country", "adj", "city", "party", "sector", "region"))  # the same for a whole session
_STANCES, _CLAIMS, _OPENERS, _ACTIONS, _QUALIFIERS = PH.STANCES, PH.CLAIMS, PH.OPENERS, PH.ACTIONS, PH.QUALIFIERS
_SECTORS, _REGIONS = PH.SECTORS, PH.REGIONS


class DocGen:
    """Writes one document of a given layout for given session dates."""

    def __init__(
        self,
        cast: Cast,
        rng: random.Random,
        layout: str,
        dates: list[date],
        truncate: bool,
        file: str,
        hard: bool = True,
    ):
        self.cast = cast
        self.hard = hard
        self.rng = rng
        self.random = rng.random
        self.layout = layout
        self.dates = dates
        self.truncate = truncate
        self.file = file
        self.w = Writer()
        self.sessions: list[SFacts] = []
        self.notes: list[tuple[SFacts, list]] = []  # (session, pieces) numbered in order of their markers
        self.notes_ref: Ref | None = None
        self.notes_ref_end: int | None = None

    # --- small helpers ---------------------------------------------------------------------

    def pick(self, xs):
        return xs[int(self.random() * len(xs))]

    def ri(self, a: int, b: int) -> int:
        """random.randint without its overhead (same range, own stream of draws)."""
        return a + int(self.random() * (b - a + 1))

    def fill(self, template: str, ctx: Ctx) -> str:
        done = ctx.cache.get(template)
        if done is not None:  # no slot, or only the session's country: filled once per session
            return done
        slots = _SLOTS.get(template)
        if slots is None:
            found = tuple(dict.fromkeys(_SLOT.findall(template)))
            slots = _SLOTS[template] = () if all(s in _CONSTANT for s in found) else found
        if not slots:
            done = ctx.cache[template] = template.format(
                country=ctx.country, adj=ctx.adj, city=ctx.city, party=ctx.party, sector=ctx.sector, region=ctx.region
            )
            return done
        rnd = self.random
        vals = {}
        for slot in slots:
            if slot == "member":
                xs = ctx.present_people or ctx.members
                p = xs[int(rnd() * len(xs))]
                if p is ctx.speaker:
                    p = ctx.members[int(rnd() * len(ctx.members))]
                vals[slot] = p.surname
                ctx.f.mentioned.append((p.surname, 0))
            elif slot == "member2":
                vals[slot] = ctx.members[int(rnd() * len(ctx.members))].surname
            elif slot == "leader":
                xs = ctx.leaders or self.cast.any_foreign[ctx.f.date.year]
                vals[slot] = xs[int(rnd() * len(xs))].surname
                ctx.f.mentioned.append((vals[slot], 0))
            elif slot == "official":
                p = ctx.officials[int(rnd() * len(ctx.officials))]
                vals[slot] = p.surname
                ctx.f.mentioned.append((p.surname, 0))
            elif slot == "num":
                vals[slot] = str(self.ri(12, 980))
            elif slot == "topic":
                vals[slot] = self.fill(self.pick(PH.TOPIC_NOUNS), ctx)
            elif slot == "action":
                vals[slot] = self.fill(self.pick(PH.ACTIONS), ctx)
            else:
                vals[slot] = getattr(ctx, slot)
        if "member2" in vals and vals["member2"] == vals.get("member"):
            others = [p.surname for p in ctx.members if p.surname != vals.get("member")]
            vals["member2"] = self.pick(others) if others else vals["member"]
        return template.format(**vals)

    def sentence(self, ctx: Ctx, terse: bool = False) -> str:
        rnd = self.random
        x = rnd()
        if terse and x < 0.45:
            return self.fill(_STANCES[int(x / 0.45 * len(_STANCES))], ctx)
        if x < 0.5:
            return self.fill(_CLAIMS[int(x * 2 * len(_CLAIMS))], ctx)
        return (
            _OPENERS[int((x - 0.5) * 2 * len(_OPENERS))]
            + " "
            + self.fill(_ACTIONS[int(rnd() * len(_ACTIONS))], ctx)
            + self.fill(_QUALIFIERS[int(rnd() * len(_QUALIFIERS))], ctx)
            + "."
        )

    def speech(self, ctx: Ctx, n: int, terse: bool) -> str:
        return " ".join(self.sentence(ctx, terse) for _ in range(n))

    def marker(self, ctx: Ctx, pieces: list) -> str:
        """A footnote marker for a note made of ``pieces`` (strings and Ref objects)."""
        self.notes.append((ctx.f, pieces))
        n = len(self.notes)
        return f"[{n}]" if ctx.flat else f"({n})"

    def ref_note(self, ctx: Ctx) -> list:
        rng = self.rng
        if rng.random() < 0.2:
            t = self.pick(PH.NOTE_TWO_REFS)
            a, b = t.split("{ref}", 1)
            b1, b2 = b.split("{ref2}", 1)
            return [self.fill(a, ctx), other_ref(rng), self.fill(b1, ctx), other_ref(rng), self.fill(b2, ctx)]
        t = self.pick(PH.NOTE_REF)
        a, b = t.split("{ref}", 1)
        return [self.fill(a, ctx), other_ref(rng), self.fill(b, ctx)]

    # --- the session ---------------------------------------------------------------------------

    def cast_session(self, d: date) -> Ctx:
        rng, cast = self.rng, self.cast
        politburo = d >= POLITBURO_FROM
        year = d.year
        ctx = Ctx()
        ctx.politburo = politburo
        ctx.flat = self.layout == "flattened"
        ctx.small = len(self.dates) > 1
        ctx.f = SFacts(d, "CPSU CC Politburo" if politburo else "CPSU CC Presidium")
        if politburo:
            chair_id = (
                "brezhnev"
                if d < date(1982, 11, 12)
                else "andropov"
                if d < date(1984, 2, 13)
                else "chernenko"
                if d < date(1985, 3, 11)
                else "gorbachev"
            )
        else:
            chair_id = "khrushchev" if d < date(1964, 10, 14) else "brezhnev"
        pool = list(cast.leaders[year])
        ctx.chair = next((p for p in cast.people if p.id == chair_id), None)
        members = [p for p in pool if p.id != chair_id]
        rng.shuffle(members)
        ctx.members = members or [p for p in cast.people if p.nation == "SU"][:10]
        officials = list(cast.officials[year])
        ctx.officials = officials or ctx.members
        topics = [t for t in TOPICS if t[0] <= year <= t[1]]
        nation = self.pick(topics)[2] if topics and rng.random() < 0.85 else self.pick(RULING)
        ctx.nation = nation
        country, adj, city, parties = NATIONS[nation]
        ctx.country, ctx.adj, ctx.city = country, adj, city
        frac = year + (d.month - 1) / 12
        party = next((name for start, name in reversed(parties) if frac >= start), None) if parties else None
        ctx.party = party or "CPSU"
        ctx.leaders = cast.foreign.get((nation, year), []) if nation in RULING else []
        ctx.sector, ctx.region = self.pick(_SECTORS), self.pick(_REGIONS)  # what the session's home affairs are about
        ctx.speaker = None
        return ctx

    def session(self, d: date, index: int) -> SFacts:
        ctx = self.cast_session(d)
        self.sessions.append(ctx.f)
        if (
            ctx.politburo
            and self.layout != "flattened"
            and (self.layout in ("politburo", "multi") or self.rng.random() < 0.7)
        ):
            self.politburo_body(ctx, index)
        elif self.layout == "flattened":
            self.flat_body(ctx)
        else:
            self.malin_body(ctx, index)
        return ctx.f

    # --- Malin's notes of the Presidium ---------------------------------------------------------

    def choose_participants(self, ctx: Ctx, k_lo: int, k_hi: int) -> None:
        rng = self.rng
        k = min(len(ctx.members), self.ri(k_lo, k_hi))
        listed = ctx.members[:k]
        if ctx.officials and rng.random() < 0.3:
            extra = [p for p in ctx.officials if p not in listed]
            if extra:
                listed = listed + [self.pick(extra)]
        if rng.random() < 0.2:
            listed.insert(self.ri(0, len(listed)), self.pick(self.cast.invented))
        ctx.listed = listed
        # speakers not listed: another member, an official, or someone the authority does not know
        ctx.unlisted = []
        x = rng.random()
        if x < 0.35:
            choices = [p for p in ctx.members[k:]] + [p for p in ctx.officials if p not in listed]
            if choices:
                ctx.unlisted.append(self.pick(choices))
        elif x < 0.5:
            ctx.unlisted.append(self.pick(self.cast.invented))
        ctx.present_people = listed + ([ctx.chair] if ctx.chair else [])

    def malin_body(self, ctx: Ctx, index: int) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        d = f.date
        terse = rng.random() < 0.5
        chernukha = not ctx.politburo and rng.random() < 0.15
        f.compiler = None if ctx.politburo else ("Chernukha" if chernukha else "Malin")
        f.protocol = str(self.ri(1, 260)) if rng.random() < 0.75 else None
        para = "\n\n" if self.layout in ("wilson", "multi") and self.wilson else "\n"
        # heading
        head = f"Working Notes from the Session of the {f.body} on {d.day} {MONTHS[d.month - 1]} {d.year}"
        guests_in_title = []
        if not ctx.politburo and rng.random() < 0.08:
            ctx.guests = self.guests(ctx, 2)
            guests_in_title = ctx.guests
        w.add(head)
        if guests_in_title:
            w.add(" with the Participation of ")
            for i, g in enumerate(guests_in_title):
                if i:
                    w.add(" and ")
                w.add(g.surname)
                f.guest.append((g.surname, w.pos))
        if f.protocol:
            own_line = rng.random() < 0.5 or guests_in_title and not self.hard
            w.add("  \n(Re: Protocol No. " + f.protocol + ")" if own_line else " (Re: Protocol No. " + f.protocol + ")")
        f.head_end = w.pos
        self.choose_participants(ctx, 5, 16)
        # the protocol's own list, in a note on the heading or on the list
        style = rng.random()
        ctx.attendance = "none" if chernukha or style < 0.2 else "listed"
        protocol_note = None
        if rng.random() < 0.25:
            protocol_note = self.protocol_note(ctx)
        if protocol_note is not None and rng.random() < 0.5:
            w.add(self.marker(ctx, protocol_note))
            protocol_note = None
        w.add(para)
        if ctx.attendance == "none":
            ctx.attendance = "none"  # those who spoke are bracketed after the item
        else:
            ctx.attendance = "taking" if style < 0.6 else "present" if style < 0.85 else "chaired"
            if ctx.attendance == "chaired" and ctx.chair:
                w.add(self.pick(["Presided over by Cde. ", "Chaired by Cde. "]))
                w.add(ctx.chair.surname)
                f.chair.append((ctx.chair.surname, w.pos))
                w.add("." + para)
            w.add("Those Taking Part: " if ctx.attendance == "taking" else "Present: ")
            self.name_list(ctx, ctx.listed, f.listed, lambda p: p.surname)
            unlisted_note = None
            if ctx.unlisted and rng.random() < 0.5:
                unlisted_note = [self.pick(PH.NOTE_UNLISTED).format(name=ctx.unlisted[0].surname)]
            if protocol_note is not None:
                w.add(self.marker(ctx, protocol_note))
                protocol_note = None
            elif unlisted_note:
                w.add(self.marker(ctx, unlisted_note))
            if ctx.attendance == "present":
                w.add(".")
            w.add(para)
            if not ctx.politburo and not guests_in_title and rng.random() < 0.12:
                ctx.guests = self.guests(ctx, self.ri(1, 3))
                if ctx.guests:
                    w.add(f"From the CC of the {self.guest_party(ctx)}—Cdes. ")
                    self.name_list(ctx, ctx.guests, f.guest, lambda p: p.surname, last_and=True)
                    w.add("." + para)
        if protocol_note is not None:
            # no list to hang it on: the marker goes on the first item
            ctx.pending_note = protocol_note
        self.items(ctx, para, terse, chernukha)

    def guests(self, ctx: Ctx, n: int) -> list[Person]:
        nation = ctx.nation if ctx.nation in RULING else self.pick(RULING)
        pool = self.cast.foreign.get((nation, ctx.f.date.year), [])
        if len(pool) < n:
            return []
        if nation != ctx.nation:
            ctx.nation = nation
            ctx.cache.clear()
            country, adj, city, parties = NATIONS[nation]
            ctx.country, ctx.adj, ctx.city = country, adj, city
            ctx.party = next((name for start, name in reversed(parties) if ctx.f.date.year >= start), "CPSU")
            ctx.leaders = pool
        chosen = self.rng.sample(pool, n)
        ctx.present_people = ctx.present_people + chosen
        return chosen

    def guest_party(self, ctx: Ctx) -> str:
        return ctx.party

    def name_list(self, ctx, people, sink, form, last_and=False, cdes=False) -> None:
        w = self.w
        for i, p in enumerate(people):
            if i:
                w.add(" and " if last_and and i == len(people) - 1 else ", ")
            w.add(form(p))
            sink.append((p.surname, w.pos))

    def speaker_form(self, ctx: Ctx, p: Person, chernukha: bool) -> tuple[str, str, bool]:
        """(printed name with its prefix, separator, name alone on its line)."""
        x = self.rng.random()
        if p.invented:
            return ("Cde. " + p.surname, "—" if x < 0.7 else ": ", False)
        if p.abbrs and (chernukha and x < 0.8 or x < 0.1):
            return (self.pick(p.abbrs), "—", False)
        if x < 0.5:
            return ("Cde. " + p.surname, "—", False)
        if x < 0.68:
            return ("Cde. " + p.surname, ": ", False)
        if x < 0.8:
            return (p.surname, "—", False)
        if x < 0.88:
            return ("Cde. " + p.surname, ":", True)
        return (p.surname, "", True)

    def items(self, ctx: Ctx, para: str, terse: bool, chernukha: bool) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        n_items = 1 if rng.random() < (0.75 if ctx.small else 0.45) else self.ri(2, 3)
        numbering = self.pick(["roman", "roman", "arabic", "none"])
        speakers_all = ctx.listed + ([ctx.chair] if ctx.chair else []) + ctx.unlisted + ctx.guests
        if ctx.attendance == "none":
            speakers_all = ctx.listed + ctx.unlisted + ctx.guests
        unlisted_left = list(ctx.unlisted)
        for it in range(n_items):
            roman = ["I", "II", "III", "IV"][it]
            if numbering == "none" and it == 0 and n_items > 1:
                numbering = "roman"
            title = self.fill(self.pick(PH.ITEM_TITLES_FOREIGN if rng.random() < 0.6 else PH.ITEM_TITLES_HOME), ctx)
            number = f"{roman}. " if numbering == "roman" else f"{it + 1}. " if numbering == "arabic" else ""
            w.add(number)
            w.add(title)
            if getattr(ctx, "pending_note", None) is not None:
                w.add(self.marker(ctx, ctx.pending_note))
                ctx.pending_note = None
            elif rng.random() < 0.25:
                w.add(
                    self.marker(
                        ctx, self.ref_note(ctx) if rng.random() < 0.7 else [self.fill(self.pick(PH.NOTE_PLAIN), ctx)]
                    )
                )
            # who spoke on it, bracketed (always when nobody is listed)
            k = self.ri(2, 7)
            pool = speakers_all if speakers_all else ctx.members[:5]
            bracket = ctx.attendance == "none" and it == 0 or rng.random() < 0.15
            if numbering == "none" and not bracket:
                bracket = False  # an unnumbered title is followed by a speaker line
            if bracket:
                names = rng.sample(pool, min(k, len(pool)))
                for p in unlisted_left:
                    if p not in names:
                        names.append(p)
                unlisted_left = []
                if ctx.attendance == "none":
                    for p in ctx.listed:
                        if p not in names and rng.random() < 0.5:
                            names.append(p)
                w.add(para if rng.random() < 0.8 or numbering == "none" else " ")
                w.add("(")
                abbr = chernukha or rng.random() < 0.25
                for i, p in enumerate(names):
                    if i:
                        w.add(", ")
                    w.add(self.pick(p.abbrs) if abbr and p.abbrs else p.surname)
                    f.turns.append((p.surname, w.pos))
                w.add(")")
                if rng.random() < 0.4:
                    w.add(" " + self.fill(self.pick(PH.DECISIONS + PH.STANCES[:6]), ctx))
                w.add(para)
                if n_items > 1 and rng.random() < 0.35:
                    continue  # the bracket says all Malin wrote
            else:
                w.add(para)
            # read aloud, or information from someone away: no turn, no presence
            if rng.random() < 0.15:
                reader = self.pick(ctx.officials + ctx.members)
                w.add(
                    f"(The {self.pick(['text', 'report', 'draft', 'letter'])} is read aloud by Cde. {reader.surname}.)"
                )
                f.mentioned.append((reader.surname, w.pos))
                w.add(para)
            elif rng.random() < 0.06:
                away = self.pick(ctx.officials)
                w.add(f"Information from Cde. {away.surname}, who is in {ctx.city}, is noted.")
                f.mentioned.append((away.surname, w.pos))
                w.add(para)
            n_turns = self.ri(1, 4) if n_items > 1 else self.ri(2, 5 if ctx.small else 9)
            order = [self.pick(pool) for _ in range(n_turns)]
            for p in unlisted_left:
                order.insert(self.ri(0, len(order)), p)
            unlisted_left = []
            for p in order:
                self.malin_turn(ctx, p, para, terse, chernukha)
            if rng.random() < 0.3:
                w.add(self.fill(self.pick(PH.DECISIONS + PH.TASKS), ctx))
                w.add(para)

    def malin_turn(self, ctx: Ctx, p: Person, para: str, terse: bool, chernukha: bool) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        x = rng.random()
        if x < 0.1 and not p.invented or x < 0.03:
            # a narrative turn in the third person
            rare = self.hard and rng.random() < 0.04
            w.add("Cde. ")
            w.add(p.surname)
            f.turns.append((p.surname, w.pos))
            w.add(" " + self.fill(self.pick(PH.NARRATIVE_RARE if rare else PH.NARRATIVE), ctx))
            if rng.random() < 0.4:
                w.add(" " + self.fill(self.pick(PH.CLAIMS), ctx))
            w.add(para)
            return
        if x < 0.13 and not p.invented:
            w.add(f"{self.pick(['Report', 'Speech'])} of Cde. ")
            w.add(p.surname)
            f.turns.append((p.surname, w.pos))
            w.add(f" on {self.fill(self.pick(PH.TOPIC_NOUNS), ctx)}.")
            w.add(para)
            return
        ctx.speaker = p
        name, sep, alone = self.speaker_form(ctx, p, chernukha)
        w.add(name)
        f.turns.append((p.surname, w.pos))
        text = self.speech(ctx, self.ri(1, 4), terse)
        if sep == "—" and rng.random() < 0.5 and not alone:
            text = text[0].lower() + text[1:] if not text.startswith(("I ", "Cde", "Cdes")) else text
        if rng.random() < 0.12:
            text += self.marker(
                ctx, self.ref_note(ctx) if rng.random() < 0.6 else [self.fill(self.pick(PH.NOTE_PLAIN), ctx)]
            )
        if alone:
            w.add(sep + "\n")
        else:
            w.add(sep)
        start = w.add(text)
        w.cuttable.append((start, w.pos, "turn"))
        w.add(para)

    def protocol_note(self, ctx: Ctx) -> list | None:
        """The translator's note on what the formal protocol records: names it adds, and one it leaves out."""
        rng, f = self.rng, ctx.f
        d = f.date
        present = [p for p in ctx.listed if not p.invented]
        others = [p for p in ctx.members if p not in ctx.listed and p not in ctx.unlisted]
        if not others:
            return None
        stated = others[: self.ri(1, min(5, len(others)))]
        omitted = self.pick(present) if present and rng.random() < 0.7 else None
        organ = "Politbyuro" if ctx.politburo else "Prezidiuma"
        ru_date = f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} g."
        n = f.protocol or str(self.ri(1, 260))
        ref = protocol_ref(rng, ctx.politburo)
        names = [p.surname for p in stated]
        listing = (
            names[0]
            if len(names) == 1
            else ", ".join(names[:-1]) + (", and " if rng.random() < 0.6 else " and ") + names[-1]
        )
        form = rng.random()
        pieces: list = []
        if form < 0.55:
            pieces += [
                "The formal protocol for the session (“Vypiska iz Protokola No. "
                + n
                + f" zasedaniya {organ} TsK KPSS ot {ru_date},” in ",
                ref,
                ") indicates that, in addition to those listed here, the participants included ",
                ("stated", stated, listing),
                ".",
            ]
        elif form < 0.8 and ctx.attendance == "none":
            pieces += [
                "No full list of participants is given, but the formal protocol for the session (in ",
                ref,
                ") indicates that the participants also included ",
                ("stated", stated, listing),
                ".",
            ]
        else:
            pieces += [
                "According to the formal protocol (",
                ref,
                "), those present also included ",
                ("stated", stated, listing),
                ".",
            ]
        if omitted is not None:
            label = omitted.label if rng.random() < 0.5 else omitted.surname
            pieces += [" The protocol does not mention ", ("omitted", omitted, label, ref), "."]
        return pieces

    # --- Politburo working notes -------------------------------------------------------------

    def politburo_body(self, ctx: Ctx, index: int) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        d = f.date
        f.protocol = str(self.ri(1, 260)) if rng.random() < 0.3 else None
        if index == 0 and rng.random() < 0.6 and not self.wilson:
            w.add(f"{MONTHS[d.month - 1]} {d.day}, {d.year}\n")
        caps_heading = rng.random() < 0.6 and (self.hard or len(self.dates) == 1)
        if index == 0 and not self.wilson:
            w.add(
                f"Session of the {f.body}, {d.day} {MONTHS[d.month - 1]} {d.year}"
                f"{' (excerpt)' if rng.random() < 0.5 else ''}\n"
            )
            f.head_end = w.pos
            if rng.random() < 0.7:
                w.add("Top Secret\nSingle Copy\n")
            if rng.random() < 0.6:
                w.add("(Working Notes)\n")
            if caps_heading:
                w.add(f"SESSION OF THE {f.body.upper()}\n{d.day} {MONTHS[d.month - 1]} {d.year}\n")
        else:
            if caps_heading:
                w.add(f"SESSION OF THE {f.body.upper()}\n{d.day} {MONTHS[d.month - 1]} {d.year}\n")
            else:
                w.add(f"Session of the {f.body}, {d.day} {MONTHS[d.month - 1]} {d.year}\n")
            f.head_end = w.pos
        self.choose_participants(ctx, 7, 15)
        protocol_note = self.protocol_note(ctx) if rng.random() < 0.15 else None
        chair = ctx.chair
        w.add("Cde. ")
        w.add(self.initials(chair, caps=True))
        f.chair.append((chair.surname, w.pos))
        w.add(" presiding.")
        if protocol_note is not None:
            w.add(self.marker(ctx, protocol_note))
        w.add("\nAlso taking part: Cdes. ")
        col = 24
        for i, p in enumerate(ctx.listed):
            name = self.initials(p)
            if i:
                w.add(",")
                if col + len(name) > 62:
                    w.add("\n")
                    col = 0
                else:
                    w.add(" ")
            w.add(name)
            col += len(name) + 2
            f.listed.append((p.surname, w.pos))
        w.add("\n")
        n_items = 1 if ctx.small else self.ri(1, 3)
        first_no = self.ri(1, 6)
        for it in range(n_items):
            if rng.random() < 0.5:
                w.add(". . . .\n")
            title = self.fill(self.pick(PH.ITEM_TITLES_FOREIGN if rng.random() < 0.6 else PH.ITEM_TITLES_HOME), ctx)
            w.add(f"{first_no + it}. {title}\n")
            speakers = [chair] + ctx.listed + ctx.unlisted
            n_turns = self.ri(1, 5)
            order = [chair] if rng.random() < 0.6 else []
            order += [self.pick(speakers) for _ in range(n_turns)]
            if it == n_items - 1:
                order += [p for p in ctx.unlisted if p not in order]
            for p in order:
                self.politburo_turn(ctx, p)
        if rng.random() < 0.3:
            w.add(". . . .\n")

    def initials(self, p: Person, caps: bool = False) -> str:
        if p.initials:
            name = self.pick(p.initials)
        else:
            name = f"{p.given[:1] + '.' if p.given else 'A.'} {self.pick(_GIVEN_INITIALS)} {p.surname}"
        if caps:
            head, _, last = name.rpartition(" ")
            name = f"{head} {last.upper()}"
        return name

    def politburo_turn(self, ctx: Ctx, p: Person) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        ctx.speaker = p
        x = rng.random()
        if x < 0.82:
            form = "colon"
        elif x < 0.92:
            form = "period" if self.hard or not p.invented else "colon"
        else:
            form = "initials" if x < 0.96 else "colon"
        if form == "initials":
            head, _, last = self.initials(p).rpartition(" ")
            if not self.hard and (head[:2] in _NUMERAL_INITIALS or p.invented and head != head.upper()):
                form = "colon"
        if form == "initials":
            w.add(f"{head} {last.upper()}")
        else:
            w.add(p.surname.upper())
        f.turns.append((p.surname, w.pos))
        w.add(". " if form == "period" else ": ")
        n_par = 1 if rng.random() < (0.8 if ctx.small else 0.5) else self.ri(2, 4)
        wrap = rng.random() < 0.6
        for k in range(n_par):
            sents = [self.sentence(ctx) for _ in range(self.ri(2, 6))]
            if k and rng.random() < 0.25:
                m = self.pick(ctx.present_people)
                opener = (
                    f"Comrade {m.surname} reported on this in detail."
                    if self.hard and rng.random() < 0.08
                    else f"Comrades {m.surname} and {self.pick(ctx.members).surname} have already spoken about this."
                )
                sents.insert(0, opener)
            text = " ".join(sents)
            if wrap:
                text = self.wrap(text, self.ri(70, 95), first=len(p.surname) + 2 if k == 0 else 0)
            start = w.add(text)
            w.cuttable.append((start, w.pos, "turn"))
            w.add("\n")

    def wrap(self, text: str, width: int, first: int = 0) -> str:
        """Hard line breaks as in a typed copy, only before a word in lower case (a break elsewhere can
        make a line look like the start of a speaker's turn or an agenda item)."""
        out = []
        start, room, n = 0, width - first, len(text)
        while n - start > room:
            i = text.rfind(" ", start, start + room + 1)
            while i > start and not text[i + 1].islower():
                i = text.rfind(" ", start, i)
            if i <= start:  # no break before the margin: the first one after it
                i = text.find(" ", start + room)
                while i != -1 and not text[i + 1].islower():
                    i = text.find(" ", i + 1)
                if i == -1:
                    break
            out.append(text[start:i])
            start, room = i + 1, width
        out.append(text[start:])
        return "\n".join(out)

    # --- flattened protocol (the Wilson Center's "Presidium Protocol N" pages) ----------------------

    def flat_body(self, ctx: Ctx) -> None:
        rng, w, f = self.rng, self.w, ctx.f
        self.choose_participants(ctx, 6, 18)
        ctx.unlisted = [p for p in ctx.unlisted if not p.invented]
        w.add("Present: ")
        self.name_list(ctx, ctx.listed, f.listed, lambda p: p.surname)
        w.add(". ")
        n_items = self.ri(1, 3)
        pool = [p for p in ctx.listed if not p.invented] + ([ctx.chair] if ctx.chair else [])
        for it in range(n_items):
            title = self.fill(self.pick(PH.ITEM_TITLES_FOREIGN if rng.random() < 0.6 else PH.ITEM_TITLES_HOME), ctx)
            w.add(f"{['I', 'II', 'III'][it]}. {title}.")
            if rng.random() < 0.5:
                w.add(
                    self.marker(
                        ctx, self.ref_note(ctx) if rng.random() < 0.6 else [self.fill(self.pick(PH.NOTE_PLAIN), ctx)]
                    )
                )
            w.add(" ")
            if rng.random() < 0.5:
                w.add(self.fill(self.pick(PH.DECISIONS[:2] + PH.DECISIONS[3:]), ctx) + " ")
            order = [self.pick(pool) for _ in range(self.ri(1, 4) if n_items > 1 else self.ri(3, 7))]
            if it == n_items - 1:
                order += ctx.unlisted
            for p in order:
                # the speaker's name stood on a line of its own in the web page: now run into the text
                w.add(p.surname)
                f.turns.append((p.surname, w.pos))
                w.add(" ")
                said = self.speech(ctx, self.ri(2, 5), terse=False)
                if not self.hard:  # "Khrushchev I think ...": the name run into a text that starts with I or Cde.
                    for _ in range(20):
                        if not said.startswith(("I ", "Cde")):
                            break
                        said = self.speech(ctx, self.ri(2, 5), terse=False)
                    else:
                        said = "The question is ripe. " + said
                start = w.add(said)
                w.cuttable.append((start, w.pos, "turn"))
                if rng.random() < 0.15:
                    w.add(self.marker(ctx, self.ref_note(ctx)))
                w.add(" ")

    # --- the document ------------------------------------------------------------------------

    def build(self) -> tuple[str, list[dict]]:
        rng, w = self.rng, self.w
        layout = self.layout
        d0 = self.dates[0]
        politburo = d0 >= POLITBURO_FROM
        self.wilson = layout == "wilson" or (layout == "multi" and rng.random() < 0.6)
        body = "CPSU CC Politburo" if politburo else "CPSU CC Presidium"
        self.notes_ref = notes_ref(rng, politburo, d0.year) if (layout != "politburo" or rng.random() < 0.5) else None
        title = f"Working Notes from the Session of the {body} on {d0.day} {MONTHS[d0.month - 1]} {d0.year}"
        if len(self.dates) > 1:
            dn = self.dates[-1]
            first = (
                f"{d0.day}"
                if (d0.month, d0.year) == (dn.month, dn.year)
                else f"{d0.day} {MONTHS[d0.month - 1]}" + (f" {d0.year}" if d0.year != dn.year else "")
            )
            title = (
                f"Working Notes from the Sessions of the {body}, {first} - {dn.day} {MONTHS[dn.month - 1]} {dn.year}"
            )
        if layout == "flattened":
            self.flattened_page(body, title)
        elif layout == "twice":
            self.twice_page(body, title)
        else:
            if self.wilson:
                self.wilson_header(title)
            for i, d in enumerate(self.dates):
                self.session(d, i)
                if layout == "multi" and i + 1 < len(self.dates):
                    w.add("\n" if not self.wilson else "\n\n")
            self.notes_section()
            if layout == "politburo" and self.notes_ref is not None:
                self.trailer(short=True)
        text = w.text()
        cut = full = len(text)
        if self.truncate and len(text) > 1500:  # a shorter copy is left whole
            cut = self.cut_point(text)
            text = text[:cut]
        self.truncated = cut < full
        keys = []
        for f in self.sessions:
            f.notes_ref = self.notes_ref.norm() if self.notes_ref else None
            k = _key(f, cut, self.file, self.notes_ref_end)
            if k is not None:
                keys.append(k)
        return text, keys

    def cut_point(self, text: str) -> int:
        first_turn = min((e for f in self.sessions for _, e in f.turns), default=0)
        spans = [s for s in self.w.cuttable if s[0] >= first_turn]
        spans = [s for s in spans if s[1] > 1100] or spans  # copies of at least a kilobyte
        if not spans:
            return len(text)
        kinds = {k for _, _, k in spans}
        kind = self.pick(sorted(kinds))
        start, end, _ = self.pick([s for s in spans if s[2] == kind])
        words = list(_WORD.finditer(text, max(start, 1000), end)) or list(_WORD.finditer(text, start, end))
        if not words:
            return len(text)
        m = self.pick(words)
        return m.start() + self.ri(2, len(m[0]) - 2)

    def add_ref(self, f: SFacts, ref: Ref) -> None:
        self.w.add(ref.print(self.rng))
        f.refs.append((ref.norm(), self.w.pos))

    def notes_section(self) -> None:
        if not self.notes:
            return
        w = self.w
        heading = self.pick(
            ["#### Translator's Notes", "Translator's Notes", "Translator's Note:", "Translator Notes", "Notes"]
        )
        if heading == "Notes":
            heading = "Translator's Notes"
        sep = "\n\n" if self.wilson else "\n"
        w.add(("\n" if self.wilson else "") + heading + sep)
        style = self.pick(["bare", "bare", "bare", "paren", "dot"])
        for n, (f, pieces) in enumerate(self.notes, 1):
            w.add(f"{n} " if style == "bare" else f"({n}) " if style == "paren" else f"{n}. ")
            self.note_pieces(f, pieces, allow_cut=True)
            w.add(sep)

    def note_pieces(self, f: SFacts, pieces: list, allow_cut: bool) -> None:
        w = self.w
        protocol = any(isinstance(p, tuple) for p in pieces)
        for piece in pieces:
            if isinstance(piece, Ref):
                self.add_ref(f, piece)
            elif isinstance(piece, tuple):
                if piece[0] == "stated":
                    _, people, listing = piece
                    # record each name where it ends in the printed listing
                    base = w.add(listing)
                    pos = 0
                    for p in people:
                        i = listing.index(p.surname, pos)
                        pos = i + len(p.surname)
                        f.stated.append((p.surname, base + pos))
                else:
                    _, person, label, ref = piece
                    w.add(label)
                    f.omitted.append((person.surname, w.pos, ref.norm()))
                    f.mentioned.append((person.surname, w.pos))
            else:
                start = w.add(piece)
                if allow_cut and not protocol and len(piece) > 20:
                    w.cuttable.append((start, w.pos, "note"))

    # --- page layouts ---------------------------------------------------------------------------

    def wilson_header(self, title: str) -> None:
        rng, w = self.rng, self.w
        d0 = self.dates[0]
        dl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}"
        words = title.split(" ")
        cut = self.ri(6, len(words) - 2)
        w.add("\n\n" if rng.random() < 0.7 else "")
        w.add(f"**{dl}**  \n**{' '.join(words[:cut])}  \n{' '.join(words[cut:])}**\n\n**Citation:**\n\n")
        w.add(f'"{title}", {dl}, Wilson Center Digital Archive, ')
        if self.notes_ref is not None:
            w.add(self.notes_ref.print(rng))
            self.notes_ref_end = w.pos
        if d0 < POLITBURO_FROM:
            w.add(", compiled by " + ("V. N. Chernukha" if rng.random() < 0.12 else "V. N. Malin"))
            w.add(f". Published in CWIHP Bulletin 8-9, pp. {self.ri(380, 420)}-{self.ri(421, 440)}")
        else:
            w.add(". Translated by Mark Kramer")
        w.add(f" <https://digitalarchive.wilsoncenter.org/document/{self.ri(110000, 220000)}>\n\n")
        w.add(
            "**Summary:**\n\n"
            + self.summary()
            + "\n\n**Original Language:**\n\nRussian\n\n**Contents:**\n\nTranslation - English\n\n"
        )

    def summary(self) -> str:
        people = [p for p in self.cast.leaders[self.dates[0].year]]
        a, b = (self.rng.sample(people, 2) if len(people) >= 2 else (people * 2)[:2]) if people else (None, None)
        t = self.pick(PH.SUMMARIES)
        topic = self.pick(
            [
                "the draft appeal",
                "the situation abroad",
                "economic questions",
                "relations with the fraternal parties",
                "the plan",
                "the letter of the Central Committee",
            ]
        )
        return t.format(A=a.surname if a else "Khrushchev", B=b.surname if b else "Mikoyan", topic=topic)

    def trailer(self, short: bool = False) -> None:
        rng, w = self.rng, self.w
        if not short:
            w.add("Author(s):\nAssociated Topics\nSubjects Discussed\nDocument Information\n")
        w.add("Source\n")
        if self.notes_ref is not None:
            w.add(self.notes_ref.print(rng))
            self.notes_ref_end = w.pos
        d0 = self.dates[0]
        if d0 < POLITBURO_FROM:
            w.add(f". Compiled by V. N. Malin. Published in CWIHP Bulletin 8-9, p.{self.ri(380, 440)}\n")
        else:
            w.add(". Translated by Mark Kramer.\n")
        w.add("Original Archive\nRights\n")
        start = w.add(
            "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and "
            "educational purposes. Some documents may be subject to copyright, which is retained by the rights "
            "holders in accordance with US and international copyright laws. When possible, rights holders have "
            "been contacted for permission to reproduce their materials. To enquire about reproducing this material, "
            "please contact the program.\n"
        )
        w.cuttable.append((start, w.pos, "trailer"))

    def twice_page(self, body: str, title: str) -> None:
        """A fragment whose block (item, bracketed speakers, a turn, the note) the copy prints twice."""
        rng, w = self.rng, self.w
        d0 = self.dates[0]
        w.add(f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}\n")
        ctx = self.cast_session(d0)
        self.sessions.append(ctx.f)
        f = ctx.f
        f.compiler = "Malin"
        topic = self.fill(self.pick(PH.ITEM_TITLES_FOREIGN), ctx)
        w.add(f"{title} {topic}\n")
        head = f"Working Notes from the Session of the {body} on {d0.day} {MONTHS[d0.month - 1]} {d0.year}"
        w.add(head + "\n")
        f.head_end = w.pos
        self.choose_participants(ctx, 4, 12)
        ctx.unlisted = [p for p in ctx.unlisted if not p.invented]
        # the block, written once with its facts, then copied as it stands
        block_start = w.pos
        w.add(topic + " (1)\n(")
        names = ctx.listed + ctx.unlisted
        for i, p in enumerate(names):
            if i:
                w.add(", ")
            w.add(p.surname)
            f.turns.append((p.surname, w.pos))
        w.add(")\n")
        speakers = [ctx.chair] if ctx.chair and rng.random() < 0.7 else []
        speakers += rng.sample(names, min(len(names), self.ri(0, 2)))
        if not speakers:
            speakers = [names[0]]
        for p in speakers:
            w.add("Cde. " + p.surname + ":")
            f.turns.append((p.surname, w.pos))
            w.add("\n" + self.speech(ctx, self.ri(1, 4), terse=False) + "\n")
        w.add("Translator's Note:\n1 ")
        if rng.random() < 0.5:
            self.note_pieces(f, self.ref_note(ctx), allow_cut=False)
        else:
            w.add(
                "Unfortunately, only a small fragment of this session has been found. It is possible that missing "
                "pages will turn up in other parts of the Malin collection."
            )
        w.add("\n")
        block = "".join(w.parts)[block_start:]
        w.add(block)
        w.add(self.summary() + "\n")
        self.trailer()

    def flattened_page(self, body: str, title: str) -> None:
        rng, w = self.rng, self.w
        d0 = self.dates[0]
        n = self.ri(1, 260)
        organ = "POLITBURO" if d0 >= POLITBURO_FROM else "PRESIDIUM"
        page_title = f"CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF THE SOVIET UNION {organ} PROTOCOL {n}"
        quoted = f"Central Committee of the Communist Party of the Soviet Union {organ.capitalize()} Protocol {n}"
        dl = f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}"
        if rng.random() < 0.6:
            w.add(
                page_title
                + "\nThis document was made possible with support from the Leon Levy Foundation"
                + "\nCITATION SHARE DOWNLOAD-\nCitation\nget citation\n"
            )
            w.add(self.summary() + f'"{quoted}," {dl}, History and Public Policy Program Digital Archive, ')
            if self.notes_ref is not None:
                w.add(self.notes_ref.print(rng))
                self.notes_ref_end = w.pos
            w.add(
                ". Translated and edited by Mark Kramer, with assistance from Timothy Naftali. "
                f"https://digitalarchive.wilsoncenter.org/document/{self.ri(110000, 220000)} - Share\n"
                "- Download\nVIEW DOCUMENT IN\nEnglish HTML\n"
            )
        else:
            w.add(
                f"{organ} OF THE CC CPSU PROTOCOL {n} get citation Notes of the session. "
                f'"{organ.capitalize()} Protocol {n}," {dl}, History and Public Policy Program Digital Archive, '
            )
            if self.notes_ref is not None:
                w.add(self.notes_ref.print(rng))
                self.notes_ref_end = w.pos
            w.add(".\n")
        ctx = self.cast_session(d0)
        self.sessions.append(ctx.f)
        ctx.f.protocol = str(n)
        ctx.f.head_end = 0
        self.flat_body(ctx)
        for k, (f, pieces) in enumerate(self.notes, 1):
            w.add(f"[{k}] Translator’s Note: ")
            self.note_pieces(f, pieces, allow_cut=True)
            w.add(" ")
        w.parts[-1] = w.parts[-1].rstrip(" ")
        w.pos = sum(len(p) for p in w.parts)
        w.add("\n")


class Ctx:
    """The people and the subject of one session while it is written."""

    politburo = False
    flat = False
    small = False
    chair: Person | None = None
    members: list = []
    officials: list = []
    leaders: list = []
    listed: list = []
    unlisted: list = []
    guests: list = []
    present_people: list = []
    attendance = "taking"
    pending_note = None
    nation = "HU"
    country = adj = city = party = sector = region = ""

    def __init__(self):
        self.guests = []
        self.present_people = []
        self.cache: dict[str, str] = {}


# ---------------------------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------------------------


class Dates:
    """Session dates without replacement, per body; a new round (dates repeat) when a body runs out."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        n_pres = (POLITBURO_FROM - FIRST_DAY).days
        n_all = (LAST_DAY - FIRST_DAY).days + 1
        self.ranges = {False: (0, n_pres), True: (n_pres, n_all)}
        self.pools = {k: [] for k in self.ranges}
        self.used: set[int] = set()
        self.round = 0
        self.capacity = n_all

    def _refill(self, politburo: bool) -> None:
        a, b = self.ranges[politburo]
        pool = list(range(a, b))
        self.rng.shuffle(pool)
        self.pools[politburo] = pool
        self.round += 1

    def draw(self, politburo: bool) -> int:
        pool = self.pools[politburo]
        while True:
            while pool and pool[-1] in self.used:
                pool.pop()
            if pool:
                x = pool.pop()
                self.used.add(x)
                return x
            other = self.pools[not politburo]
            while other and other[-1] in self.used:
                other.pop()
            if other:
                x = other.pop()
                self.used.add(x)
                return x
            # every day has a session: a new round, dates repeat from here on
            self.used = set()
            self._refill(False)
            self._refill(True)
            pool = self.pools[politburo]

    def near(self, x: int, taken: list[int]) -> int:
        """An unused day a few days after ``x`` (sessions in one file are close together)."""
        a, b = self.ranges[x >= self.ranges[True][0]]
        for step in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14):
            y = x + step
            if a <= y < b and y not in self.used and y not in taken:
                self.used.add(y)
                return y
        return self.draw(x >= self.ranges[True][0])


def plan(n: int, seed: int) -> tuple[list[tuple[int, str, list[date], bool]], bool]:
    """(index, layout, dates, truncated) per document; and whether every date is unique."""
    rng = random.Random(seed)
    dates = Dates(rng)
    dates._refill(False)
    dates._refill(True)
    dates.round = 0
    out = []
    for i in range(n):
        politburo = rng.random() < 0.5
        x = rng.random()
        if politburo:
            layout = "politburo" if x < 0.45 else "wilson" if x < 0.7 else "flattened" if x < 0.82 else "multi"
        else:
            layout = "wilson" if x < 0.45 else "flattened" if x < 0.62 else "twice" if x < 0.77 else "multi"
        first = dates.draw(politburo)
        days = [first]
        if layout == "multi":
            for _ in range(rng.randint(1, 2)):
                days.append(dates.near(days[-1], days))
            days.sort()
        truncated = rng.random() < 0.15
        out.append((i, layout, [FIRST_DAY + timedelta(days=x) for x in days], truncated))
    return out, dates.round == 0


_CAST: dict[int, Cast] = {}


def make_document(
    seed: int, item: tuple[int, str, list[date], bool], hard: bool = True
) -> tuple[str, str, list[dict], bool]:
    """(file name, text, answer key of its sessions, whether it was cut short) for one planned document."""
    cast = _CAST.get(seed)
    if cast is None:
        cast = _CAST[seed] = Cast(seed)
    i, layout, dates, truncated = item
    rng = random.Random(f"{seed}/{i}")
    kind = {
        "wilson": "notes",
        "flattened": "protocol",
        "twice": "fragment",
        "politburo": "politburo",
        "multi": "sessions",
    }[layout]
    gen = DocGen(cast, rng, layout, dates, truncated, "", hard)
    fname = gen.file = f"{i:06d}_{dates[0].isoformat()}_{kind}{'-cut' if truncated else ''}.txt"
    text, keys = gen.build()
    if truncated and not gen.truncated:
        fname = f"{i:06d}_{dates[0].isoformat()}_{kind}.txt"
        for k in keys:
            for c in k["conflicts"]:
                if c["supported_by"].endswith("-cut.txt"):
                    c["supported_by"] = fname
    return fname, text, keys, gen.truncated


def _work(args: tuple[int, str, str | None, list, bool]) -> tuple[list[str], int]:
    """Write a batch of documents (and their gold files when dates are unique); their key lines."""
    seed, corpus, gold, items, hard = args
    lines, sessions = [], 0
    for item in items:
        fname, text, keys, cut = make_document(seed, item, hard)
        with open(os.path.join(corpus, fname), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        lines.append(
            json.dumps({"file": fname, "layout": item[1], "truncated": cut, "sessions": keys}, ensure_ascii=False)
        )
        sessions += len(keys)
        if gold is not None:
            for k in keys:
                with open(os.path.join(gold, k["session_date"] + ".json"), "w", encoding="utf-8") as fh:
                    fh.write(json.dumps({"file": fname, **k}, indent=1, ensure_ascii=False) + "\n")
    return lines, sessions


def generate(
    out_dir: Path, n: int, seed: int, jobs: int = 1, layout: str | None = None, hard: bool = True, chunk: int = 500
) -> dict:
    """Write the corpus, gold/ and key.jsonl; returns a summary.

    ``hard=False`` leaves out the forms listed in HARD_FORMS (realistic forms the extractor is known
    to miss), for a test of what it is meant to read today.
    """
    corpus, gold = out_dir / "corpus", out_dir / "gold"
    corpus.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.txt"):
        old.unlink()
    for old in gold.glob("*.json"):
        old.unlink()
    items, unique = plan(n, seed)
    if layout:  # one layout only (a debugging aid): a session's body still follows its date
        items = [(i, layout, d if layout == "multi" else d[:1], t) for i, _, d, t in items]
    gold_dir = str(gold) if unique else None  # dates drawn without replacement: one gold file per date
    batches = [(seed, str(corpus), gold_dir, items[k : k + chunk], hard) for k in range(0, len(items), chunk)]
    if jobs > 1 and len(batches) > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(jobs) as pool:
            results = pool.map(_work, batches, chunksize=1)
    else:
        results = [_work(b) for b in batches]
    with (out_dir / "key.jsonl").open("w", encoding="utf-8") as fh:
        for lines, _ in results:
            fh.write("\n".join(lines) + "\n" if lines else "")
    return {"documents": n, "sessions": sum(k for _, k in results), "gold_written": unique}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=100, help="number of documents")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="worker processes")
    ap.add_argument("--layout", choices=LAYOUTS, help="only this layout (for debugging)")
    ap.add_argument("--no-hard", action="store_true", help="leave out the forms in HARD_FORMS (known extractor misses)")
    a = ap.parse_args(argv)
    info = generate(a.out_dir, a.n, a.seed, a.jobs, a.layout, hard=not a.no_hard)
    msg = f"{info['documents']} documents, {info['sessions']} sessions in {a.out_dir / 'corpus'}"
    msg += f"; key in {a.out_dir / 'key.jsonl'}"
    if info["gold_written"]:
        msg += f"; gold in {a.out_dir / 'gold'}"
    else:
        msg += "; dates repeat (more sessions than days): gold/ not written, use key.jsonl"
    print(msg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
