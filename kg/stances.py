"""Who stood where: positions of turns, tasks given, decisions taken.

The cues are data (``kg/data/stances.json``, ``kg/data/tasks.json``) that a
historian can read and extend; this module only applies them. A position is
never a guess: when the cues are absent, or point both ways, or are separated
by a "But", the turn is ``unclear``. Stances by reference ("I support Cde.
Mikoyan", "Cde. Molotov is incorrect") take the stance the referenced people
hold by their own words in the same session, or its opposite; a reference to
people who disagree with each other decides nothing.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.facts import Assignment, Decision, PersonRef, Position, Span, Stance, Turn
from kg.names import CDE, CDE_WORD, COMPLETION, masked, split_names
from kg.text import (
    INITIAL_LETTER,
    LOWER,
    MARK,
    POINT,
    TRAILING_MARK,
    UPPER,
    Line,
    goes_on,
    one_line,
    sentences,
    sub_line,
    whole_insertions,
    with_insertions,
)

DATA = Path(__file__).parent / "data"
# where a sentence starts, in tasks.json's "{sentence_start}": after a stop, but not after "Cde." or "Cdes." that
# follows a preposition, where a man is named inside a sentence ("The letter signed by Cde. X is to be published")
_SENTENCE_START = (
    r"(?:^|(?<=[.;:!?]\s)"
    + "".join(rf"(?<!\b{w}\s{c}\.\s)" for w in ("by", "of", "to", "for", "from", "with") for c in ("Cde", "Cdes"))
    + ")"
)
Resolve = Callable[[str], PersonRef | None]
# a note's marker glued to a name: "L.V. Smirnov** to prepare", "Cde. Kosygin[3]"
_NOTE_MARK = rf"{MARK}|\*{{1,3}}(?!\*)"
# a surname, after initials or one or two first names if any ("Yu. V. Andropov", "Č. Císař", "Švestka", "Ion Gheorghe
# Maurer") or before initials ("Ryzhkov N. I."), maybe broken at the line's end ("Andro-" / "pov"), or a first name and
# patronymic ("Andrei Andreevich")
_NAME = (
    rf"(?:(?:{INITIAL_LETTER}\s?){{1,3}}\s*|(?!Comrades?\b)(?:[{UPPER}][{LOWER}]+\s+(?=[{UPPER}])){{1,2}})?"
    rf"[{UPPER}][\w’'\-]*[\w\-](?<![’']s)(?:{COMPLETION}|(?<=-)\n[ \t]*[{LOWER}]+)?(?:{_NOTE_MARK})?"
    rf"(?:\.|(?:\s{INITIAL_LETTER}){{1,3}})?"
    # his body after him: "Cde. Kuzmin (Gosplan)", "Cde. Loginov (Ministry of Civil Aviation)"
    r"(?:\s\((?:USSR\s+)?[A-Z][A-Za-z]+(?:\s+(?:of|for|and|the|[A-Z][A-Za-z]+)){0,5}\))?"
    # the editor's surname after a first name and patronymic: "Eduard Amvrosievich [Shevardnadze]"
    rf"(?:\s\[[{UPPER}][{LOWER}’'\-]+\])?"
)
# at most 21 names: unbounded, a long list of names made every pattern that follows one quadratic. Each name is
# written once, with the separator after it (none after the last, nor a name glued to the next): the task patterns
# hold the list a dozen times each, and a list written as a name and then (separator, name) made compiling them take
# ten seconds of every build, an incremental one of a single document too
_NAME_LIST = (
    rf"(?:{_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:{CDE_WORD}\s+)?(?=[{UPPER}])|(?![{UPPER}])))" + r"{1,21}(?<![\s,])"
)
_WHO = rf"(?P<who>(?:{CDE_WORD}\s+)?" + _NAME_LIST + ")"
# a Soviet body's name goes on: "Gosplan USSR (Cde. Baibakov N. K.)", "the Ministry of Culture of the USSR"
_SOVIET = r"(?:\s+(?:USSR|of\s+the\s+USSR))?"
_SOVIET_END = re.compile(_SOVIET + "$")
_QUESTION = re.compile(rf"\?[”\"’)]*{MARK}?\s*$")
_LEADING_MARK = re.compile(rf"^{MARK}\s*")


@dataclass(frozen=True)
class _Cue:
    stance: Stance
    level: int  # 2: strong or by reference, 1: weak
    start: int
    end: int
    sentence: int


@cache
def _lexicon() -> dict:
    data = json.loads((DATA / "stances.json").read_text(encoding="utf-8"))

    def cues(entries: list, flags: int, **parts: str) -> list[tuple[re.Pattern[str], bool]]:
        """(pattern, told) for each entry: a pattern, or {"pattern": ..., "told": true}."""
        out = []
        for entry in entries:
            pattern, told = (entry, False) if isinstance(entry, str) else (entry["pattern"], entry.get("told", False))
            pattern = _spaced(pattern)
            for name, part in parts.items():
                pattern = pattern.replace("{" + name + "}", part)
            out.append((re.compile(pattern, flags), told))
        return out

    # ({course} holds {gerund})
    nouns = {name: data[name] for name in ("thing", "draft", "deed", "course", "gerund", "amended", "side")}
    nouns |= {name: data[name] for name in ("reserved", "theirs", "not_the_item")}  # the guards several cues share
    compiled = {
        level: {Stance(k): cues(v, re.I, **nouns) for k, v in data[level].items()} for level in ("strong", "weak")
    }
    compiled["proposal"] = {Stance.SUPPORTS: cues(data["proposal"], re.I, proposed=data["proposed"])}
    # each table's cues as one pattern, which most sentences fail in one call instead of one per cue
    compiled["any"] = {
        level: re.compile("|".join(f"(?:{p.pattern})" for cues in compiled[level].values() for p, _ in cues), re.I)
        for level in ("strong", "weak", "proposal")
    }
    compiled["paper_heading"] = re.compile(data["paper_heading"], re.I)
    compiled["person_support"] = cues(data["person_support"], 0, person=_WHO)
    compiled["person_criticism"] = cues(data["person_criticism"], 0, person=_WHO)
    compiled["contrast"] = tuple(data["contrast"])
    compiled["not_asserted"] = [re.compile(p, re.I) for p in data["not_asserted"]]
    return compiled


@cache
def _tasks() -> dict:
    data = json.loads((DATA / "tasks.json").read_text(encoding="utf-8"))
    orgs = sorted(data["organisations"], key=len, reverse=True)
    # a body with the man who answers for it: "Gosplan (Cde. Kosygin) and the Ministry of Foreign Trade (Cde. ...)"
    # or with its initials: "the Ministry of Foreign Affairs (MFA)"
    # ... or between commas: "Gosplan, Cde. Baibakov, is to provide ..."
    cde = rf"{CDE_WORD}\s+"
    # ... or between dashes: "Instruct the KGB—Cde. Andropov—to ..."
    # (its men written once for the three, each closed as it opened: see _NAME_LIST on why the patterns' size matters,
    # and ``_numbered`` on the marks' names)
    bracket = (
        rf"(?:\([A-Z]{{2,6}}\)|(?:\((?P<_in>)|,\s*(?P<_comma>)|[—–]\s*(?P<_dash>)){cde}{_NAME_LIST}"
        r"(?(_in)\)|(?(_comma),|(?=\s*[—–]))))"
    )
    known = "(?:(?:USSR|Soviet)\\s+)?(?:" + "|".join(re.escape(o) for o in orgs) + rf"){_SOVIET}(?:\s*{bracket})?"
    # ... or any body named with its men in brackets or between dashes: "the Commission of the Politburo on
    # Afghanistan (Cdes. Shevardnadze, Kryuchkov)", "The Politburo Commission—Cdes. Andropov, Gromyko—", "the
    # secretariat of the Board of the USSR Writers' Union (Cdes. K. A. Fedin, G. M. Markov)"
    # ("the Department of the CC CPSU for Liaison with Communist and Workers' Parties of Socialist Countries")
    # (or "the commission (Cdes. Pospelov, Aristov)3", with a book's note marker after the bracket)
    body = (
        rf"(?:[{UPPER}][\w-]*|\b(?:commission|committee|delegation|secretariat|board|bureau|collegium|presidium))"
        rf"(?:\s+(?:of|on|for|the|and|in|with|[{UPPER}][\w-]*[’']?)){{0,16}}?"
    )
    # (its men written once for both, closed as they opened, as a known body's are)
    manned = rf"{body}\s*(?:\((?P<_in>)|—(?P<_dash>)){CDE_WORD}\s+{_NAME_LIST}(?(_in)\)\d{{0,2}}|—)"
    org = f"(?:{known}|{manned})"
    together = r"\s+(?:together|jointly)\s+with\s+"  # "the Ministry of Defense (Cde. X) together with the ... (Cde. Y)"
    # after "together with" only a body tasks.json knows: "the Ministry of National Defense of the PPR
    # (Cde. Jaruzelski)" is a partner, not told what to do
    # ... and a man after a body: "the Department (Cde. X) and Cde. Y"
    # (after a body's man between dashes too: "the KGB—Cde. Serov—and the MFA—Cde. Shepilov—")
    joined = r"(?:,\s*(?:and\s+)?|\s+and\s+|[—–]\s*(?:,\s*)?and\s+)"
    # (a known body written once for both joins: see _NAME_LIST on why the patterns' size matters)
    more = rf"(?:(?:{joined}|{together})(?:the\s+)?{known}|{joined}(?:(?:the\s+)?{manned}|{cde}{_NAME_LIST}))"
    names = rf"(?:{org}|{_NAME_LIST}){more}{{0,5}}"  # "Cde. Zimyanin and the Department ... (Cde. X)"

    # what a man "is to be" that is done to him, not a task he does ("is to be relieved", "is to be elected")
    not_passive = (
        "(?:"
        + "|".join(re.escape(w.removeprefix("be ")).replace(r"\ ", r"\s+") for w in data["not_tasks_passive"])
        + ")"
    )

    foreign = data["foreign"]  # another party's body or man: "of the PPR", "Polish"

    def pattern(p: str) -> re.Pattern[str]:
        p = p.replace("{names}", names).replace("{sentence_start}", _SENTENCE_START).replace("{foreign}", foreign)
        p = p.replace("{duty}", data["duty"]).replace("{post_before}", data["post_before"])
        p = p.replace("{post}", data["post"])
        return re.compile(_numbered(p.replace("{not_passive}", not_passive)), re.S)

    return {
        # a task may go on over the lines a page wraps it onto
        "assignment": [pattern(p) for p in data["assignment"]],
        "assignment_present": [pattern(p) for p in data["assignment_present"]],
        "assignment_recorded": [pattern(p) for p in data["assignment_recorded"]],
        "assignment_decided": [pattern(p) for p in data["assignment_decided"]],
        "assignment_chair": [pattern(p) for p in data["assignment_chair"]],
        "by_post": re.compile(data["assignment_by_post"], re.S),
        "to_list": re.compile(data["to_list"].replace("{names}", _NAME_LIST)),
        "charged_after": re.compile(
            data["charged_after"]
            .replace("{names}", _NAME_LIST)
            .replace("{matter}", data["charged_matter"])
            .replace("{make}", data["make"])
        ),
        "make": re.compile(rf"{data['make']}\b"),
        "charged_matter": re.compile(rf"\s*{data['charged_matter']}\s"),
        "instructions_to": re.compile(data["instructions_to"]),
        "organisations": orgs,
        "openers": tuple(data["decision_openers"]),
        "not_tasks": tuple(data["not_tasks"]),
        "not_tasks_passive": tuple(data["not_tasks_passive"]),
        "not_tasks_place": re.compile("|".join(data["not_tasks_place"])),
    }


def _numbered(pattern: str) -> str:
    """A pattern with the marks of each of its brackets of men (``(?P<_in>)``, and the ``(?(_in)`` that closes on
    it), a known body's and any body's, named apart, a pattern naming each group once: ``_in1`` in its first
    bracket, ``_in2`` in the next."""
    n = 0

    def name(m: re.Match[str]) -> str:
        nonlocal n
        mark = m[1] or m[2]
        n += m[1] == "_in"  # (each bracket's marks begin with its "(")
        return m[0].replace(mark, f"{mark}{n}")

    return _BRACKET_MARK.sub(name, pattern)


_BRACKET_MARK = re.compile(r"\(\?P<(_in|_comma|_dash)>\)|\(\?\((_in|_comma)\)")


def _spaced(pattern: str) -> str:
    """A cue's spaces as any run of blanks: an editor's inserted words are read with the blanks of their brackets
    ("support [the] draft" reads "support  the  draft"). A lookbehind keeps its spaces (it must be of fixed width),
    and so does a class of characters."""
    out, depth, behind, in_class = [], 0, None, False  # the depth at which an open lookbehind began
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class or c == "[":
            in_class = c != "]"
        elif c == "(":
            depth += 1
            if behind is None and pattern.startswith(("(?<=", "(?<!"), i):
                behind = depth
        elif c == ")":
            behind = None if behind == depth else behind
            depth -= 1
        out.append(r"\s+" if c == " " and behind is None and not in_class else c)
        i += 1
    return "".join(out)


def prepare() -> None:
    """Compile the cues and task patterns now (three seconds' work): a build does it before it forks its
    workers, which then share them instead of each compiling its own."""
    _lexicon()
    _tasks()


def _own_words(text: str, turn: Turn) -> tuple[int, int]:
    """Where the speaker's words are: the turn's text up to a later line that opens a decision.

    The reader gives a turn every line after it until the next speaker, so the record of what was
    decided ("Approve the draft.") can end up in the last turn of an item; it is not the speaker's stance.
    """
    start, end = turn.start, turn.span.end
    for i, (a, b) in enumerate(sentences(text, start, end)):
        sentence = text[a:b].lstrip()
        if i == 0:  # a record's label under the speaker's name on a line of its own: "Tikhonov" / "RESOLVED: Agree"
            if "\n" in text[turn.span.start : a] and _DECIDED.match(sentence):
                return start, a
        elif "\n" in text[a:b][: b - a - len(sentence)] and (opens_decision(sentence) or _DECIDED.match(sentence)):
            return start, a
    return start, end


def _direct(
    text: str, bounds: list[tuple[int, int]], own: Callable[[int], bool], levels: tuple[tuple[str, int], ...]
) -> list[_Cue]:
    """The cues of a turn's own sentences, from the lexicon's tables named in ``levels`` (with the level each
    gives); a cue marked 'told' only where ``own`` says it is the speaker's."""
    cues = []
    for n, (a, b) in enumerate(bounds):
        sentence = _unmarked(text[a:b])
        question = bool(_QUESTION.search(sentence))
        for level_name, level in levels:
            if not _lexicon()["any"][level_name].search(sentence):
                continue
            for stance, patterns in _lexicon()[level_name].items():
                for p, told in patterns:
                    for m in p.finditer(sentence):
                        if (question and level == 2) or _not_asserted(
                            sentence[: m.start()], text[bounds[0][0] : a + m.start()], m[0]
                        ):
                            continue  # "Who says it should not be adopted?", "whether it should be adopted"
                        if told and not own(a + m.start()):
                            continue  # "Honecker is for the meeting. Agrees.": Honecker's, not the speaker's
                        lead = len(m[0]) - len(m[0].lstrip())  # a cue anchored at the sentence's start, or its end
                        cues.append(_Cue(stance, level, a + m.start() + lead, a + m.start() + len(m[0].rstrip()), n))
    return cues


_GLUED_MARK = re.compile(rf"(?<=\w){MARK}")  # "I am against² the letter"


def _unmarked(sentence: str) -> str:
    """A sentence without its notes' markers, of the same length: "Supports.¹" is "Supports." and "I am against²
    the letter" "I am against the letter" as a cue reads them."""
    return _GLUED_MARK.sub(_blanked, TRAILING_MARK.sub(_blanked, sentence))


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m[0])


def _not_asserted(before: str, said: str, cue: str) -> bool:
    """Whether the words before a cue in its sentence make it reported or conditional ("whether", "if", "some
    say"), or the turn's words before it (``said``) open a quotation the cue is inside ("he told our ambassador:
    "We shall wait. I am not ready ..."): not the speaker's own. A condition's main clause after its ", then" is
    his own where the ``cue`` opens it with "I" or "we" ("If the letter stays unilateral, then I withdraw my
    objection"): he states on what terms he stands where, and the session goes on to meet them or not."""
    quoted = said.count('"') % 2 == 1 or said.count("“") > said.count("”")
    # (but the quotation a record tells his turn by is his: 'Cde. Štěpán declared: "We must not do this."')
    quoted = quoted and not (_OWN_QUOTE.match(said) and said.count('"') + said.count("“") == 1)
    condition = _IF_THEN.match(before + cue)
    own = before[condition.end() :] if condition else before
    return quoted or any(p.search(own) for p in _lexicon()["not_asserted"])


# a sentence that opens with a condition and goes on with the speaker's own clause: "If ..., then I ..." (not "If X is
# right, then the draft is wrong", a hypothesis, nor "I do not know whether, if ..., then we ...")
_IF_THEN = re.compile(r"^\s*(?:(?:But|And|So|Well),?\s+)?[Ii]f\b[^;]*?,\s+then\s+(?=(?:I|we)\b)")
_OWN_QUOTE = re.compile(
    r"^\s*(?:,[^,\"“]{1,80},\s*)?(?:also\s+)?(?:said|declared|stated|replied|answered|added|remarked|exclaimed|objected)"
    r"\s*:\s*[\"“]"
)


def _speaker_s(
    text: str, turn: Turn, bounds: list[tuple[int, int]], identify: Callable[[str], str | None]
) -> Callable[[int], bool]:
    """Whether a cue told with no subject or "he" at an offset is the speaker's. Not in a turn he tells as "I"
    before it ("I talked with the ambassador. He was against ..."); not where its sentence names another man the
    people file knows (``identify``) before it, nor the sentence before it ("Comrade Rákosi bears the blame. He
    spoke against ..."), or any before that back to one that does not go on with "He"; a sentence about a man
    named by his post names another ("The American ambassador came to see me."), one named after a preposition
    does not ("The appointment of Comrade Husák is a positive step. He proposed ..." is the speaker's), nor one
    in the possessive amid the sentence ("Wałęsa's adversaries"). What is found of each sentence is kept: a long
    turn asks often."""
    starts = [a for a, _ in bounds]
    as_i = _SPEAKS_AS_I.search(text, turn.start, turn.span.end)
    first_person = as_i.start() if as_i else len(text)
    named: dict[int, bool] = {}  # by sentence: whether it names another man
    goes_back: list[bool] = [True]  # by sentence: whether the sentences before it leave "he" the speaker

    def names_another(a: int, b: int) -> bool:
        return bool(_ROLE_SUBJECT.match(text, a)) or any(
            identify(m[0]) not in (None, turn.person.id)
            and not _AFTER_PREPOSITION.search(text, a, m.start())
            and not (_POSSESSIVE.search(m[0]) and _COMRADE.sub("", text[a : m.start()]).strip())
            for m in _CAPITALISED.finditer(text, a, b)
        )

    def sentence_names_another(j: int) -> bool:
        if j not in named:
            named[j] = names_another(*bounds[j])
        return named[j]

    def own(at: int) -> bool:
        if first_person <= at:
            return False
        k = bisect_right(starts, at) - 1
        if k < 0 or names_another(starts[k], at):
            return k < 0
        while len(goes_back) <= k:  # the sentence before decides, or, where it goes on with "He", the one before it
            j = len(goes_back) - 1
            he = bool(_GOES_ON_WITH_HE.match(text, bounds[j][0]))
            goes_back.append(not sentence_names_another(j) and (goes_back[j] or not he))
        return goes_back[k]

    return own


# the words before a name that make it no sentence's subject: "of Comrade Husák", "with Cde. L. Brezhnev", the names
# listed after it too ("with Comrades E. Bodnăraș and I. Chișinevschi")
_TITLE_WORD = r"(?:Comrades?|Cdes?\.|Cardinal|Archbishop|Marshal|General|Ambassador)\s+"
_FORENAME = rf"(?:(?:{INITIAL_LETTER}\s*){{1,3}}|[{UPPER}][{LOWER}]+\s+)?"  # "N. S. ", "János "
_LISTED = rf"(?:{_FORENAME}[{UPPER}][\w’'\-]+(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_TITLE_WORD})?){{0,6}}"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|by|to|with|from|for|about|on|at|in|against|towards?|under|between|among|through)\s+(?:the\s+)?"
    rf"(?:{_TITLE_WORD})?{_LISTED}{_FORENAME}$"
)
# a man named in the possessive after the sentence's first words is no subject "he" may stand for: "it would hand
# Wałęsa's adversaries the best argument. He supported the draft" is the speaker's; "Tito's reply came. He does not
# support ..." is Tito's
_POSSESSIVE = re.compile(r"[’']s$")
_COMRADE = re.compile(CDE)
_GOES_ON_WITH_HE = re.compile(r"\s*(?:He|She|His|Her)\b")
# a sentence about a man named by his post: "The American ambassador came to see me yesterday."
_ROLE_SUBJECT = re.compile(
    r"\s*(?:The|This|That|Their|Our)\s+(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|minister|president|premier|chancellor"
    r"|chairman|secretary|leader|marshal|representative|delegate|correspondent|king|shah)\b"
)
# the speaker telling his turn as "I" (not a Roman "I" after "Item", "Section", ...)
_SPEAKS_AS_I = re.compile(
    r"\b(?:me|my|myself)\b|(?<![Ii]tem )(?<![Pp]oint )(?<![Ss]ection )(?<![Pp]art )(?<![Cc]hapter )(?<![Aa]rticle )"
    r"(?<![Qq]uestion )\bI\b(?!\.)"
)
_CAPITALISED = re.compile(rf"\b[{UPPER}][{LOWER}’'\-]+")


