"""Printed names and lists of names: what a name looks like, which words never are one, and how a
printed list ("Present: Cdes. A. B. Surname, ...; candidate members Cdes. ...") splits into its names.

``kg.sessions`` asks these questions while it walks the body; ``kg.stances`` splits the names of a
task ("Cdes. Mikoyan, Suslov, and Brezhnev are to ..."). Nothing here decides who a name stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.text import EDITOR_REMARK, INITIAL_LETTER, LOWER, MARK, SUPERSCRIPTS, UPPER, Line, mend_words, sub_line

NOT_SPEAKERS = Path(__file__).parent / "data" / "not_speakers.txt"

# A name as printed: initials, then a surname (also ALL CAPS, hyphenated or abbreviated "Khr.").
# ... with the editor's completion of an abbreviation in brackets: "Bulg[anin]", "Zh[ukov]"
COMPLETION = rf"\[(?!\d|{EDITOR_REMARK}\])[\w’'\-]+\]"  # (not a note's marker "[1]" nor "[sic]")
NAME = rf"(?:(?:{INITIAL_LETTER}\s?){{1,3}}\s*)?[{UPPER}][\w’'\-]*(?:{COMPLETION})?\.?"
# a given name printed in full before a surname: "Antal Apró", "Władysław Gomułka", "Hans-Joachim Böhme"; also a
# patronymic: "Il'ich"
GIVEN = rf"[{UPPER}][{LOWER}]+(?:[’'][{LOWER}]+)?(?:-[{UPPER}][{LOWER}]+)?"
NAME_PARTS = re.compile(rf"(?P<initials>(?:{INITIAL_LETTER}\s?){{0,3}})\s*(?P<surname>\S+)")
# "Cde.", "Comrades", or "C.C." (the Russian "т.т.", comrades) before a name or a list of names
CDE_WORD = r"(?:[Cc]des?\.|[Cc]omrades?|Cde|C\.C\.)"  # "cde." too, as some translations print it
CDE = CDE_WORD + r"\s+"
# an initial, a double one too ("A.-R." of "Vezirov A.-R. Kh.")
INITIAL = rf"{INITIAL_LETTER}(?:-{INITIAL_LETTER})?"
# a surname printed before its initials, as Soviet protocols print lists: "Kirilenko A.P.", "SUSLOV M.A."
SURNAME_FIRST = rf"[{UPPER}][\w’'\-]+\s+(?:{INITIAL}\s?){{1,3}}"

_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*")
# a surname printed before its initials, as a name alone: "Kirilenko A.P.", "Vezirov A.-R. Kh."
SURNAME_BEFORE = re.compile(rf"^(?P<surname>[{UPPER}][\w’'\-]+)\s+(?P<initials>(?:{INITIAL}\s?){{1,3}})$")
# a name with initials that runs on into a capitalised sentence or heading: "M. V. Zimyanin On the ..."
_RUN_ON = re.compile(rf"^(?P<name>(?:{INITIAL_LETTER}\s?){{1,3}}\s*[{UPPER}][\w’'\-]+)\s+(?=[{UPPER}][a-z])")
_LIST_NAME = re.compile(rf"^(?:{CDE})?(?:{GIVEN}\s+){{0,2}}{NAME}$")
_INITIAL = re.compile(rf"(?:^|[\s—–:(.\-])(?:{INITIAL_LETTER}|(?:[Cc]des?|Comr)\.)$")
# after a name's last letter, its full stop, or the comma after it ("Aliev,1 V. I. Vorotnikov")
# or set apart at its end; or asterisks ("Ryzhkov N. I.*, ...")
_BARE_MARK = re.compile(
    r"(?<=[a-zà-ÿ.,])\d{1,2}(?=[\s,;]|$)|(?<=[a-zà-ÿ] )\d{1,2}$|(?<=[\w.])\*{1,3}(?=[\s,;.]|$)"
    rf"|(?<=[,;])[{SUPERSCRIPTS}]{{1,2}}(?=\s|$)"  # a superscript marker after the comma: "Marian Spychalski,² Ignacy"
)
# (but not an editor's completion of an abbreviated name, "Khr[ushchev]", which is part of it)
_BRACKETS = re.compile(rf"\([^()]*\)|(?<!\w)\[[^\[\]]*\]|(?<=\w)(?!{COMPLETION})\[[^\[\]]*\]")
# the words one man's post opens with ("Minister of Defense", "Chairman of the KGB"), for every reader of posts
POST_HEADS = (
    "minister chairman chairwoman secretary head ambassador president director commander editor chief premier member"
    " mayor attaché attache counsellor counselor adviser advisor interpreter consul envoy representative"
).split()
# a post printed after a name and a comma, with no brackets: "János Péter, Minister of Foreign Affairs"
_ONE_HOLDS = (
    "|".join(POST_HEADS)
    .replace("commander", "commander(?:-in-chief)?")
    .replace("secretary", "secretary(?:[- ]general)?")  # "Secretary-General of the Political Consultative Committee"
    + "|prime minister"
)
# (and a body's candidates, one or several: "..., M. Jakeš, candidates of the Presidium; ...")
_SEVERAL_HOLD = r"ministers|chairmen|secretaries|heads|ambassadors|directors|commanders|editors|members|candidates?"


def _posts(heads: str) -> re.Pattern[str]:
    return re.compile(
        r"^(?i:(?:USSR|RSFSR|Soviet|first|deputy|acting|former|general|vice-|candidate|lord|state|under-?|permanent"
        r"|federal)\s*)*"
        rf"(?i:{heads})\b\s+(?:of|for|to|in|at|on)\b"
        r"|^(?i:(?:first|deputy|acting|chief|vice|general)\s*)+$"  # a post the line breaks: "..., First Deputy"
        # alone: "..., Commander-in-Chief; ...", "..., state secretary, president of ..."
        rf"|^(?i:(?:first|deputy|acting|vice-|state|under-?|permanent|candidate)\s*)*(?i:{heads})\s*[.;,]?$"
    )


_POST = _posts(f"{_ONE_HOLDS}|{_SEVERAL_HOLD}")  # also one post of several names: "..., secretaries of the CC"
_ONE_POST = _posts(_ONE_HOLDS)  # one man's, after his name and a dash: not "— Members of the Politburo have ..."
# a name with its initials after a post printed before it, in a list with no comma between them
_POSTED_NAME = re.compile(rf"(?:\s{CDE}|\s)(?P<name>(?:{INITIAL_LETTER}\s?){{1,3}}\s*[{UPPER}][\w’'\-]+)$")
# ... or after a dash, as a list printed one name a line gives it: "T. Zhivkov — First Secretary of the CC BCP"
_DASH_POST = re.compile(r"\s+(?:—|–|-)\s+(?=\S)")
# a name printed as one given a post is: after "Comrade", or with initials ("Comrade János Péter", "M. V. Gramov"),
# or with a given name written out
_FORMAL = re.compile(rf"\s*{CDE}|.*(?<![\w’']){INITIAL_LETTER}|\s*{GIVEN}\s+[{UPPER}]")
_CDE_BEFORE = re.compile(rf"{CDE}$")
# a rank or office printed before a name in a list: "Marshal Malinovsky", "Deputy Minister Kuznetsov", "Marshal of the
# Soviet Union A. A. Grechko", "General of the Army M. I. Kazakov"
RANK = (
    r"(?:(?:(?:Colonel|Lieutenant|Major)-Generals?|Marshals?|Generals?|Admirals?|Colonel|Lieutenant|Major|Academician"
    r"|Ambassadors?|(?:Prime )?Ministers?"
    r"|Deputy|Deputies|Professor"
    r"|Gen\.|Adm\.|Acad\.|Prof\.|Mr\.|Mrs\.)\s+)+"
    r"(?:of\s+the\s+(?:Soviet\s+Union|Army|Fleet(?:\s+of\s+the\s+Soviet\s+Union)?)\s+|of\s+(?:Aviation|Artillery)\s+)?"
)
_RANK = re.compile(f"^{RANK}")

# a group label before the names of a list: "candidate members Cdes. ...", "from the KSČ CC—Cde. ..."
_GROUP_LABEL = re.compile(r"^[\w\s.’'\-]{1,120}$")
# a group's label of one word, a membership's: "Members: Aristov, Belyaev", "Candidates: Pospelov"
_ONE_WORD_GROUP = re.compile(r"(?i:members|candidates|secretaries|invited|guests)")
# the organ a group label may name: "members of the Politburo of the CC CPSU G. A. Aliyev"
_ORGAN = r"Politburo|Presidium|Secretariat|Central|Committee|Political|Executive|Bureau|Party"
# a group label with neither colon nor "Cdes.", before names printed with initials:
# "candidate members A. Kapek", "CC Secretaries A. Indra", "members of the Politburo of the CC CPSU G. A. Aliyev"
# or one that ends in a membership, before surnames or names in full: "CC secretaries Demichev, Ilichev", "Politburo
# members Georgi Atanasov, ...; Politburo candidate member Petko Danchev; CC Secretary Dimitar Stanishev"
_PLAIN_LABEL = re.compile(
    rf"^\s*(?:(?:[a-z]+|[A-Z]{{2,6}}|Members?|Candidates?|Secretar(?:y|ies)|Alternates?|{_ORGAN})\s+)+"
    rf"(?={INITIAL_LETTER}\s?)"
    rf"|^\s*(?:(?:[a-z]+|[A-Z]{{2,6}}|{_ORGAN})\s+)*(?i:members?|candidates?|secretar(?:y|ies)|alternates?)\s+"
    rf"(?=[{UPPER}][{LOWER}])"
)
# present for one item only, as guests are: "Also present for Item I:", "Also attending: for item 2, Comrade X"
FOR_ITEM = re.compile(
    r"\b(?:for|on|during|in\s+the\s+(?:discussion|debate)\s+(?:of|on))"  # "taking part in the discussion of item 1"
    r"\s+(?:the\s+)?(?:items?|points?|questions?)\s+[\dIVXL]+(?:\s*(?:,|and|-|–)\s*[\dIVXL]+\b)*",
    re.I,
)
_FOR_ITEM_FIRST = re.compile(rf"^\s*{FOR_ITEM.pattern}\s*[,:—–-]\s*", re.I)  # the qualifier before the names
# the items a man of the list was there for, after his name: "Jerzy Morawski – from item 2; ...", "A. Szyr, until
# items 3 and 4, ..."; blanked as a bracketed aside is, though its dash, comma or "and" would split the list
_ITEM_ASIDE = re.compile(
    r"(?<=[\w.])\s*(?:[,—–-]\s*)?\b(?:from|for|on|until|till|up\s+to|after|before|during)\s+(?:the\s+)?"
    # (the next numbers, not a name's initial: "for item 1, I. Loga-Sowiński")
    r"(?:items?|points?|questions?)\s+[\dIVXL]+\b(?:\s*(?:,|and|-|–|to)\s*[\dIVXL]+\b(?!\.\s?[A-Z]))*"
    r"(?:\s+of\s+the\s+agenda)?",
    re.I,
)
# a membership's label and a comma before "Comrades": "members of the Politburo, Comrades: J. Cyrankiewicz",
# "secretary of the CC, Comrade A. Starewicz"
_LABEL_COMMA = re.compile(
    r"^\s*(?=[\w\s.’'\-]{0,60}\b(?i:members?|candidates?|secretar(?:y|ies)|alternates?)\b)[\w\s.’'\-]{1,80},\s*"
    r"(?=(?:[Cc]des?\.|[Cc]omrades?)\s*(?P<colon>:)?)"
)
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)s?$")


@lru_cache(maxsize=8)
def word_list(path: Path, keep_case: bool = False) -> frozenset[str]:
    """A list of words kept as data (``kg/data/not_speakers.txt``, ``not_names.txt``, ``given_names.txt``): one
    a line, read in small letters unless ``keep_case``; a line that starts with "#" is a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    words = (w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))
    return frozenset(words if keep_case else (w.lower() for w in words))


