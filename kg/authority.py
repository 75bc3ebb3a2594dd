"""The people authority: one stable id per person, and every way a name is printed.

Names reach us abbreviated ("Khr.", "Vorosh."), with initials ("L. I. BREZHNEV"),
with or without diacritics ("Kádár"), or misspelled ("Krushchev"). The
authority file (``kg/data/people.tsv``) lists the variants; ``resolve`` maps a
printed name to a person, falling back on a unique surname or a unique
abbreviation prefix. A name the file does not know still gets a stable id,
minted from its surname, so that people outside the authority come out too.
"""

from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kg.facts import PersonRef
from kg.names import SURNAME_BEFORE, common_word, word_list
from kg.text import TRAILING_MARK, UPPER, one_line

DEFAULT_PATH = Path(__file__).parent / "data" / "people.tsv"
GIVEN_NAMES = DEFAULT_PATH.parent / "given_names.txt"
_HONORIFIC = re.compile(r"^(?:Cdes?\.?|Comrades?|Comr\.|Mr\.|Mrs\.|Marshal|General|Academician)\s+", re.I)
_POSSESSIVE = re.compile(r"[’']s?$")
_COMPLETION = re.compile(r"\[([\w’'\-]+)\]")


# letters Unicode does not decompose into a base letter and a mark: "Łabęcki" must key as "labecki"
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})