def _references(
    text: str,
    bounds: list[tuple[int, int]],
    turn: Turn,
    resolve: Resolve,
    held: dict[tuple[str, int | None], Stance],
    own: Callable[[int], bool],
    course: dict[tuple[str, int | None], int],
) -> list[_Cue]:
    """Cues that take their stance from the people the turn supports or criticises. One who opened the item before
    this turn and took no stance (``course``, by his first turn: he laid out a course, or reported the matter) put
    forward what the item is about: agreeing with him supports it, weakly, as a proposal's maker does."""
    cues = []
    for n, (a, b) in enumerate(bounds):
        sentence = _unmarked(text[a:b])
        for kind in ("person_support", "person_criticism"):
            for p, told in _lexicon()[kind]:
                for m in p.finditer(sentence):
                    if told and not own(a + m.start()):
                        continue  # "Nagy is playing a double game. He shared the view of Cde. Mikoyan ..."
                    if _not_asserted(sentence[: m.start()], text[bounds[0][0] : a + m.start()], m[0]):
                        continue  # "I do not think Cde. Rapacki is right", "if Cde. X is right"
                    who = Line(a + m.start("who"), a + m.end("who"), m["who"])
                    # (a name that ends the sentence keeps its full stop: "I agree with Andrei Andreevich.")
                    people = [resolve(n.text) or resolve(n.text.removesuffix(".")) for n in split_names(who) or ()]
                    keys = [(person.id, turn.item) for person in people if person]
                    laid_out = {k for k in keys if course.get(k, turn.seq) < turn.seq}  # (by a turn before this one)
                    stances = {held.get(k, Stance.SUPPORTS if k in laid_out else None) for k in keys}
                    if len(stances) != 1 or None in stances:
                        continue  # unknown, or people who disagree with each other: decides nothing
                    (stance,) = stances
                    if kind == "person_criticism":
                        stance = {Stance.SUPPORTS: Stance.OPPOSES, Stance.OPPOSES: Stance.SUPPORTS}[stance]
                    level = 2 if all(k in held for k in keys) else 1
                    cues.append(_Cue(stance, level, a + m.start(), a + m.end(), n))
    return cues