def common_word(word: str) -> bool:
    """Whether a word is an ordinary word, a place or an acronym, not a surname ("Resolution", "Iraq", "USSR").

    The stop-list holds the words themselves; their plural and past forms ("Comrades", "Agreed") and
    abstract nouns ("Instructions") are caught by their endings, so the list stays short.
    """
    w = word.lower().strip(".’'")
    stop = word_list(NOT_SPEAKERS)
    if w in stop or len(w) >= 7 and _ABSTRACT.search(w):
        return True
    stems = [w[: -len(end)] for end in ("s", "d", "es", "ed") if w.endswith(end)]
    stems += [w[:-3] + "y" for end in ("ies", "ied") if w.endswith(end)]
    return any(len(stem) >= 4 and stem in stop for stem in stems)


# ... or one named by its body before it, alone after a dash: "Yu. V. Andropov — KGB Chairman"
_POST_NAMED = re.compile(
    r"^(?:(?:[A-Z][\w.\-]*\s+){1,3}(?i:chairman|secretary|minister|ambassador|president|director|editor|chief|head"
    r"|commander)|(?i:premier|prime minister))\s*[.,;]?$"
)


def is_post(text: str) -> bool:
    """Whether ``text`` opens with a post ("Chairman of the USSR Council of Ministers"), or is one ("KGB
    Chairman"), as a list gives one after a name, not what a speaker said."""
    return bool(_ONE_POST.match(text) or _POST_NAMED.match(text))