def fold(name: str) -> str:
    """A matching key: no diacritics, lower case, one space after each initial."""
    text = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'")
    text = re.sub(r"\.\s*", ". ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(name: str) -> str:
    """An IRI-safe id minted from a name."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def clean_name(name: str) -> str:
    """The name without "Cde.", a footnote marker, a possessive or a dash after it; an editor's completion
    joined ("Bulg[anin]"); initials after the surname put before it ("Grishin V. V.")."""
    name = _COMPLETION.sub(r"\1", TRAILING_MARK.sub("", name.strip()))
    name = _HONORIFIC.sub("", name)
    name = _POSSESSIVE.sub("", name).strip(" ,;:-–—")  # a dash glued on: "Cde. Mikoyan-"
    first = SURNAME_BEFORE.match(name)  # as protocols print it: "Grishin V. V." is "V. V. Grishin"
    return f"{first['initials'].strip()} {first['surname']}" if first else name


@dataclass(frozen=True)
class Person:
    id: str
    label: str
    variants: tuple[str, ...]


class Authority:
    """Look-ups over the people file."""

    def __init__(self, people: list[Person]):
        self.people = {p.id: p for p in people}
        self._by_name: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        # two words that name one person without being a variant: the surname before a given name
        # ("Kádár János", the Hungarian order), and the first name with the patronymic ("Anastas Ivanovich")
        self._pairs: dict[tuple[str, str], set[str]] = {}
        self._patronymics: set[str] = set()
        # the sounds each person's given names begin with, and every given name the file knows: "Gerhard Müller"
        # is not the file's Margarete Müller
        self._given: dict[str, set[str]] = {}
        self._given_names = set(_given_keys())
        # the first letters of each person's given names as printed, of the label's or of names the given-names list
        # knows (not a title: "Marshal Sokolov"), which an initial is: "I. Ceaușescu" is Ilie, not Elena
        self._initials: dict[str, set[str]] = {}
        self._lettered: dict[str, set[str]] = {}  # the first letters of the initials each person's variants print
        known_given = set(self._given_names)
        for p in people:
            for v in (p.label, *p.variants):
                folded = _SOFT_SIGN.sub("", fold(v))
                self._by_name.setdefault(folded, p.id)
                *given, last = folded.split(" ")
                if not last.endswith(".") and not common_word(last):  # "Lord Home": "Home" alone is a menu entry
                    surnames.setdefault(last, set()).add(p.id)
                given = [_spelling(g) for g in given if not g.endswith(".")]
                pairs = [(_spelling(last), g) for g in given] + ([(given[0], given[1])] if len(given) > 1 else [])
                for pair in pairs:
                    self._pairs.setdefault(pair, set()).add(p.id)
                self._patronymics.update(g for g in given[1:2] if _PATRONYMIC.search(g))
                self._lettered.setdefault(p.id, set()).update(
                    _given_key(g[:-1])[:1] for g in folded.split(" ")[:-1] if g.endswith(".")
                )
                if given:
                    self._given.setdefault(p.id, set()).add(_given_key(given[0]))
                    self._given_names.add(given[0])
                    if given[0] in known_given or v is p.label:  # (a label gives the name first: "Elena Ceaușescu")
                        self._initials.setdefault(p.id, set()).add(given[0][0])
        self._surname = {k: next(iter(ids)) for k, ids in surnames.items() if len(ids) == 1}
        self._namesakes = {k: ids for k, ids in surnames.items() if len(ids) > 1}
        self._surname_keys = sorted(self._surname)
        self._patronymics -= {_spelling(k) for k in surnames}

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Authority:
        with path.open(encoding="utf-8", newline="") as f:
            rows = csv.DictReader(f, delimiter="\t")
            people = [
                Person(r["id"], r["label"], tuple(v for v in (r.get("variants") or "").split("|") if v.strip()))
                for r in rows
            ]
        return cls(people)

    def lookup(self, name: str) -> str | None:
        """The authority id for a printed name, or None; a name the line broke is looked up whole ("Andro-" /
        "pov"), a name with a dash after it at a line's end as it stands ("Mikoyan-" / "overall it ...")."""
        if "-\n" in name and (whole := self.lookup(one_line(name))):
            return whole
        name = clean_name(name)
        if not name:
            return None
        key = _SOFT_SIGN.sub("", fold(name))  # "Sliun'kov" is "Sliunkov", "Luk'ianov" "Lukianov"
        if key in self._by_name:
            return self._by_name[key]
        words = key.split(" ")
        last = words[-1]
        if len(words) == 2 and len(ids := self._pairs.get(_spellings(words), ())) == 1:
            return next(iter(ids))  # "Biszku Béla" is Biszku, not the Ben Bella of "Ben Bela"
        if last.endswith("."):
            stem = last.rstrip(".")
            if len(stem) < 2 or common_word(stem):
                return None  # "For.", "Apr.", "Gen.": an ordinary word's, not Ford's, Apró's or Genscher's
            hits = {self._surname[k] for k in self._prefixed(stem)}
            return hits.pop() if len(hits) == 1 else None
        pid = self._surname.get(last)
        if pid is None and len(words) > 1 and _INITIAL.fullmatch(words[0]):
            # a surname two men of the file bear, told apart by the first initial: "G. Müller" is Gerhard, not Margarete
            letter = words[0][0]
            fits = {i for i in self._namesakes.get(last, ()) if letter in self._initials.get(i, ())}
            return fits.pop() if len(fits) == 1 else None
        first = _spelling(words[0])
        given = self._given.get(pid or "")
        if given and len(words) > 1 and first in self._given_names and _given_key(first) not in given:
            if self._by_name.get(words[0]) != pid:  # (his party name before his surname: "Wiesław [Gomułka]")
                return None  # a given name the file knows, not this man's: "Gerhard Müller", "Karel Hoffmann"
        initials = len(words) > 2 and all(_INITIAL.fullmatch(w) for w in words[:2])  # (not a numeral's "item I. X")
        if given and initials and _given_key(words[0][:-1])[:1] not in {key[:1] for key in given}:
            return None  # a first initial not his: "E. D. Kiselev" is not Tikhon Kiselev, "I. S. Shcherbakov" not A. S.
        # one initial, no Roman numeral, may be his patronymic's, as the file prints it ("Pelshe Ya.", of "A. Ya.
        # Pelshe"): not one of his, "K. Hoffmann" is not Heinz Hoffmann, "M. Mănescu" not Corneliu
        alone = len(words) == 2 and bool(_INITIAL.fullmatch(words[0])) and words[0][0] not in "ivx"
        if given and alone and _given_key(words[0][:-1])[:1] not in {k[:1] for k in given} | self._lettered[pid]:
            return None
        return pid

    def bearers(self, name: str) -> set[str]:
        """Everyone a first name and patronymic ("Andrei Andreevich") or a surname and given name may stand for."""
        words = fold(clean_name(name)).split(" ")
        return self._pairs.get(_spellings(words), set()) if len(words) == 2 else set()

    def _prefixed(self, stem: str) -> list[str]:
        i = bisect.bisect_left(self._surname_keys, stem)
        out = []
        while i < len(self._surname_keys) and self._surname_keys[i].startswith(stem):
            out.append(self._surname_keys[i])
            i += 1
        return out

    def knows(self, name: str) -> bool:
        """Whether the file holds the person a printed name stands for, as printed or as a scan misread it."""
        return self.lookup(name) is not None or self._misread(name) is not None

    def resolve(self, name: str) -> PersonRef | None:
        """The person a printed name stands for; a minted one if the name is unknown but name-like."""
        pid = self.lookup(name)
        if pid is None:
            pid = self._misread(name)
        if pid is not None:
            return PersonRef(pid, self.people[pid].label, True)
        cleaned = clean_name(one_line(name))  # a name the line broke, whole: "N. I. Bobrov-" / "nikov"
        words = cleaned.split()
        if len(words) == 2 == len(key := fold(cleaned).split(" ")) and _spelling(key[1]) in self._patronymics:
            return None  # "Nikolai Ivanovich", a first name and patronymic of no one person, names no surname
        if not words or not _surname_like(words[-1]):
            return None  # an unknown abbreviation or a non-name is not a person we can name
        last = words[0] if surname_first(words) else words[-1]  # "Berecz János", as a Hungarian record prints it
        surname = last.capitalize() if last.isupper() else last
        surname = _SOFT_SIGN.sub("", surname)  # a soft sign's: "Ol'shansky" is Olshansky, not O'Neill
        # the label is the surname alone, so every document that names this person agrees on it;
        # fuller printed forms ("V. F. Nikolaev") are kept as variants; a namesake of someone in the file, whom
        # his given name rules out, takes it into his id ("Boris Ivanovich Aristov" is "boris-aristov")
        pid = slug(surname)
        if pid in self.people:
            pid = slug(f"{words[0]} {surname}" if not words[0].endswith(".") and last is words[-1] else cleaned)
        return PersonRef(pid, surname, False)

    def _misread(self, name: str) -> str | None:
        """The one person of the file a name stands for as a scan's text misread its surname ("Shvemik" for Shvernik,
        "N. G. lgnatov" for Ignatov): the letters a scanner confuses read the other way, one place at a time. None
        where no reading, or more than one person's, is in the file: an unknown name is not bent to a known one's,
        nor a short one ("Hom"), nor a given name the file knows as another man's ("Vladimir Popov" is no misread
        Georgy Popov)."""
        cleaned = clean_name(one_line(name))
        head, _, surname = cleaned.rpartition(" ")
        if len(surname) < _MISREAD_MIN:
            return None
        hits = {
            pid
            for misread, meant in _MISREADINGS
            for m in misread.finditer(surname)
            if (pid := self.lookup(f"{head} {surname[: m.start()]}{meant}{surname[m.end() :]}".strip())) is not None
        }
        return hits.pop() if len(hits) == 1 else None


_MISREAD_MIN = 5  # letters of a surname read for a scan's misreading: "Hom" may be a name of its own, not "Horn"
# what a scanner reads for what was printed: "m" for "rn", "rn" for "m", "l" for a capital "I" at a word's head, "I"
# for an "l" inside one, "cl" for "d", "u" for "n" and the other way ("Mikoyau", "Kuusiuen"), "c" for "e" ("Furtscva")
_MISREADINGS = [
    (re.compile(misread), meant)
    for misread, meant in [
        ("m", "rn"),
        ("rn", "m"),
        (r"\bl(?=[a-z])", "I"),
        (r"(?<=[a-z])I", "l"),
        (r"(?<=[a-z])l", "i"),  # "Bulganln"
        ("cl", "d"),
        ("u", "n"),
        ("n", "u"),
        ("c", "e"),
    ]
]
_INITIAL = re.compile(r"[a-z]{1,2}\.")  # a folded name's initial: "e.", "yu."
# a soft sign's apostrophe inside a transliterated name ("Sliun'kov", "Ol'shansky"); not O'Neill's in a printed
# name, but in a folded key (lower case) his too, on the file's side and the text's alike
_SOFT_SIGN = re.compile(r"(?<=\w)[’'](?=[a-z])")
_PATRONYMIC = re.compile(r"(?:vich|vna|ich|ichna)$")  # "Ivanovich", "Kuzmich", "Furtseva"'s "Alekseevna"
_SPELLINGS = [
    (re.compile(a), b)
    for a, b in [("['’]", ""), ("^ye|(?<=[^aeiou])yo", "e"), ("yo", "io"), ("x", "ks"), ("(?:iy|ii|yi|y)$", "i")]
]


def _given_key(given: str) -> str:
    """What a given name begins with across transliterations, its first sound and the consonant after it:
    "Yegor", "Egor", "Iegor" ("ig"); "Wladyslaw", "Vladislav" ("vl"); "Khristo", "Hristo" ("hr"); "Iurii",
    "Yuri" ("ir"); "Victor", "Viktor" ("vk"); "Georgi", "Gheorghe" ("gr"); "Mikhail", "Mihail" ("mh"). Two names
    the people file spells apart by it are two men's: "Imre" and "István" Horváth."""
    sound, rest = given[:1], given[1:]
    for printed, heard in (("kh", "h"), ("ts", "c"), ("y", "i"), ("j", "i"), ("e", "i"), ("w", "v")):
        if given.startswith(printed):
            sound, rest = heard, given[len(printed) :]
            break
    for printed, heard in _CONSONANTS:
        rest = rest.replace(printed, heard)
    rest = rest.lstrip("h")  # "Gheorghe", "Thomas"
    return sound + next((c for c in rest if c not in "aeiouy"), "")


# consonants transliterations spell apart: "Mikhail" / "Mihail", "Victor" / "Viktor", "Józef" / "Josef"
_CONSONANTS = (("kh", "h"), ("ck", "k"), ("c", "k"), ("z", "s"), ("w", "v"), ("ph", "f"))


def _spelling(word: str) -> str:
    """A given name's key across transliterations: "Yegor", "Egor"; "Kuz'mich", "Kuzmich"; "Anatolii", "Anatoly"."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def _spellings(words: list[str]) -> tuple[str, str]:
    """The key of two names, as ``_pairs`` holds it; the full stop of a sentence after the second is none of its
    ("I support Yurii Vladimirovich.")."""
    first, second = words
    return _spelling(first), _spelling(second.removesuffix(".") if len(second) > 3 else second)


def _surname_like(word: str) -> bool:
    """Whether an unknown word may be a surname: not an abbreviation, nor an ordinary word a title stands
    before ("the General Staff", "I. Information")."""
    return (
        not word.endswith(".") and re.match(rf"^[{UPPER}][\w'’\-]{{2,}}$", word) is not None and not common_word(word)
    )


def surname_first(words: list[str]) -> bool:
    """Whether a two-word name prints its surname first, as a Hungarian record does ("BERECZ JÁNOS"): its second
    word a given name ``given_names.txt`` knows, its first none."""
    return len(words) == 2 and [given_name(w) for w in words] == [False, True] and _surname_like(words[0].capitalize())


def given_name(word: str) -> bool:
    """Whether a word is a given name ``given_names.txt`` knows ("Mieczysław")."""
    return _spelling(fold(word)) in _given_keys()


@cache
def _given_keys() -> frozenset[str]:
    return frozenset(_spelling(fold(g)) for g in word_list(GIVEN_NAMES))


@lru_cache(maxsize=4)
def default_authority(path: Path = DEFAULT_PATH) -> Authority:
    return Authority.load(path)