# a turn that opens by affirming the one before it: "Correct.", "That's right.", "Quite right!"
_AFFIRMS = re.compile(r"\s*(?:(?:that(?:'s|’s|\s+is)\s+|quite\s+)?(?:correct|right)|true)\s*[.!]", re.I)


def _affirming(
    text: str,
    bounds: list[tuple[int, int]],
    turn: Turn,
    before: Turn | None,
    held: dict[tuple[str, int | None], Stance],
    course: dict[tuple[str, int | None], int],
) -> list[_Cue]:
    """The support of a turn that opens by affirming the turn before it on the same item ("Correct.", "That's
    right."), where its speaker supports the item, or laid out its course, as agreeing with him by name does. Not an
    answer to a question ("... on the 27th?" / "Correct."), nor his own turn again."""
    if before is None or not bounds or before.item != turn.item or before.person.id == turn.person.id:
        return []
    m = _AFFIRMS.match(text, bounds[0][0], bounds[0][1])
    if m is None or before.text.rstrip().endswith("?"):
        return []
    key = (before.person.id, before.item)
    # (under an objection, a bare "Correct." may still answer the proposal: "Correct. Cde. Molotov is always against
    # anything new")
    if held.get(key, Stance.SUPPORTS if course.get(key, turn.seq) < turn.seq else None) is not Stance.SUPPORTS:
        return []
    start = m.start() + len(m[0]) - len(m[0].lstrip())
    return [_Cue(Stance.SUPPORTS, 2 if key in held else 1, start, m.end(), 0)]