def name_shaped(name: str) -> bool:
    """Whether an unknown name looks like one: optional initials, then a surname of letters (hyphenated parts
    each capitalised, or all in capitals), at least three letters, with a vowel, and no ordinary word."""
    m = NAME_PARTS.fullmatch(name.strip())
    if not m:
        return False
    surname = m["surname"].rstrip(".")
    letters = re.sub(r"[’'\-]", "", surname)
    if len(letters) < 3 or not letters.isalpha() or not re.search(r"[aeiouyàáâäåèéêëìíîïòóôöùúûüý]", letters.lower()):
        return False
    parts = [p for p in re.split(r"[’'\-]", surname) if p]
    shaped = all(p[0].isupper() and (p[1:].islower() or p.isupper() or len(p) == 1) for p in parts)
    return shaped and not common_word(surname)


def masked(text: str) -> str:
    """The text with its bracketed asides blanked out, offsets kept: a role "(Minister of Foreign Affairs)" or
    a footnote marker is neither split on nor part of a name, and a full stop inside it ends nothing. So is
    a footnote number a copy has run on to a name as plain digits ("Ya. P. Ryabov.1") or as asterisks."""
    return _BARE_MARK.sub(lambda m: " " * len(m[0]), _BRACKETS.sub(lambda m: " " * len(m[0]), text))


_THE_POST = re.compile(r"(?i:the)\s")  # a post before the name it is his, printed with its article
# where a man is from, as his post after his name: "Jan Fojtík, of the apparatus of the CC KSČ", ", from the Ministry"
_OF_POST = re.compile(r"(?:of|from)\s+the\s+\S")


def split_names(line: Line, offset: int = 0, end: int | None = None, run_on: bool = False) -> tuple[Line, ...] | None:
    """The names in a printed list, each with its span; None if any piece is not a name.

    A rank before a name ("Marshal Malinovsky") and a bracketed role after it are left out of its span.
    A piece that is still not a name after that makes the whole text no list: it is a sentence. With
    ``run_on``, a flattened copy's list may run into the next heading with no full stop between
    ("..., M. V. Zimyanin On the situation ..."): a piece that opens with initials and a surname before a
    capitalised word ends the list after that name.
    """
    chunk = masked(_ITEM_ASIDE.sub(lambda m: " " * len(m[0]), line.text[offset:end]))
    names = []
    pos = 0
    post = False  # in a post after a name, which goes on past an "and": "..., Chairman of Culture and Sport"
    formal = False  # the name before was printed with "Comrade", initials or a given name, as one given a post is
    for sep in [*_LIST_SPLIT.finditer(chunk), None]:
        stop = sep.start() if sep else len(chunk)
        piece = chunk[pos:stop]
        at = pos
        joined = post and chunk[:pos].rstrip().endswith(" and")
        pos = sep.end() if sep else stop
        clean = re.sub(rf"^(?:{CDE})?", "", piece.strip())
        if (the := _THE_POST.match(clean)) and is_post(clean[the.end() :]):
            continue  # the post of the name after it: "the Minister of Foreign Affairs, A. A. Gromyko"
        # (or a post with no body after it: "János Kádár, Party President")
        post = formal and (joined or bool(_POST.match(clean) or _POST_NAMED.match(clean) or _OF_POST.match(clean)))
        if post and (posted := _POSTED_NAME.search(clean)):
            clean, post = posted["name"], False  # "member of the CC CPSU Cde. I. A. Serov": the post is his
        elif post:
            continue  # the post of the name before it, as a bracketed role would be
        before = line.text[max(0, offset + at - 12) : offset + at]  # "Comrade" may stand before the list itself
        formal = bool(_FORMAL.match(piece) or _CDE_BEFORE.search(before))
        clean = _RANK.sub("", clean).strip()
        # (or a group's after its last name, the list's or its part's: "..., Jerzy Morawski – members of the Political
        # Bureau; Comrades ...")
        group_end = sep is None or ";" in sep[0]
        if (
            (dash := _DASH_POST.search(clean))
            and formal
            and (is_post(rest := clean[dash.end() :]) or group_end and _POST.match(rest))
        ):
            clean, post = clean[: dash.start()], True  # and a piece after it is the post's, if it is one
        if not clean:
            continue
        if first := SURNAME_BEFORE.match(clean):
            clean = first["surname"]  # the name's span is the surname: "Kirilenko" of "Kirilenko A.P."
        cut = _RUN_ON.match(clean) if run_on and names else None
        clean = cut["name"] if cut else clean
        whole = re.sub(r"(?<=[a-z])-\n[ \t]*(?=[a-z])", "", clean)  # a name the line broke: "Andro-" / "pov"
        if not _LIST_NAME.match(whole) or len(whole.rstrip(".")) < 2 or common_word(whole.split()[-1]):
            return None
        at += piece.index(clean)
        names.append(sub_line(line, offset + at, offset + at + len(clean)))
        if cut:
            break
    return tuple(names) or None