def _decide(text: str, bounds: list[tuple[int, int]], turn: Turn, cues: list[_Cue]) -> Position:
    contrast = _lexicon()["contrast"]
    turns_at = [n for n, (a, b) in enumerate(bounds) if text[a:b].lstrip().startswith(contrast)]
    top = max((c.level for c in cues), default=0)
    chosen = [c for c in cues if c.level == top]
    stances = {c.stance for c in chosen}
    split = any(min(c.sentence for c in cues) < t <= max(c.sentence for c in cues) for t in turns_at) if cues else False
    if not cues:
        return Position(turn.seq, Stance.UNCLEAR, "", Span(turn.span.start, turn.span.end, turn.span.quote))
    if len(stances) == 1 and not split:
        cue = min(chosen, key=lambda c: c.start)
        stance, first, last = stances.pop(), cue.start, cue.end
    else:  # cues that point both ways, or a "But" between them
        stance, first, last = Stance.UNCLEAR, min(c.start for c in cues), max(c.end for c in cues)
    first, last = whole_insertions(text, first, last)
    words = text[first:last]
    return Position(turn.seq, stance, words, Span(first, last, words))


_STANCES = (("strong", 2), ("weak", 1))


def _proposers(
    text: str,
    spoken: list[Turn],
    bounds: dict[int, list[tuple[int, int]]],
    theirs: dict[int, Callable[[int], bool]],
    direct: dict[int, list[_Cue]],
    headings: dict[int, str],
) -> dict[int, list[_Cue]]:
    """The cue of each item's first proposal ("I propose that we announce the date"), made in its first two turns
    (an opening or a report may come first) where no turn on the item, his own included, takes a stance: what it
    proposes is what the item is about, so its maker supports it, and those who agree with him support it too.
    A later proposal may be an amendment or another course (an objection the cues miss, a side issue), and so may
    any on an item whose heading puts a paper before the body ("On the draft resolution"): no cue."""
    found: dict[int, list[_Cue]] = {}
    # items where a stance was taken or a proposal made, or that a paper is before
    settled: set[int | None] = {n for n, h in headings.items() if _lexicon()["paper_heading"].search(h)}
    turns_on: Counter[int | None] = Counter()
    for t in spoken:
        turns_on[t.item] += 1
        if t.item in settled or turns_on[t.item] > 2:
            continue
        if direct[t.seq]:  # a stance taken: by him, or on what is before the item already ("send it back")
            settled.add(t.item)
        elif proposal := _direct(text, bounds[t.seq], theirs[t.seq], (("proposal", 1),))[:1]:
            found[t.seq] = proposal
            settled.add(t.item)
    return found


def positions(
    text: str,
    turns: list[Turn],
    resolve: Resolve,
    identify: Callable[[str], str | None],
    headings: dict[int, str],
) -> list[Position]:
    """One position per turn, in turn order: a turn with no words of its own (a protocol's "SPOKE: Cdes. A, B.")
    shows no stance, so it is unclear, as one whose words hold no cue is. Stances by reference use what people
    say directly on the same item (``resolve`` names them); ``identify`` tells whom else a turn names, without
    recording it as a mention; ``headings`` are the items' titles, by their order. Cues are matched in the text as
    its editor reads it ("[I am] for adopting it") and quoted from the text as printed."""
    printed, text = text, with_insertions(text)
    spoken = [t for t in turns if t.text]
    bounds = {t.seq: sentences(text, *_own_words(text, t)) for t in spoken}  # the sentences of the speaker's words
    # whether a cue told with no subject is his
    theirs = {t.seq: _speaker_s(text, t, bounds[t.seq], identify) for t in spoken}
    direct = {t.seq: _direct(text, bounds[t.seq], theirs[t.seq], _STANCES) for t in spoken}
    for seq, cues in _proposers(text, spoken, bounds, theirs, direct, headings).items():
        direct[seq] += cues
    held: dict[tuple[str, int | None], Stance] = {}
    votes: dict[tuple[str, int | None], Counter] = {}
    for t in spoken:
        own = _decide(text, bounds[t.seq], t, direct[t.seq]).stance
        if own is not Stance.UNCLEAR:
            votes.setdefault((t.person.id, t.item), Counter())[own] += 1
    for key, counter in votes.items():
        (best, n), *rest = counter.most_common()
        if not rest or rest[0][1] < n:
            held[key] = best

    before = {t.seq: b for b, t in zip([None, *spoken], spoken, strict=False)}  # the turn each one answers

    def cues(t: Turn, course: dict[tuple[str, int | None], int]) -> list[_Cue]:
        found = direct[t.seq] + _references(text, bounds[t.seq], t, resolve, held, theirs[t.seq], course)
        return found + _affirming(text, bounds[t.seq], t, before[t.seq], held, course)

    # Who laid out the item's course: the man who opened it (its first turn: a report, or the course he proposes)
    # and whose words on it take no stance in any turn, not even by reference to one who spoke before him (whose
    # stance may itself be by reference: no chain of guesses); by that first turn. (Not a later speaker with no cue:
    # a question, or an objection the cues miss.)
    first: dict[tuple[str, int | None], int] = {}
    opening: dict[int | None, int] = {}
    for t in spoken:
        first.setdefault((t.person.id, t.item), t.seq)
        opening.setdefault(t.item, t.seq)
    course = {k: seq for k, seq in first.items() if seq == opening[k[1]]}
    for t in spoken:
        if (t.person.id, t.item) in course and cues(t, first):
            del course[(t.person.id, t.item)]
    return [
        _decide(printed, bounds[t.seq], t, cues(t, course)) if t.text else _decide(printed, [], t, []) for t in turns
    ]


def _organisations(names: str) -> list[str]:
    return [o for o in _tasks()["organisations"] if re.search(rf"\b{re.escape(o)}\b", names)]


# what "To Cdes. X" or "Responsible: Comrade X" after it gives: a point that sets a task, or records the body's
# decision in the passive ("The submission is confirmed with the amendments."); not "The Committee rejects the proposal"
_TASK_LIKE = re.compile(
    r"\b(?:is|are)\s+to\b|\bto\s+be\b|\b(?:must|should|shall|instructs?|charges?|entrusts?|obliges?)\b"
    r"|\b(?:is|are)\s+(?:confirmed|approved|adopted|accepted)\b|\b(?:agreed|decided)\s+(?:to|that)\b"
    r"|\b(?:approved|accepted|adopted)\s+(?:it|the|this)\b"  # "The Political Committee approved it. Responsible: ..."
    r"|\bwill\s+be\s+(?:[a-z]+ed|held|made|sent|given|done|set|drawn\s+up)\b"  # "... will be published."
)
_DEADLINE_LINE = re.compile(r"^\s*(?:Deadline|Term|Due|Date)\s*:", re.I)
# the men named for a body: "Gosplan (Cde. Kosygin)", "the Commission—Cdes. Andropov, Gromyko—", "the KGB – Cde.
# Andropov" (its closing dash after the names)
_HEAD = re.compile(rf"\({CDE_WORD}\s+([^()]+)\)|[—–]\s*{CDE_WORD}\s+([^—–]+?)\s*(?:[—–]|$)")
# ... or between commas after it: "Gosplan, Cde. Baibakov," (not a list "Cde. Gromyko, Cde. Ustinov, ...")
_HEAD_AFTER_COMMA = re.compile(rf",\s*{CDE_WORD}\s+([^,()—]+),")


# comrades named before the bodies of an instructed list: "Cde. M. V. Zimyanin and the Department of Propaganda"
_MEN_BEFORE_BODY = re.compile(
    rf"(?P<men>{CDE_WORD}\s+{_NAME_LIST})(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:together|jointly)\s+with\s+)the\s"
)
# ... or after a body (and its men): "the Ministry of Defense and Cde. Konev", "the International Department (Cde.
# Ponomarev) and Cde. Zhukov", "Gosplan (Cde. Baibakov), Cde. Arkhipov and ..." (not its head between commas)
_MEN_AFTER_BODY = re.compile(rf"(?:[)—](?:,\s*(?:and\s+)?|\s+and\s+)|,?\s+and\s+)(?P<men>{CDE_WORD}\s+{_NAME_LIST})")


def _heads(names: Line, orgs: list[str]) -> list[Line]:
    """The men named for the bodies of an instructed list."""
    spans = [m.span(m.lastindex) for m in _HEAD.finditer(names.text)]
    spans += [
        m.span(1)
        for m in _HEAD_AFTER_COMMA.finditer(names.text)  # after a body, maybe "USSR": "Gosplan USSR, Cde. Baibakov,"
        if orgs and _SOVIET_END.sub("", names.text[: m.start()]).endswith(tuple(orgs))
    ]
    return [sub_line(names, a, b) for a, b in sorted(spans)]