def list_end(text: str) -> int:
    """Where an unbracketed list of names ends: at the first full stop that does not close an initial (a
    note's marker may follow it: "A. F. Dobrynin.²")."""
    plain = masked(text)
    for m in re.finditer(rf"\.(?=\s|$|{MARK})", plain):
        if not _INITIAL.search(plain[: m.start() + 1]):
            return m.start()
    return len(text)


def _label_end(group: str) -> int:
    """Where the names of a group start after its label: at "Cdes." in "candidate members Cdes. Grishin" or
    "from the KSČ CC—Cde. Novotný", after the colon in "From the PZPR CC: Gomułka"; 0 if it has no label."""
    if qualifier := _FOR_ITEM_FIRST.match(group):
        return qualifier.end()
    if comma := _LABEL_COMMA.match(group):  # the names after "Comrades:", or from "Comrade" with none
        return group.index(":", comma.end()) + 1 if comma["colon"] else comma.end()
    head = group.split(",", 1)[0]
    if marker := re.search(rf"(?:^|(?<=[\s—–:])){CDE}", head):
        label, start = head[: marker.start()], marker.start()
    elif (sep := re.search(r"[—–:]\s*", head)) and not is_post(head[sep.end() :]):  # not "A. Zhivkov — Chairman of"
        label, start = head[: sep.start()], sep.end()
    elif plain := _PLAIN_LABEL.match(head):
        return plain.end()
    else:
        return 0
    label = mend_words(label.rstrip(" —–:"))  # (a word the line broke read whole: "candidate mem-" / "bers of ...")
    return start if not label or _GROUP_LABEL.match(label) else 0


def labelled_group(line: Line, one_word: bool = True) -> tuple[Line, ...] | None:
    """The names of a line that is one labelled group of a list printed under its heading ("Present:"):
    "Members of the Politburo: Comrades Ulbricht, Hager". The label must end in a colon or dash and be
    more than one word, or the names start with "Comrades": "Ulbricht: In Warsaw ..." is a turn; a
    membership's label may have no colon before "Cdes.", and, with ``one_word``, one of one word names a
    membership ("Members:"): in a list of those present, not a commission's or a delegation's amid the record."""
    m = re.match(rf"^(?P<label>[^:—–]{{3,120}}?)\s*[:—–]\s*(?P<cde>{CDE})?", line.text)
    # or a membership's label with no colon before "Cdes.": "Candidate Members of the CC Presidium Cdes. A, B"
    m = m or re.match(
        rf"^(?P<label>(?i:candidate\s+)?(?i:members?|candidates?|secretar(?:y|ies))\b[^:—–]{{0,70}}?)\s+(?P<cde>{CDE})",
        line.text,
    )
    label = m["label"].strip() if m else ""
    one = one_word and bool(_ONE_WORD_GROUP.fullmatch(label))
    if not m or not (m["cde"] or " " in label or one) or not _GROUP_LABEL.match(label):
        return None
    if is_post(line.text[m.end() :]):
        return None  # "A. A. Gromyko — Foreign Minister": a name and his post
    end = m.end() + list_end(line.text[m.end() :])  # (from the names: a label's leaders "......" end nothing)
    return split_names(line, m.end(), end) if end > m.end() else None


def list_groups(line: Line, offset: int, end: int, labels: bool = True) -> tuple[Line, ...]:
    """The names of a list printed in groups, each with its own label and separated by semicolons:
    "Members of the CC Presidium Cdes. A, B; candidate members Cdes. C". The list ends before a group
    that is not one of names ("...; Cde. D was absent"), or without ``labels`` before one with a label
    (a line that goes on with a list has none: "The meeting is chaired by Cde. X" is a sentence);
    nothing if the first is not."""
    text = masked(line.text)
    names: list[Line] = []
    start = offset
    for bound in [*(m.start() for m in re.finditer(";", text[offset:end])), end - offset]:
        stop = offset + bound
        group = line.text[start:stop]
        last = stop == end
        label = _label_end(group)
        found = split_names(line, start + label, stop, run_on=last) if group.strip() else ()
        if found is None or label and not labels:
            break
        names.extend(found)
        start = stop + 1
    return tuple(names)