def _assignees(
    names: Line, resolve: Resolve, known_only: bool, passive: bool = False
) -> list[tuple[PersonRef | None, str, str]]:
    """(person, organisation, name as printed) for each name of an instructed list; a body's men only where the
    task is the body's to do ("The Commission (Cdes. A, B) is to be dissolved" is done to it)."""
    orgs = _organisations(masked(names.text))  # "(MFA)" is the body before it again
    if orgs or _HEAD.search(names.text):
        heads = [] if passive else _heads(names, orgs)
        bodies = [(None, o, o) for o in orgs if not any(o != p and o in p for p in orgs)]
        lead = _MEN_BEFORE_BODY.match(names.text)  # "Cde. Zimyanin and the Department ... (Cde. X)"
        men = _assignees(sub_line(names, 0, lead.end("men")), resolve, known_only) if lead else []
        men_after = [sub_line(names, m.start("men"), m.end("men")) for m in _MEN_AFTER_BODY.finditer(names.text)]
        return men + bodies + [a for head in heads + men_after for a in _assignees(head, resolve, known_only)]
    out = []
    for name in split_names(names) or ():
        person = resolve(name.text)
        if person is not None and (person.in_authority or not known_only):
            out.append((person, None, name.text))
    return out


def _as_comrades(names: str) -> bool:
    """Whether names are printed as men given tasks are: with "Cde.", or as a body's men ("the Commission—Cdes.
    A, B—", "Gosplan (Cde. Baibakov)", "Gosplan, Cde. Baibakov,"); only such a name new to the people file is
    taken for a man."""
    return bool(re.match(rf"{CDE_WORD}\s", names) or _HEAD.search(names) or _HEAD_AFTER_COMMA.search(names))


def _clean(task: str) -> str:
    """A task or decision as one line: a word the page broke mended ("propos-" / "als"), its marker dropped."""
    return TRAILING_MARK.sub("", one_line(task).strip()).rstrip(" .;")


def gives_task(line: str) -> bool:
    """Whether a line gives the task above it to the men it names ("Responsible: Comrade X.", "Participating:
    Comrades Y, Z.", "To Cdes. A and B."), as tasks.json's 'to_list' reads it."""
    return bool(_tasks()["to_list"].match(line.strip()))


def gives_tasks(line: str) -> bool:
    """Whether a line gives a task outright to men it names ("Cdes. A and B are to ...", "Instruct Cde. X to ..."), as
    ``charges`` asks of the line above a man charged: cheap, to ask first."""
    return bool(_GIVES_TASK.search(line))


def charges(previous: str, line: str) -> bool:
    """Whether a line charges a man with a matter of his own under a line that gives a task ("Cde. Suslov is to
    receive the ambassador." / "Cde. Kuusinen—an article in Pravda."), as tasks.json's 'charged_after' reads it: the
    record's decision, not his turn; or under another such line. Not a man's words of his own: one with a clause
    ("Cde. Mikoyan—on Gomułka: he is a reliable comrade", "—a good proposal, I support it") or a stance ("—for the
    withdrawal"), nor under a line that only says what should be ("... proposes that the troops should be
    withdrawn")."""
    t = _tasks()
    m = t["charged_after"].match(line.strip())
    if m is None or _OWN_CLAUSE.search(m["task"]) and not t["make"].match(m["task"]):
        return False  # (a thing to make may have a clause of its own: "—prepare the material, so that ...")
    return gives_tasks(previous) or bool(t["charged_after"].match(previous.strip()))


# a line that gives a task outright ("Cde. Suslov is to receive ...", "Instruct Cdes. A and B to ..."), above a man
# charged with a matter of his own
_GIVES_TASK = re.compile(
    r"\b(?:Cdes?\.|[Cc]omrades?)\s[^.;]{0,80}?\b(?:is|are)\s+to\s+(?!be\b)[a-z]"  # not "The task is to isolate ..."
    r"|^\s*(?:\d{1,2}\.\s*)?(?:To\s+)?(?:Instruct|Entrust|Charge)\b"
)
# what no matter a man is charged with holds: a clause of his own, or a stance
_OWN_CLAUSE = re.compile(r"[,:]|^\s*(?:for|against|with)\b", re.I)


def charged_matter(text: str, at: int) -> bool:
    """Whether what follows a man's name and dash at ``at`` is a matter he is charged with ("– on joint
    enterprises", "—an article in Pravda"), as tasks.json's 'charged_matter' reads it, not a sentence of his."""
    return bool(_tasks()["charged_matter"].match(text, at))


def opens_decision(sentence: str) -> bool:
    """Whether a sentence records a decision ("Approve ...", "To instruct ..."), by the openers of tasks.json."""
    return _opens(sentence, _tasks()["openers"])


def _about_him(task: str, t: dict) -> bool:
    """Whether what a man "is to" do is done to him ("be recalled") or is his place ("head the delegation"): a
    decision about him, not a task for him."""
    return _opens(task, t["not_tasks_passive"]) or bool(t["not_tasks_place"].match(task))


def _opens(sentence: str, words: tuple[str, ...]) -> bool:
    """Whether the sentence begins with one of ``words`` as a whole word ("Instruct", not "Instructions")."""
    return any(sentence.startswith(w) and not sentence[len(w) : len(w) + 1].isalpha() for w in words)


# a comrade a task names as the one to do it with: "to prepare, together with Cde. Pavel, information ...", "to
# prepare the final text together with Cdes. Brezhnev and Pospelov" (of a paper or a measure they are to make
# together, its object before him only for a paper they write; or a journey; not the other side of talks: "to meet
# together with Cde. Tito", "to settle together with Cde. Gomułka the question of ...", nor an event gone by: "to
# study the results of the talks held together with Cde. Suslov")
_PARTNER = re.compile(
    r"(?:(?:prepare|draft|draw\s+up|work\s+out|submit|present|finalize|edit|compose|elaborate|develop|revise)"
    r"(?:\s+(?!(?:together|jointly|held|made|conducted|signed|agreed)\b)(?![a-z]+ed\b)[\w’'-]+){0,6}?"
    r"|examine|study|organi[sz]e|ensure|consider|carry\s+out|calculate|check|verify|go|travel|fly|leave)"
    rf",?\s+(?:together|jointly)\s+with\s+(?P<with>{CDE_WORD}\s+{_NAME_LIST})(?=[,.;]?(?:\s|$))"
)


def _instructed(
    m: re.Match[str],
    text: str,
    at: int,
    weak: bool,
    resolve: Resolve,
    present: frozenset[str] | None,
    item: int | None,
) -> list[Assignment]:
    """The tasks one match of an assignment wording gives, to those it names and to any it names as their
    helpers ("Cde. Zhukov, with the participation of Cde. Konev, is to ...", "... to prepare together with Cde.
    Konev ..."), who need not be at the session any more than they (a department's head); ``at``: where the
    sentence starts in ``text``, which the evidence quotes (the match is in the text as its editor reads it)."""
    out = []
    # (the body's "Instruct Cde. X", or its "It instructed X" told of men named in full, "Marjai József", not of a
    # paper or an agency, "Népszabadság and MTI": a man it names so need not be one the file knows)
    instructed = re.match(r"(?:instruct|assign|oblige|entrust)\b", m.group(0), re.I) or (
        _INSTRUCTED_TOLD.search(m.string, m.start(), m.start("names")) and _in_full(m["names"])
    )
    # the task goes on over the lines it wraps onto, not into the next line's own point ("... of deliveries" /
    # "Cde. Gromyko is to inform ...")
    lines = m["task"].split("\n")
    kept = next((i for i in range(1, len(lines)) if not goes_on(lines[i - 1], lines[i])), len(lines))
    task = "\n".join(lines[:kept])
    end = max(m.start("task") + len(task), m.end("names"))  # (the men after the task: "Entrust X to Cde. Y")
    span = Span(at + m.start(), at + end, text[at + m.start() : at + end])
    named = [m.span(group) for group in ("names", "with") if m.groupdict().get(group)]
    if partner := _PARTNER.match(m.string, m.start("task"), m.start("task") + len(task)):
        named.append(partner.span("with"))  # "... to prepare together with Cde. Pavel information ..."
    for a, b in named:
        names = Line(at + a, at + b, m.string[a:b])
        known_only = not (_as_comrades(names.text) or instructed)  # "Molotov must ..." only for a name we know
        at_session = known_only or weak
        for person, org, printed in _assignees(names, resolve, known_only, passive=task.startswith("be ")):
            if at_session and person is not None and present is not None and person.id not in present:
                continue
            out.append(Assignment(person, org, printed, _clean(task), item, span))
    return out


_INSTRUCTED_TOLD = re.compile(r"\b(?:instruct|assign|oblige|entrust)(?:s|ed)\b", re.I)


def _in_full(names: str) -> bool:
    """Whether every name of a list is printed with a given name or initials, as a man is, not a paper's or an
    agency's one word."""
    found = split_names(Line(0, len(names), names))
    return bool(found) and all(len(n.text.split()) > 1 for n in found)


# a sentence that tells what a speaker proposed: "He proposed to return the draft and to instruct Gosplan ..."
_PROPOSED = re.compile(r"\s*(?:(?:he|she|they)\s+)?(?:also\s+)?(?:proposed|suggested)\b", re.I)
_DECIDED = re.compile(r"(?:Decided|Resolved|Decisions?|Resolutions?)\s*:\s*", re.I)  # "RESOLVED: Agree." too
# a refusal an aside parts from the verb it negates: "We cannot, however, instruct ...", "should not, in my view, ..."
# (not "Whether he agrees or not, in any case, instruct ...")
_REFUSED = re.compile(
    r"\b(?:cannot|can['’]t|(?:do|does|did|will|would|should|must|could|can|may|shall)\s+not|never)\s*,[^,;.]{1,40},\s*$",
    re.I,
)


def _by_post(
    m: re.Match[str], text: str, at: int, by_post: Resolve, resolve: Resolve, item: int | None
) -> list[Assignment]:
    """The tasks a record gives men by their posts, each post read only where one man of the list holds it, with
    a body and its man they are to work with ("The First Deputy Chairman ..., together with the USSR Gosplan
    (Cde. N. K. Baibakov), is to ..."). None at all if a post is no one man's: no guess at who holds it."""
    held = [(label, by_post(label)) for label in re.split(r"\s+and\s+the\s+", m["posts"])]
    if any(person is None for _, person in held):
        return []
    end = m.end("task")
    span = Span(at + m.start(), at + end, text[at + m.start() : at + end])
    task = _clean(m["task"])
    out = [Assignment(person, None, label, task, item, span) for label, person in held]
    if m["with"]:
        partners = Line(at + m.start("with"), at + m.end("with"), m["with"])
        known = not _as_comrades(partners.text)  # "Cde. Zamyatin" may be new to us
        out += [Assignment(p, o, name, task, item, span) for p, o, name in _assignees(partners, resolve, known)]
    return out


def table_tasks(
    text: str, rows: list[tuple[tuple[Line, ...], tuple[Line, ...]]], resolve: Resolve
) -> tuple[list[Assignment], list[Decision]]:
    """The decisions of a table (each decision's cells, wrapped over its rows) and the tasks its "Responsible"
    column gives: the decision is the task of each man it names there. The evidence is the decision's rows."""
    assignments, decisions = [], []
    for cells, men in rows:
        decided = _clean("\n".join(c.text for c in cells))  # "con-" / "veyor bridges" mended
        span = Span(cells[0].start, cells[-1].end, text[cells[0].start : cells[-1].end])
        decisions.append(Decision(None, decided, span))
        for man in men:
            if person := resolve(man.text):
                assignments.append(Assignment(person, None, man.text, decided, None, span))
    return assignments, decisions


def _clauses(text: str, bounds: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """The sentences, each cut before a further instruction it goes on with: "... to instruct the Ministry to
    prepare a memorandum, and to instruct Comrade Naszkowski to inform the ambassador" is two tasks, and so is
    "Cdes. A and B are to edit the letter; Cde. C to take part"; each (start, end, where its sentence starts)."""
    for a, b in bounds:
        opening = a
        for m in _FURTHER_INSTRUCTION.finditer(text, a, b):
            if m["gapped"] and not _INSTRUCTED.search(text, a, m.start()):
                continue  # (the verb left out must be an instruction's: not "asked Comrade X, and Comrade Y to ...")
            yield a, m.start(), opening
            a = m.end()
        yield a, b, opening


# (or after a semicolon: "Instruct the ambassador ..., Cde. X, to inform Nasser; instruct the Foreign Ministry ...")
# (and the next man's task with its verb left out after an instruction: "Comrade Münnich was instructed to draft the
# decree, and Comrade Apró to begin talks with the councils"; a verb after "to", not "... to the trade delegation")
_FURTHER_INSTRUCTION = re.compile(
    rf"(?:,?\s+and|;)\s+(?=(?:to\s+)?(?:instruct|oblige|entrust)\s)|;\s+(?=(?:let\s+)?{CDE_WORD}\s)"
    rf"|(?P<gapped>,\s+and\s+(?={CDE_WORD}\s+(?-i:[A-Z])[\w’'\-]+\s+to\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|me|us)\b)(?-i:[a-z][a-z-]*)\b))",
    re.I,
)
# (an instruction's verb, or the bare "Cdes. A and B to finalize the text" of Malin's notes)
_INSTRUCTED = re.compile(
    r"\b(?:instruct\w*|oblige[sd]?|charge[sd]|entrust\w*|commission\w*|assign\w*|tasked|should|must"
    r"|(?:is|are|was|were)\s+to)\b|\bto\s+(?-i:[a-z])",
    re.I,
)


def tasks(
    text: str,
    lines: list[tuple[int, int, int | None]],
    resolve: Resolve,
    turn_starts: frozenset[int] = frozenset(),
    present: frozenset[str] | None = None,
    own_words: frozenset[int] = frozenset(),
    by_post: Resolve | None = None,
    chair_words: frozenset[int] = frozenset(),
) -> tuple[list[Assignment], list[Decision]]:
    """Assignments and decisions in the lines of a session's body: (start, end, agenda item order).

    ``turn_starts`` are where the turns' texts begin: a speaker's first words ("Agree with Cde. Suslov.")
    are theirs, not a decision. ``present`` are the people at the session, when a list says so: only
    they can be told what to do by the weaker forms ("Molotov is to ...", "Cde. X must ..."), so a
    speaker's "Cde. Kania must act" is an opinion about a foreign leader, not a task. ``own_words`` are where
    the turns in a speaker's own words begin (not those a record tells): a body's past "instructed" there is a
    story, not the record of a task. ``by_post`` gives the man the session's list gives a post to, where a
    record tasks men by their posts ("The Minister of Foreign Affairs is to ..."). ``chair_words`` are where the
    turns of the session's chair begin: his summing up gives tasks in words that in another's turn ask or tell ("I ask
    Cdes. A and B to ...", "Let Cde. X talk with ...", "Cde. X will prepare ...").
    """
    t = _tasks()
    read = with_insertions(text)  # matched in, quoted from ``text``
    assignments: list[Assignment] = []
    decisions: list[Decision] = []
    previous, previous_item = "", None
    given_before: set[str] = set()  # the men the sentence ``previous`` gave its task to
    for start, end, item in lines:
        if item != previous_item:
            # ("To Cdes. X and Y." gives them the item's last task)
            previous, previous_item, given_before = "", item, set()
        told = False  # whether a sentence of the line has given a task in full ("Cdes. A, B are to ...")
        for a, b, opening in _clauses(read, sentences(text, start, end)):
            a += len(text[a:b]) - len(text[a:b].lstrip())  # sentences inside a line begin with a space
            lead = _LEADING_MARK.match(text[a:b])
            a += lead.end() if lead else 0
            sentence = read[a:b]
            if not sentence.strip():
                continue
            so_far = len(assignments)
            found = charged = False
            sets_task = _TASK_LIKE.search(previous) or opens_decision(POINT.sub("", previous.strip()))
            to_list = t["to_list"].match(sentence.strip())
            if to_list and sets_task:
                # the sentence's full stop is not the last name's ("Responsible: Comrade Zoltán Komócsin.")
                listed = re.sub(r"(?<=[^\W\d_]{4})\.$", "", to_list["names"])
                names = Line(a + to_list.start("names"), a + to_list.start("names") + len(listed), listed)
                for person, org, printed in _assignees(names, resolve, False):
                    if person is not None and person.id in given_before:
                        continue  # "b) instructs Comrade X to ... Responsible: Comrade X.": the task he has
                    said = previous.strip()  # (not the decision's label, nor its point's letter: "Decisions: a) ...")
                    label = _DECIDED.match(said)
                    task = _clean(POINT.sub("", said[label.end() :] if label else said))
                    assignments.append(Assignment(person, org, printed, task, item, Span(a, b, text[a:b])))
                found = True
            elif (m := t["charged_after"].match(sentence.strip())) and sets_task:
                names = Line(a + m.start("names"), a + m.end("names"), m["names"])
                for person, org, printed in _assignees(names, resolve, False):
                    assignments.append(Assignment(person, org, printed, _clean(m["task"]), item, Span(a, b, text[a:b])))
                found = charged = True  # (the next man charged so after him is under the same task)
            elif m := t["instructions_to"].search(sentence):
                names = Line(a + m.start("names"), a + m.end("names"), m["names"])
                task = _clean(m["task"] or "")
                for person, org, printed in _assignees(names, resolve, False):
                    assignments.append(Assignment(person, org, printed, task, item, Span(a, b, text[a:b])))
                found = True
            # by post: in the record's own voice, not a speech's "The Minister of Defense is to report to the Sejm",
            # though a turn's lines may run on into the record's "Decided: The Minister ... is to ..."
            by_post_here = by_post and (start not in own_words or _DECIDED.match(sentence))
            if by_post_here and (m := t["by_post"].match(sentence)) and not _about_him(m["task"], t):
                given = _by_post(m, text, a, by_post, resolve, item)
                assignments += given
                found = bool(given)
            if not found and not _opens(sentence, t["not_tasks"]):
                recorded = t["assignment_recorded"] if start not in own_words else []  # the record's own voice
                decided = t["assignment_decided"] if start not in turn_starts else []  # ... outside every turn
                chaired = t["assignment_chair"] if start in chair_words else []  # ... in the chair's own words
                for p in t["assignment"] + t["assignment_present"] + recorded + decided + chaired:
                    for m in p.finditer(sentence):
                        if _about_him(m["task"], t):
                            continue  # "is to be recalled", "is to head the delegation": a decision about them
                        if _PROPOSED.match(read, opening, a + m.start()):
                            continue  # "He proposed ... to instruct Gosplan to ...": a proposal told, not decided
                        if _REFUSED.search(sentence, 0, m.start()):
                            continue  # "We cannot, however, instruct Cde. X ...": no task given
                        # the terse form too after such a task in the line, where the editor reads it as one:
                        # "... [are to] finalize the text. Cde. Kabanov [to] calculate the deliveries."
                        edited = told and "[to]" in text[a + m.end("names") : a + m.start("task")]
                        weak = p in t["assignment_present"] and not edited
                        given = _instructed(m, text, a, weak, resolve, present, item)
                        told = told or bool(given) and p not in t["assignment_present"]
                        assignments += given
            if opens_decision(sentence) and a not in turn_starts:
                decisions.append(Decision(item, _clean(text[a:b]), Span(a, b, text[a:b])))
            # "Deadline: 2 April." is no task a "Responsible:" line after it gives, nor is "Responsible: Comrade X."
            # the task of "Participating: Comrades Y, Z." under it
            if not _DEADLINE_LINE.match(sentence) and not to_list and not charged:
                previous = sentence
                given_before = {x.person.id for x in assignments[so_far:] if x.person is not None}
    return _once(assignments), decisions


def _once(assignments: list[Assignment]) -> list[Assignment]:
    """The tasks, one where two forms read the same task in one sentence ("d) Comrade Al. Drăghici is to ...", and
    "Drăghici is to ..." after the initial's stop): the one whose words begin first."""
    kept: list[Assignment] = []
    for x in assignments:
        who = x.person.id if x.person else x.organisation
        same = next(
            (
                i
                for i, y in enumerate(kept)
                if (y.person.id if y.person else y.organisation, y.task, y.item) == (who, x.task, x.item)
                and y.span.start < x.span.end
                and x.span.start < y.span.end
            ),
            None,
        )
        if same is None:
            kept.append(x)
        elif x.span.start < kept[same].span.start:
            kept[same] = x
    return kept
