"""The body of the notes → sessions, agenda items, attendance lists and speaker turns.

``kg.read`` finds where the body is; this module walks its lines. A line can open a session (a
dated heading), an agenda item, a list of names (present, chair, guests, those who spoke on an
item) or a speaker turn, or it continues the turn before it. Nothing here decides who a name
stands for beyond the yes/no test it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.authority import fold, given_name, surname_first
from kg.names import (
    CDE,
    CDE_WORD,
    FOR_ITEM,
    GIVEN,
    INITIAL,
    NAME,
    NAME_PARTS,
    POST_HEADS,
    RANK,
    SURNAME_FIRST,
    common_word,
    is_post,
    labelled_group,
    list_end,
    list_groups,
    name_shaped,
    split_names,
)
from kg.refs import SOURCE_LINE, find_references, reference_at_start, source_line
from kg.stances import charges, gives_task, opens_decision
from kg.text import (
    ENDS_SENTENCE,
    HEADER_LABEL,
    INITIAL_LETTER,
    LOWER,
    MARK,
    STOPS,
    SUPERSCRIPTS,
    TRAILING_MARK,
    UPPER,
    KnownName,
    Line,
    body_name,
    breaks_off,
    ends_sentence,
    is_date_line,
    join_lines,
    last_day,
    mend_break,
    one_line,
    parse_date,
    sentences,
    sub_line,
)

# (and the Russian words a scholar's appendix leaves untranslated: "Zasedanie Politbiuro TsK KPSS", "Protokol")
HEADING = re.compile(
    r"\b(?:Session|Meeting|Protocol|Presidium|Politburo|Secretariat|Plenum|Zasedanie|Protokol|Politbiuro|Prezidium)\b",
    re.I,
)
_SESSION_CAPS = re.compile(r"^(?:WORKING NOTES FROM THE )?SESSION OF THE\b")
_NUMBER_WORD = re.compile(r"\bNos?\.")  # (a heading in capitals keeps its number's "No.": "PROTOCOL No. 46 OF ...")
# a collection's number for the document that follows, on a line of its own ("No. 2", "Document 7", "Document No. 12")
# or before its heading, which ends in its date ("Document 2: Session of the CC CPSU Politburo, 11 March 1985"; not a
# note's "Document 2: ..., 11 March 1985 (see below, p. 112)")
DOCUMENT_NUMBER = re.compile(
    r"^\s*(?:No\.|(?i:Document|Record)(?: No\.)?)\s*\d{1,3}"
    r"(?:\.?\s*$|(?<=\d)[.:]\s+(?:Session|Meeting|Sitting|Protocol|Minutes|Working|Record|Transcript)\b.*\b\d{4}\.?$)"
)
HEADING_START = re.compile(
    # after a short prefix, if any: "From Malin's Notes: Session of ...", "Document 3. Session of ...",
    # "Document No. 12: Minutes of ...", "From the Notes"
    r"^\(?(?:Re:\s*|Document\s+(?:No\.\s*)?\d+[.:]\s*|From\s+(?:the\s+)?|[^:.—–]{1,40}:\s+)?"
    r"(?:Working (?:Notes|Record|Protocol)|(?:Stenographic|Verbatim|Shorthand) (?:Transcript|Record|Report|Account)"
    r"|Notes|Minutes|Record|Transcript|Protocol|Session|Meeting|Excerpt|Extract|Zasedanie|Protokol"
    # a stenogram's heading in capitals, or one that ends in its date (not a citation, "Stenogram of ... shows")
    r"|(?-i:STENOGRAM)\b|Stenogram\b(?=.*\b\d{4}\s*$)"
    r"|Central Committee|CPSU"
    # the body alone and its date after a comma, maybe after its protocol's number: a researcher's note headed "CC
    # Presidium, 7 April 1960", an edition's "CC CPSU Politburo, Protocol No. 143 (extract), 20 June 1974" (not a
    # sentence's wrapped line, "Presidium of the Supreme Soviet of 5 May 1960", "Secretariat, to be decided by ...")
    r"|(?:CC\s+(?:CPSU\s+)?|CPSU\s+(?:CC\s+)?)?(?:Presidium|Politburo|Secretariat)"
    r"(?=,\s+(?:Protocol\s+No\.\s*\d+[^,]{0,20},\s+)?\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*$))",
    re.I,
)
# the label of a further group of an attendance list, on a line of its own below it
_MEMBERSHIP = re.compile(
    r"\b(?:members?|candidates?|secretar(?:y|ies)|invited|guests?|present|attending|participat\w*|departments?)\b", re.I
)
_INVITED = re.compile(r"\b(?:invited|guests?)\b", re.I)
# an editor's cut that opens a line: "[...] Comrade X reported ..."
# ... or after the words that open a record's discussion: "In the discussion Cde. Dolgikh V. I. expressed doubt ..."
_CUT_BEFORE = re.compile(r"(?:\[(?:\.\s?){2}\.\]|\[…\]|(?:In|During) the (?:discussion|debate),?)\s+(?=\S)")
# a speech's line that ends in a comrade it names, the next going on with more: "Comrade Milea, Comrade Vlad,"
_NAMED_LAST = re.compile(rf"{CDE}[{UPPER}][\w’'\-]+,$")
_INITIALS = rf"(?:{INITIAL_LETTER}\s?){{1,3}}"  # a surname's initials after it, before what he said
_INITIALS_BEFORE = re.compile(_INITIALS)
# the initials that open a line of a surname-first list, of the surname that closes the line above
_INITIALS_AFTER = re.compile(rf"^(?:{INITIAL}\s?){{1,3}}(?:,\s*|$)")
# who kept the record, under a list: "Recorded by: O. Schön", "Minutes taken by: W. Namiotkiewicz"
_RECORDER = re.compile(
    r"^(?:(?:Recorded|Minuted|Written|Kept|Drawn up|Taken(?: down)?|Minutes (?:taken|kept|recorded))\s+by"
    r"|Recorder|Keeper of the minutes)\s*:",
    re.I,
)
_FROM_DEPARTMENT = re.compile(r"^From\s+the\s+.*\bDepartments?\b", re.I)
# a session's own heading under a protocol's number: "Session of 20 May 1955", not "Minutes of the conversation ..."
_SESSION_OF = re.compile(r"^(?:Session|Meeting|Sitting)\s+(?:of|on|held)\b", re.I)
# a heading's next line that goes on with it: "of the Meeting of the Politburo", "held on 12 October 1956"
# (and its guests under it: "Session of 22 April 1954" / "(with the participation of Cdes. Zhou Enlai and ...)")
_HEADING_MORE = re.compile(r"^(?:of|held|on|at|in|dated|\(with\s+the\s+participation\s+of)\s")
# a heading line that a body's name breaks off: "... of the Politburo of the Central" (``_joined_heading``)
_BROKEN_NAME = re.compile(r"\b(?:of|the|and)(?:\s+(?:the\s+)?[A-Z][a-z]+)?\s*$")
# a party, whose head a title names in brackets after it ("... Party (Cde. E. Berlinguer)"), not one who spoke
_PARTY_HEAD = re.compile(r"\bParty\s*$")
# a heading in capitals goes on in capitals to its date, over lines that open so ("MINUTES OF THE SESSION OF THE
# PROVISIONAL EXECUTIVE COMMITTEE" / "OF THE HSWP, 24 NOVEMBER 1956"); not at "ON" or "IN", an item's title's first
# word ("ON THE SITUATION IN HUNGARY"), nor into lines that reach no year ("OF THE MEMBERS PRESENT: KÁDÁR, ...")
_CAPS_HEADING_MORE = re.compile(r"^(?:OF|HELD|DATED)\s")
PROTOCOL = re.compile(r"\bProtocol\s+(?:No\.?\s*)?(?P<n>\d+)", re.I)

# between a speaker's name and the separator: a footnote marker or an aside, "Khrushchev (summing up):"
# after the name: a note marker (a copy's bare number too, glued to the name before his dash: "Dymshits3—", or an
# asterisk: "Rudakov*—"), a
# bracketed aside ("(reports)"), or the same unbracketed ("Molotov reports:", "Cde. Honecker in conclusion:")
_ASIDE = (
    rf"(?:\s*(?:{MARK}|(?<=[^\W\d_]{{3}})(?:\d{{1,2}}|\*{{1,3}})(?=\s*(?:[—–:]|--|-\s))|\([^()\d][^()]{{0,60}}\)"
    r"|\[(?:interrupt|interject|continu|repl|from the floor)[a-z ]{0,30}\]"
    r"|(?<=\w)\s(?:reports|informs|reported|informed|in conclusion|summing up|concluding)(?=\s*[:—–-])))?"
)
_SEP = r"\s*(?P<sep>—|–|--|-\s|(?<=\.)-(?=[A-Z“\"])|:\s*(?:—|–)?)\s*"  # also an abbreviation's "Khr.-To sum up"
# (or before his initials, as a protocol prints him: "Cde. Gorbachev M. S. — supported ...", the surname his name
# as in its list)
# (or with the surname an editor puts after a party name: "Cde. Wiesław [Gomułka]: ...")
SPEAKER = re.compile(
    rf"^(?:{CDE})?(?P<name>{NAME}(?<!\d)(?:\s\[[{UPPER}][\w’'\-]+\])?)(?:\s+{INITIAL}(?:\s?{INITIAL}){{0,2}})?{_ASIDE}{_SEP}"
    rf"(?:{MARK}\s*)?(?P<text>.*)$",
    re.S,
)
# "Comrade János Kádár: ...": a given name written out, after "Comrade"
SPEAKER_GIVEN = re.compile(rf"^{CDE}(?P<name>{GIVEN}\s+{NAME}){_ASIDE}{_SEP}(?:{MARK}\s*)?(?P<text>.*)$", re.S)
# "Nicolae Ceaușescu:", "Ion Coman :": a transcript's full names, of people the session lists so (``_listed_in_full``)
SPEAKER_NAMED = re.compile(
    rf"^(?P<name>(?:{GIVEN}\s+){{1,2}}{NAME}"
    # ... or in capitals, in the Hungarian order too: "BERECZ JÁNOS:", where "Berecz János" is listed
    rf"|[{UPPER}][{UPPER}’'\-]+(?:\s+[{UPPER}][{UPPER}’'\-]+){{1,2}}(?![{LOWER}])){_ASIDE}{_SEP}(?:{MARK}\s*)?(?P<text>.*)$",
    re.S,
)
# "Leonid Il'ich BREZHNEV. ...", "Andrei Andreevich Gromyko: ...": a transcript's first name and patronymic
SPEAKER_PATRONYMIC = re.compile(
    rf"^(?!(?:Comrades?|Cde)\b)[{UPPER}][{LOWER}’']+\s+[{UPPER}][{LOWER}’']+(?:ich|vna|chna)\s+(?P<name>[{UPPER}][\w’'\-]+)"
    rf"{_ASIDE}(?:{_SEP}|(?P<stop>\.)\s+)(?P<text>.*)$",
    re.S,
)
# "BREZHNEV. ...", "Cde. Bulganin. ...": a name closed by a full stop, then a sentence, maybe opening with an
# editor's insertion ("DOBRYNIN. [The Americans] will try ..."), not an editor's remark of its own
# an editor's word in brackets after a name and dash, not the man's: "(Zhukov—see note 3.)", "(Kirichenko—on leave.)"
_EDITORS_ASIDE = re.compile(
    r"\s*(?:see\b|cf\.|on\s+leave\b|absent\b|ill\b|away\b|not\s+present\b|in\s+hospital\b)", re.I
)
SPEAKING_ASIDE = (  # (its bracket maybe glued to the name, as a scan's text has it: "Andropov(reports) —")
    r"\s*\((?:answer|repl|report|inform|interject|interrupt|summ|continu|read|from\s+(?:his|her)\s+seat)"
    r"[a-z]*\b[^()]{0,40}\)"
)
# a speaker's name alone on a line, maybe with his given names and an aside of speaking: "A. A. GROMYKO", "Hermann
# Axen", "PODGORNY (interjecting)"
_NAME_ALONE = re.compile(rf"(?P<cde>{CDE})?(?P<name>(?:{GIVEN}\s+){{0,2}}{NAME}){MARK}?(?:{SPEAKING_ASIDE})?")
# a table of the discussion saved with tabs: its head, "Speaker<TAB>Remarks", and a row, "Kirilenko (interjection)<TAB>
# And who pays the freight?" (a row with its first cell empty goes on with the turn above)
_SPEAKER_COLUMNS = re.compile(r"(?i)(?:speaker|name)\t+(?:remarks?|statements?|text|speech|words|contents?)")
_SPOKEN_ROW = re.compile(_NAME_ALONE.pattern + r"\t+")
_INIT = rf"[{UPPER}][{LOWER}]?"  # an initial's letters, without its stop
SPEAKER_STOP = re.compile(
    rf"^(?:{CDE})?(?!(?:Cdes?|Comr)\.)(?P<name>(?:{INITIAL_LETTER}\s?){{0,3}}[A-Z](?:(?![{SUPERSCRIPTS}])[\w’'\-]){{2,}})"
    # his initials after the surname, as a protocol lists him, the last one's stop the name's: "Cde. Voronov Yu. P. The
    # remarks ...", "Cde. Zimyanin M. V. (from his seat). I ask ..."
    rf"(?:\s+(?:(?:{_INIT}\.\s?){{0,2}}{_INIT}(?=\.(?!\s*\(|\s?{_INIT}\.))|(?:{_INIT}\.\s?){{0,2}}{_INIT}\.(?=\s+\()))?"
    # an aside of speaking before the stop: "YAZOV (answering Yegor Kuzmich).", "RYZHKOV (from his seat)."; not "Tito
    # (see note 3).", "Kirichenko (on leave)."
    # (and a note's marker: "GOSTEV². The Ministry of Finance ...", "OGARKOV.(2) The General Staff ...", a copy's bare
    # number after a name in capitals: "FALIN.2 On the Bundestag: ...")
    rf"(?:{SPEAKING_ASIDE})?{MARK}?(?P<sep>\.)(?:{MARK}|(?<=[{UPPER}]{{2}}\.)\d{{1,2}}(?=\s))?"
    r"\s+(?P<text>(?:[A-Z“\"(]|\[[^\].]{1,60}\]\s+[\w“\"(]).*)$",  # not "Reagan. [Gorbachev reads out ...]"
    re.S,
)
_SURNAME_AFTER = re.compile(rf"\s*[{UPPER}][{LOWER}]")  # a surname after a given name's initial: "F. Rakowski"
NARRATIVE = re.compile(
    # "Summing up the discussion, Cde. W. Jaruzelski stated ..."
    r"^(?:(?:Summing up|Concluding|Closing|Winding up)(?: the (?:discussion|debate))?,\s+"
    # ... or after his greeting: "After words of welcome, Comrade K. V. Rusakov informed ..."
    r"|After\s+(?:(?:a|the|some|his|brief|short)\s+)*(?:words?\s+of\s+welcome|welcome|greetings?|introductory\s+remarks)"
    r",\s+"
    # ... or at another's request, where a rank may stand for "Cde.": "At the request of Cde. Andropov, Marshal V. G.
    # Kulikov informed ..."
    r"|(?P<asked>At\s+the\s+(?:request|invitation)\s+of\s+(?:Cdes?\.|Comrades?)\s+[^,\n]{2,40},\s+))?"
    rf"(?P<report>(?:Report|Speech|Statement|Remarks) (?:of|by) )?(?:[Cc]des?\.\s*|Comrades?\s+|(?(asked){RANK}|(?!)))"
    # ("Cde.Kapitonov")
    # "Cde. Kania (PZPR) stated", "Comrade János Kádár supplemented"
    # "Comrade Ion Gheorghe Maurer agrees ...", "Comrade Mieczysław F. Rakowski said ..."
    rf"(?P<name>(?:{GIVEN}\s+(?=[{UPPER}](?:[{LOWER}]|\.\s?[{UPPER}][{LOWER}]))){{0,2}}{NAME})"
    rf"(?P<initials>\s+{_INITIALS}(?=[\s,]))?"  # "Cde. Kapitonov I. V. supported ...", "Cde. Suslov M. A., summing up"
    rf"(?:\s*\([^()]{{1,30}}\)|{MARK})?"  # (or a note's marker: "Cde. Kornienko[1] gave information ...")
    r"(?=[\s,:]|(?<=\w)[—–]\s*[A-Z“\"]|$)(?P<text>.*)$",  # "Report of Cde. X—Ulbricht ...", not "—on the request"
    re.S,
)
# a decision's "Report of Cde. X was heard.": what was done with his report, not his turn
_PASSIVE_TAKEN = re.compile(r"^\s+(?:was|is|were|are|to be)\s+(?:heard|adopted|approved|taken|accepted|noted)\b")
_REPORT_TITLE = re.compile(r"(?:Report|Speech|Statement|Remarks) (?:of|by) [^:]{3,60}:")
_REPORT_WORD = r"(?:report|information|communication|statement|proposals?)"  # what a protocol heard, of a man
_REPORT_OF = rf"(?i:{_REPORT_WORD})\s+(?:of|by|from)\s+"
# a formal protocol's record of an item: whose report was heard ("HEARD: Report of Cde. X"), who spoke on it
# (or the man alone: "HEARD: Cde. Andropov Yu. V.")
_HEARD_AS = r"(?:HEARD|Heard|LISTENED(?: TO)?|Listened(?: to)?)\s*(?::|—|–)\s*"
_HEARD_LABEL = rf"^{_HEARD_AS}"
HEARD_OPENS = re.compile(rf"[ \t]*{_HEARD_AS}")  # a line that records a report heard, from the line's start
_HEARD_NAMES = rf"{_HEARD_AS}(?:(?:the\s+)?{_REPORT_OF}(?:{CDE})?|{CDE})"
_HEARD_BEFORE = re.compile(rf"{_HEARD_NAMES}\Z")  # ... before a name
_HEARD = re.compile(
    rf"^{_HEARD_NAMES}"
    rf"(?P<name>{NAME})(?:\s{INITIAL_LETTER}){{0,3}}(?=[\s,.:;]|$)"  # and the initials after a surname
)
# ... and the next report heard on the same line: "HEARD: Report of Cde. Grechko; information of Cde. Gromyko.",
# "HEARD: Information of Cde. E. Honecker on ... and report of Cde. H. Axen on ..."
_HEARD_MORE = re.compile(
    rf"(?:;\s*(?:and\s+)?|,?(?<!\s)\s+and\s+)(?={_REPORT_WORD}\s+(?:of|by|from)\s+{CDE}(?P<name>{NAME})"
    r"(?:\s*\.?\s*$|\s+(?:on|about|concerning|regarding)\s))"
)
# a proposal heard: a man's at the session, not one a letter brings ("HEARD: Proposal of Cde. Kania (letter of ...)")
_HEARD_PROPOSAL = re.compile(rf"{_HEARD_LABEL}(?:the\s+)?(?i:proposals?)\s")
# ... or several men's reports at once, a list after the label: "HEARD: Information of Cdes. Gromyko, Ponomarev on the
# talks." (the words after the names, from the first in lower case, are what they reported on)
_HEARD_LIST = re.compile(rf"{_HEARD_LABEL}(?:(?:the\s+)?{_REPORT_OF})?{CDE}(?P<list>.*)$", re.S)
# ... and where a sentence after it names those who spoke: "HEARD: Information of Cde. X. Cdes. A, B spoke."
_SPOKE_AFTER = re.compile(rf"(?<=\.)\s+(?={CDE})")
_HEARD_PART = re.compile(rf"^{_REPORT_WORD}\s+(?:of|by|from)\s+(?:{CDE})?(?P<name>{NAME})")
_SPOKE = re.compile(
    r"^(?:SPOKE(?: IN THE DISCUSSION)?|Spoke(?: in the (?:discussion|debate))?|SPEAKERS|Speakers"
    # a formal protocol's record of an item: who reported, who spoke ("Rapporteur: Cde. Apel" / "Discussion: Cdes.
    # Mittag, Stoph"); not an agenda's "Rapporteur:", who was to report
    r"|Rapporteurs?|Reporters?|Discussion(?=\s*:\s*(?:Cdes?\.|Comrades?)\s)"
    r"|(?:In|During) the discussion"
    r"|TOOK PART IN (?:THE )?DISCUSSION|Took part in (?:the )?discussion"
    r"|(?:Participating|Taking part|Speaking) in the (?:discussion|debate))"
    r"\s*(?::|—|–)\s*(?P<list>.*)$",
    re.S,
)
_REPORTER = re.compile(r"Rapporteurs?|Reporters?")
# a record's "In the discussion Comrades A, B and C also spoke."
# ... or "The discussion was joined by Comrades A and B.", "Comrade A and Comrade B spoke in the discussion."
# the words of a record that name those who spoke in a discussion: "In the discussion ... spoke"
IN_DISCUSSION = r"(?:In|During) the (?:discussion|debate)"
TOOK_FLOOR = r"(?:spoke|took part|took the floor)"
# ... and what they spoke on: "spoke on the supply of meat to the cities", "on Solidarity's demands" (not when, on
# whose behalf or by what means, nor at another occasion: "spoke on television", "on Polish Radio", "on 28 February",
# "on Sunday", "on behalf of the government", "on the telephone with ...", "... at a rally in Katowice")
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SPOKE_ON = (
    r"(?:\s+on\s+(?!(?:the\s+)?(?:radio|television|TV|telephone|phone)\b|behalf\b|\d|" + _DAYS + r"\b"
    r"|(?:[A-Z]\w+\s+)?(?:Radio|Television|TV)\b)"
    r"(?:(?!\b(?:at\s+(?:a|an|the)\s+(?:rally|meeting|plenum|congress|conference|session|factory)|during|yesterday)\b)"
    r"[^.;]){1,80}?)?"
)
_DISCUSSION = re.compile(
    rf"^\(?(?:{IN_DISCUSSION},?\s+(?P<list>{CDE}.+?)\s+(?:also\s+)?{TOOK_FLOOR}"
    # "In the discussion on this item the following spoke: Cdes. Z. Messner, M. Woźniak."
    rf"|(?:{IN_DISCUSSION}(?: on (?:this|the) (?:item|question|point|report))?(?:,?\s+"
    rf"(?:the following|there)\s+{TOOK_FLOOR}:?|:|\s+{TOOK_FLOOR}\s*:)"  # "(In the discussion: Comrades A, B.)"
    # (and a German record's order: "In the discussion spoke: Comrades A, B.")
    rf"|The following {TOOK_FLOOR} in the (?:discussion|debate):?)"  # "The following took part in the discussion: ..."
    rf"\s+(?P<following>{CDE}.+?)"
    rf"|The (?:discussion|debate) was joined by\s+(?P<joined>{CDE}.+?)"
    # ... or a protocol's "Cdes. Rudenko, Zimyanin and Suslov spoke." under the report it heard
    rf"|(?P<spoke>{CDE}.+?)\s+(?:also\s+)?"
    r"(?:spoke(?:\s+in the (?:discussion|debate))?|took part\s+in the (?:discussion|debate))"
    rf"{SPOKE_ON})\s*[.;]?\s*\)?$",
    re.S,
)
# an aside between a told turn's name and its verb: "Comrade X, in reply, said", "Comrade Gáspár, supplementing the
# written submission, said ..." (not "Comrade Fock, at the Moscow session of the CMEA in January, stated ...")
# an aside of answering or summing up before a colon, which tells a turn: "Comrade X, answering ...: ..."
_ANSWERING = r",\s*(?:answering|replying|responding|summing\s+up|concluding|closing)\b"
_ANSWER_ASIDE = _ANSWERING + r"(?:Cdes?\.|[^.:\n]){0,80}:"
# longer ones as "summing up ...", "supplementing the oral information given to the members on 15 July"
_TOLD_ASIDE = (
    r",\s*(?:[a-z][^,.\n]{0,30}|[a-z]+ing\b[^,.\n]{0,80}"
    # ... or after what another said: "Comrade Stoph, after Comrade Mielke had explained that ..., declared ..."
    r"|after\s+(?:Comrades?|Cdes?\.)\s+[^,\n]{3,100}?\s+had\s+[a-z]+\b(?:[^,.;]|(?<=\bCde)\.|(?<=\bCdes)\.){0,80}"
    # ... or his post: "Comrade Mátyás Tímár, deputy chairman of the Council of Ministers, reported ...", "Comrade
    # István Horváth, Minister of the Interior, reported ..."
    rf"|(?i:(?:first\s+|deputy\s+)*(?:{'|'.join(POST_HEADS)}))\b"
    r"[^,.\n]{0,60}),"
)
# what a man conveys to the session: greetings, thanks, a view ("conveyed the greetings of Comrade Brezhnev"), not a
# decision he passed on elsewhere ("conveyed the decision to the Soviet ambassador")
_CONVEYED = (
    r"convey(?:s|ed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?"
    r"(?:greetings|regards|thanks|gratitude|views?|position|opinion|request|proposals?|wishes|congratulations)"
)
# when a told turn is said: "Cde. X also said", "then", "at first expressed the opinion ...", "again"
_ONCE = r"(?:also\s+|then\s+|(?:at\s+)?first\s+|(?:once\s+)?again\s+)?"
# how fully a man agrees or objects, before the verb that tells his turn: "Cde. Kliszko fully supports ..."
_DEGREE = r"(?:fully\s+|entirely\s+|completely\s+|firmly\s+|strongly\s+|categorically\s+)?"
# a report given, as a told turn opens: "gave information", "gave a brief account"
GAVE_ACCOUNT = r"gave\s+(?:(?:an?|the)\s+)?(?:brief\s+|detailed\s+)?(?:information|report|account)"
# a man's turn in a vote (not "abstained from the discussion", where he said nothing)
_ABSTAINED = r"abstain(?:s|ed)\b(?!\s+from\s+(?:the\s+)?(?:discussion|debate|speaking|comment))"
# what a turn told in the third person says the speaker did: "Cde. X speaks against", "Cde. X, in reply, agreed"
_NARRATIVE_VERB = re.compile(
    # an aside of speaking before a colon: "Comrade Kádár, answering Comrade Fehér's question and summing up the
    # debate: the Soviet comrades said ..."
    rf"^{_ANSWER_ASIDE}"
    r"|^(?:"
    + _TOLD_ASIDE
    + r")?\s+"
    + _ONCE
    + _DEGREE
    + r"(?:open(?:s|ed) the (?:meeting|session|sitting)\s+and\s+)?"  # "... opened the meeting and informed ..."
    r"(?:(?:did|does)\s+not\s+(?:support|agree|object|oppose|accept|share|approve|consider|think|believe|see|question"
    r"|dispute|deny|contest)\b"
    # ... or took no stance, and said so: "Cde. Babiuch did not take a definite position; he asked only ..."
    r"|(?:did|does)\s+not\s+take\s+(?:a|any)\s+(?:\w+\s+)?(?:position|stand|stance)|t(?:ook|akes)\s+no\s+(?:\w+\s+)?"
    rf"(?:position|stand|stance)|{_ABSTAINED}"
    r"|speaks|spoke|says|said|thinks|thought|believe[sd]|consider(?:s|ed)|propose[sd]|report(?:s|ed)"
    r"|object(?:s|ed)|support(?:s|ed)|agree[sd]|disagree[sd]|note[sd]|state[sd]|raise[sd]|inform(?:s|ed)|share[sd]"
    r"|suggest(?:s|ed)|insist(?:s|ed)|ask(?:s|ed)|answer(?:s|ed)|repl(?:ies|ied)|remark(?:s|ed)|emphasi[sz]e[sd]"
    r"|declare[sd]|express(?:es|ed)|critici[sz]e[sd]|recall(?:s|ed)|explain(?:s|ed)|favou?r(?:s|ed)|oppose[sd]"
    r"|argue[sd]|warn(?:s|ed)|doubt(?:s|ed)|call(?:s|ed)|urge[sd]|demand(?:s|ed)|praise[sd]|defend(?:s|ed)"
    r"|reject(?:s|ed)|welcome[sd]|question(?:s|ed)|caution(?:s|ed)|recommend(?:s|ed)|protest(?:s|ed)|approve[sd]"
    r"|condemn(?:s|ed)|complain(?:s|ed)|admit(?:s|ted)|acknowledge[sd]|respond(?:s|ed)|observe[sd]"
    r"|point(?:s|ed) out|dr(?:aws|ew) attention|ha(?:s|d) no objections?|sum(?:s|med) up|summari[sz]e[sd]"
    r"|conclude[sd]|add(?:s|ed)|comment(?:s|ed)|stress(?:es|ed)|thank(?:s|ed)|"
    + _CONVEYED
    + r"|introduce[sd]\s+(?:the\s+)?(?:draft|report|proposals?|item|question|discussion|submission|document|matter"
    r"|information|request|motion|plan|memorandum|note|letter|bill)"
    r"|underline[sd]|confirm(?:s|ed)|announce[sd]|endorse[sd]|request(?:s|ed)|supplement(?:s|ed)|clarif(?:ies|ied)"
    r"|(?:is|was) (?:(?:firmly|strongly|resolutely|categorically|decidedly) )?(?:against|for|in favou?r of|opposed to"
    r"|of the (?:view|opinion))"
    r"|describe[sd](?![^.;]*\bto\s+(?:me|us)\b)"  # not "described the situation to me" amid a speech
    rf"|{GAVE_ACCOUNT}|gave\s+(?:(?:the|an?|his|her)\s+)?(?:\w+\s+)?(?:figures|data|account|report|information"
    r"|overview|assessment|explanations?|details)"  # "Comrade X gave the figures prepared by the Planning Commission"
    r"|open(?:s|ed) the (?:discussion|debate)"  # "Comrade S. Kania opened the discussion. He stated ..."
    r"|t(?:akes|ook) the floor)\b"  # "Cde. Ceauşescu took the floor once more and said ..."
    r"(?!\s+(?:to\s+)?(?:me|us)\b)"  # "Cde. Kania informed me ...": what a speaker tells of his talks, no turn
)
# a turn told on the line of another's, by a verb of speaking in the present tense: not "Cde. X informs the press"
# or "reports by 1 December", a task, nor "Cde. X confirms in it that", what a report says he said
_TOLD_VERB = re.compile(
    r"^(?:"
    + _TOLD_ASIDE
    + r")?\s+"
    + _ONCE
    + _DEGREE
    + r"(?:proposes|says|thinks|considers|believes|supports|objects|shares"
    r"|agrees|disagrees|notes|points out|stresses|emphasi[sz]es|underlines|suggests|asks|replies|answers|remarks"
    r"|adds|explains|declares|warns|doubts|insists|criticizes|expresses|favou?rs|opposes|supplements"
    r"|is (?:against|for|of the (?:view|opinion))|takes the floor)\b"
)
# a turn told of a man by his name alone, at a paragraph's head, in the present tense: "Ulbricht reports on his talks
# in Moscow.", Malin's "Vorosh. asks whether ..." (where the session lists him; see ``_told_bare``)
_TOLD_BARE = re.compile(rf"^(?P<name>{NAME})(?P<text>\s.*)$", re.S)
_REPORTS_BARE = re.compile(r"^\s+(?:reports|informs)\s+(?:on|about|the\s+(?:Politburo|Presidium|Political|meeting))\b")
_PARAGRAPH_HEAD = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*\Z")
# what a man said on another occasion, which a turn reports: "Comrade Ochab stated there that ...", "...
# declared at the time that ...", "... stressed at that meeting ..."
_ANOTHER_OCCASION = re.compile(
    r"^(?:" + _TOLD_ASIDE + r")?\s+" + _ONCE + r"[a-z]+(?:\s+out)?\s+(?:there|then|earlier|previously"
    r"|once(?!\s+(?:again|more))|at\s+th(?:at|e)\s+(?:time|meeting|session|talks|conference|plenum)|on\s+that\s+occasion"
    r"|in\s+(?:\d{4}|(?!(?:Russian|Polish|German|Czech|Slovak|Hungarian|Bulgarian|Romanian|English|French)\b)[A-Z][a-z]+))\b"
)
# what an absent man said elsewhere, in the words that tell it before what he said ("..., in his letter, stated that",
# "... said by telephone that", "... stated on the radio yesterday", "... said during the talks", "... stated at the
# Warsaw meeting", "... stated last week in Bratislava")
_ELSEWHERE = re.compile(
    r"\b(?:in\s+(?:his|her|their|a|an|the)\s+(?:\w+\s+)?(?:letter|message|telegram|cable|conversation|talks?|interview"
    r"|article|speech|address|note|report)|(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:letter|telegram|cable)"
    r"|on\s+(?:the\s+)?(?:radio|television|TV)"
    r"|to\s+(?:the\s+)?(?:press|journalists|correspondents)|yesterday|last\s+(?:week|month|year|night)|recently|earlier"
    r"|previously|(?:at|during)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|sitting|conference"
    r"|congress|plenum|talks|negotiations|consultations?|summit|visit|reception|rally|gathering)s?\b)"
    # (not a matter "at the border crossings")
)
_TOLD_WORDS_END = re.compile(r"\bthat\b|[:.;]")
_TOLD_ASIDE_AT = re.compile(_TOLD_ASIDE)
# (eight: "informed the Political Committee in his letter" is seven words)
_TOLD_REACH = re.compile(r"(?:\W*\w+){1,8}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")  # a blank line and the next paragraph's indent
# another meeting a turn tells of: "the meeting in Moscow", "the talks with the Soviet leaders", "the conference at"
_ANOTHER_MEETING = re.compile(
    r"\b(?:meeting|talks|conference|consultations?|negotiations|conversation|visit)\s+(?:in|at|with)\s+(?:the\s+)?[A-Z]"
)
# ... and the wider reach of a report on one, after which those who spoke may have spoken there: "Comrade Kádár
# reported on the meeting of the five parties in Warsaw.", "... on the Sixth Plenum of the PZPR CC."
REPORTED_MEETING = re.compile(
    r"\b(?:meeting|talks|conference|consultations?|negotiations|session|[Pp]lenum|[Cc]ongress)\s+(?:of|in|at|with)\s"
)
# a report on events, as its turn's text opens: what happened, in a clause of its own ("informed the Presidium that
# the organs had detained ...", "reported that the Western press ..."), not on what was said somewhere ("reported on
# his trip to Moscow", "informed the session about what the Soviet leaders had told him"), nor a clause that names a
# meeting, a talk or a letter ("reported that the talks in Moscow had been difficult")
_ON_EVENTS = re.compile(
    r"^(?:" + _TOLD_ASIDE + r"\s*)?" + _ONCE + r"(?:informed|reported|told|briefed)"
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w-]*|session|meeting|members|comrades))?"
    r"\s+that\b"
)
_MEETING_WORD = re.compile(
    r"\b(?:meetings?|talks?|conferences?|consultations?|negotiations|discussions?|sessions?|[Pp]lenum|[Cc]ongress"
    r"|visits?|trips?|journeys?|delegations?|stay|conversations?|summit|telephone|call|exchange\s+of\s+views|gathering"
    r"|letters?|message)\b"
)
# a report told in the third person, as its turn's text opens: "(Comrade X) reported on ...", "informed the
# Politburo about ...", "spoke about the talks held in Moscow", "read out the letter" (and ``_PRESENTED``'s "gave an
# account of ...", "presented the draft")
_REPORTED = re.compile(
    r"^(?:" + _TOLD_ASIDE + r"\s*)?" + _ONCE + r"(?:reported|informed|briefed|described|recounted"
    r"|spoke\s+(?:about|on|of)|read\s+out|summed\s+up|told\s+(?:the|of|about))\b"
)
# ... of which a report of a man the session does not list, in a paragraph of its own after the turns told before
# it: "Comrade Mátyás Tímár, deputy chairman of the Council of Ministers, reported on ..." (``_told_unlisted``)
# (to this body, or with no hearer named: not "informed Comrade Kádár on 20 June", "informed the ambassador",
# "reported in his letter", "informed by telephone")
# a body that decides, by its name (the HSWP's "Provisional Executive Committee" of 1956 too)
_BODY = r"(?:Political\s+(?:Committee|Bureau)|Politburo|Presidium|Secretariat|(?:Provisional\s+)?Executive\s+Committee)"
_THIS_BODY = rf"{_BODY}|Committee"  # ... or a committee, as the reports tell it
_REPORTED_HERE = re.compile(
    r"^(?:" + _TOLD_ASIDE + r")?\s+" + _ONCE + r"(?:(?:reported|informed)\s+"
    rf"(?:the\s+(?:{_THIS_BODY}|session|meeting|members)\b|(?:on|about)\b(?!\s+\d)|that\b)"
    # ... or gave information on it: "Cde. Kornienko gave information on the state of the work"
    rf"|{GAVE_ACCOUNT}\s+(?:on|about|of)\b(?!\s+\d)"
    # ... or presented a paper: "Comrade Mieczysław Wilczek, minister of industry, presented the figures"
    r"|presented\s+(?:the|a|an|his)\s+(?:figures|draft|proposals?|report|information|data|plan|submission))"
)
# ... of which one told to this body by name, after a report too: "Comrade Aleksander Skarżyński, director of the
# Office for Religious Affairs, informed the Political Bureau that ..." (not what was said at the meeting reported on)
_TOLD_TO_BODY = re.compile(
    r"^(?:" + _TOLD_ASIDE + r")?\s+" + _ONCE + rf"(?:reported\s+to|informed)\s+the\s+(?:{_THIS_BODY})\b"
)
_DEADLINE = re.compile(r"\b(?:by|within|until|before)\s+(?:\d|the end\b|[A-Z][a-z]+\s+\d)")
# ... and in the past tense, in a record that tells its turns so: "Comrade X stated that ... Comrade Y agreed." (not
# "reported" or "informed", which a speaker also tells of another's report at another time)
_TOLD_VERB_PAST = re.compile(
    r"^(?:" + _TOLD_ASIDE + r")?\s+" + _ONCE + _DEGREE + r"(?:proposed|said|stated|thought|considered|believed"
    r"|supported|objected|agreed|disagreed|noted|pointed out|stressed|emphasi[sz]ed|underlined|suggested|asked|shared"
    r"|replied|answered|remarked|added|explained|declared|warned|doubted|insisted|criticized|expressed"
    r"|favou?red|opposed|was (?:against|for|of the (?:view|opinion))|spoke (?:against|for|in favou?r of)|took the floor"
    r"|did not (?:agree|support|object|share|take\s+(?:a|any)\s+(?:\w+\s+)?(?:position|stand|stance))"
    r"|took\s+no\s+(?:\w+\s+)?(?:position|stand|stance)|" + _CONVEYED + rf"|{_ABSTAINED})\b"
)
# several men's turn told in one sentence, by a verb that gives their stance: "Cdes. Mikoyan, Bulganin and Ponomarenko
# spoke in favour of the draft." (each a turn of those words; "spoke in the discussion" is a list of who spoke)
_GROUP_TOLD = re.compile(
    r"^(?:Cdes\.|Comrades)\s+(?P<names>.{3,300}?)\s+(?P<said>(?:also\s+)?(?:spoke\s+in\s+the\s+(?:discussion|debate)\s+and\s+)?"
    r"(?:spoke\s+(?:in\s+favou?r\s+of|for|against|in\s+support\s+of)|supported|opposed|objected\s+to"
    r"|agreed\s+with|were\s+(?:for|against|in\s+favou?r\s+of)"
    # a joint report to the body (not what they told others: "... informed the Soviet comrades about ...")
    rf"|(?:informed|reported\s+to)\s+the\s+(?:{_BODY}|meeting)"
    r"|reported\s+on|presented\s+the\s+(?:report|information|proposals?|draft)"
    rf"|{GAVE_ACCOUNT}|{_ABSTAINED})\b.*)$",
    re.S,
)
# ... or noted under one dash, by a word of their stance alone: "Cdes. Kozlov, Kirichenko—approve; ..." (not a task
# so noted: "Cdes. Suslov, Shepilov—prepare the text", "—approve the list", "—for the text of the statement")
_GROUP_DASH = re.compile(
    r"^(?:Cdes\.|Comrades)\s+(?P<names>[^—–:\n]{3,200}?)\s*[—–]\s*(?P<said>(?i:(?:approve|agree|support)(?=\s*(?:[.;,!]|$))"
    r"|agree\s+with|against|in\s+favou?r|no\s+objections?)\b.*)$",
    re.S,
)
# where a record told in the third person may go on with another's turn on the same line: "... draft. Cde. X"
# (after a word's stop, an acronym's too, "... abroad through TASS. Cde. Kirilenko ...", not an initial's)
_TOLD_AFTER = re.compile(r"(?:(?<=[a-z][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=(?:Cdes?\.|Comrades?)\s+[A-Z])")
# a verb in the present tense, as minutes that name "Comrade X" (spelled out) tell a turn: "Comrade X reports";
# "Comrade X reported on this" is a sentence of someone else's speech
# the verbs of a stance that tell a turn after a bare name: "SUSLOV thinks that ..." (not "says", which quotes)
_BARE_TOLD = re.compile(
    r"^\s+(?:also\s+)?(?:thinks|proposes|supports|objects|agrees|disagrees|considers|believes|suggests|insists"
    r"|speaks (?:in support of|in favou?r of|for|against)|is (?:against|for|of the (?:view|opinion)))\b"
)
# the speaker himself in a line of his speech: "asked me", "I agree", "we"; not "our Party", "item I", "L. I."
_SPEAKER_SELF = re.compile(r"\b(?:me|my|[Ww]e)\b|(?<!\bitem )(?<!\bpoint )\bI\b(?!\.)")
_FIRST_PERSON = re.compile(r"\b(?:I|we|my|our|me|us)\b")
_PRESENT_VERB = re.compile(r"^(?:" + _TOLD_ASIDE + r")?\s+" + _ONCE + _DEGREE + r"(?:is|[a-z]+s)\b")
_MARK = re.compile(MARK)
# an editor's marker on a name, numbered or lettered: "Comrade János Péter(2)", "Comrade Wendt(b)" (not "(PZPR)")
_EDITOR_MARK = re.compile(rf"{MARK}|\([a-z]\)|\[[a-z]\]")
# the items a label's men were there for, after it: "Guests for item 1:", "Guests (for item 1):", "As a guest, for
# item 1:"
_FOR_ITEM_AFTER = rf"(?:,?\s+{FOR_ITEM.pattern}|\s*\(\s*{FOR_ITEM.pattern}\s*\))"
_ATTENDANCE = re.compile(
    r"^(?P<label>Those (?:Taking Part|Present|Attending)|Present|Participants|Participating|Attending|Attended"
    r"|(?-i:Attended by|ATTENDED BY|Took part|TOOK PART)"  # not a speech wrapped before "took part: ..."
    r"|The following (?:took part|were present|attended)"  # a Romanian or Bulgarian record's "The following took part:"
    r"|In attendance|Prisutstvoval[ai]?"  # the Russian word left untranslated, as a scan of a Russian edition has it
    rf"|(?P<invited>(?:Also )?Invited{_FOR_ITEM_AFTER}?|Guests{_FOR_ITEM_AFTER}?"
    rf"|(?:Present )?as (?:a )?guests?{_FOR_ITEM_AFTER}?"  # "As a guest, for item 1: Comrade P. A. Abrasimov, ..."
    r"|Priglashen[yi]|Priglashennye"
    r"|(?:(?:Also )?(?:present|attending|taking part|participating)\s+as\s+)?observers?"  # another party's observer
    rf"|(?:Also )?(?:present|attending|taking part|participating)\s*\(\s*{FOR_ITEM.pattern}\s*\)"  # "(for item 2)"
    # "... in the discussion of item 1", "Also present, for item 1:"
    rf"|Also (?:present|attending|taking part|participating),?\s+{FOR_ITEM.pattern})"
    r"|(?:Also )?(?:taking part|present|participating|attending)(?: were)?"
    r"(?: (?:in|at) the (?:session|meeting)(?: were)?)?)"  # "Taking part in the meeting were:"
    r"(?P<side>,?\s+from\s+[^—:–]{2,60}?)?"  # "Guests from the SED:", "As guests, from the CC of the CPSU:"
    # (a label alone on its line needs no colon, after an aside on the list too: "Present (list at the top of f. 12)",
    # a note's heading "## Present" over its list)
    r"(?P<aside>\s*\((?![^()]*\b(?:items?|points?)\b)[^()]{1,60}\))?"
    rf"(?:{MARK})?"  # (a note's marker on the label: "Present²: ...")
    r"(?:\s*(?::|—|–|-)|\s+(?=C\.C\.(?:\s|$))|(?=\s*$))\s*"
    # (the side its men come from, after the colon: "Guests for item 1: from the CC of the CPSU, Comrade X, ...")
    r"(?:from\s+[^,:;—–]{2,80}?[,:]\s*(?=(?:Comrades?|Cdes?\.)\s))?"
    r"(?P<list>.*)$",
    re.I | re.S,
)
_IN_THE_MEETING = re.compile(r"\b(?:in|at)\s+the\s+(?:session|meeting)\b", re.I)
# a list that carries over the one of the session before, maybe less some: "Present: the same, except Cde. Pervukhin."
_SAME = re.compile(
    r"^the\s+same(?:\s+(?:as\s+)?(?:at|on|in|for)\s+the\s+(?:previous|preceding|last|earlier|morning)"
    r"\s+(?:session|meeting|sitting))?(?:\s*(?P<cut>,?\s*(?:except(?:\s+for)?|but\s+without|without|less|minus)\s+)|\s*[.;]?\s*$)",
    re.I,
)
# where the names a carried list leaves out end: "except Cde. Pervukhin, who was ill", "...; also Cdes. Zhukov"
_EXCEPT_END = re.compile(r";|,?\s+(?:who|whom|because|since|as|owing|due)\b")
_ALSO = re.compile(r";\s*(?:also|and|plus|as well as)\s+", re.I)
_CONTINUATION = re.compile(r"\bcontinu(?:ation|ed)\b", re.I)
_CHAIR = re.compile(
    r"^(?:(?:(?i:the (?:session|meeting) (?:was |is )?(?:opened and )?)?(?i:presided over by|chaired(?: by)?)\s*[:—–]?"
    r"|(?i:chairman|chair|in the chair|presiding|presided|predsedatel['’]?stvoval)\s*[:—–])"
    rf"\s*(?:{CDE})?(?P<a>{SURNAME_FIRST}|(?:{GIVEN}\s+){{0,2}}{NAME})"
    rf"|(?:{CDE})?(?P<b>(?:{GIVEN}\s+){{0,2}}{NAME})\s+(?:presiding|in the chair"
    # "Cde. Stanisław Kania presides over the meeting." as a line of its own: the record's present tense, not
    # "Cde. Brezhnev presided over the meeting" of another meeting told of
    r"|presides over the (?:meeting|session)(?=\.?$)|chairs the (?:meeting|session)(?=\.?$)))"
    r"(?:\b|(?<=\.))"
)
# (maybe for an item only: "For item 1 of the agenda, from the Chinese side: Comrades ...", "For items 1 and 2, from")
_GUESTS = re.compile(
    # (for an item: "For item 1 of the agenda, from the Chinese side: ...", "Taking part in item 1, from the
    # delegation of the Government of the People's Republic of China: Comrades Zhou Enlai, ...")
    # ("Taking part in the discussion of item 1, from the CC of the CPSU: ...")
    r"^(?:(?:For|Taking\s+part\s+in(?:\s+the\s+(?:discussion|debate)\s+(?:of|on))?)\s+(?:items?|points?)\s+[\dIVXL]+"
    r"(?:\s*(?:,|and|-|–)\s*[\dIVXL]+)*"
    r"(?:\s+of\s+the\s+agenda)?,?\s+(?=from\s))?"
    r"(?:From|Of|For|from)\s+the\s+[^—:]{2,80}?(?:—|:|–)\s*(?P<list>.+)$",
    re.S,
)
# guests on a line of their own, with no colon: "With the participation of Cde. Władysław Gomułka"
_PARTICIPATION = re.compile(r"^(?:Also )?[Ww]ith the participation of\s+(?P<list>\S.*)$", re.S)
_TITLE_GUESTS = re.compile(r"\bwith the [Pp]articipation of\s+")
# where a list of guests in a heading stops: a bracket, "on"/"in" + the date, or ", 18 June"
_TITLE_LIST_STOP = re.compile(r"\s*[(\[)]|,?\s+(?:on|in|at)\s|,\s*\d")
# a group of those excused or absent, printed under "Present:" like a group of those present
_AWAY = r"(?:Excused|Absent|Not present|Did not (?:take part|attend)|Apologi[sz]ed|Ill|On leave)"
_ABSENT = re.compile(rf"^{_AWAY}\b", re.I)
_NOT_THERE = re.compile(rf"\b(?:{_AWAY}|not|missing)\b", re.I)  # ... anywhere in a group's label: "...; not present"
# one said to be away, in a line that says no more: "Cde. Kozlov—absent (ill).", "Cde. V. V. Shcherbitsky was absent
# (in Kiev)."
_SAID_ABSENT = re.compile(
    rf"^(?:{CDE})?(?P<names>[^—–:]{{2,80}}?)(?:\s*[—–]\s*|\s+(?:was|were|is|are)\s+)"
    rf"(?i:{_AWAY})"  # and nothing after it
    rf"\s*(?:\((?:ill|sick|on leave|abroad|on holiday|away|in [A-Z][a-z]+)\))?\s*[.;]?\s*(?:{MARK})?\s*$",
)
_BARE_NAME = re.compile(rf"^(?P<name>{NAME})(?=\s)")  # a line that opens with a name and no "Cde."
_ABSENT_LABEL = re.compile(rf"^{_AWAY}\s*[:—–]\s*", re.I)
_PART_ONLY = re.compile(r"\s*\([^()]*\b(?:items?|points?|left|arriv\w*|start|part|until|after|before)\b", re.I)
# a group's label alone on its line, its names on the lines below: "Candidate members of the Politburo:",
# "Invited for item 2:", "Excused:"; or a party's, "From the Bulgarian Communist Party:", "From our side:"
_LABEL_ALONE = re.compile(
    r"^(?:(?P<side>(?:From|Of) (?:the|our)\s+[^:—–]{2,80}?)|(?P<label>[\w\s.’'()\-]{3,80}?))\s*[:—–]$"
)
# the same with no colon, under "Present:": "Members of the Politburo of the CC CPSU", "Secretary of the CC CPSU"
_BARE_LABEL = re.compile(
    r"^(?:Candidate\s+)?(?:[Mm]embers?|[Cc]andidates?|[Ss]ecretar(?:y|ies))\s+of\s+the\s+"
    r"(?:CC|C\.\s?C\.|Central Committee|Politburo|Presidium|Political (?:Bureau|Committee)|Secretariat|Commission)\b"
    r"(?:\s+(?:of|the|[A-Z][\w.]*))*$"  # "... of the CC CPSU", not "Members of the Presidium agree ..."
    r"|^(?:[Ii]nvited|[Gg]uests)$"  # a group of guests under it: "invited" / "Chief of the General Staff .... X"
)
_LIST_LINES = 60  # how far below its label a list printed a line at a time is read


# a title line that goes on over the next: it ends with a word that joins ("... the visit of" / "Castro (Mikoyan)")


# a list's line that ends inside the label of its next group, its names on the next line: "..., candidate members
# of the" / "Politburo Cdes. Yu. V. Andropov, ...", "..., secretaries of the CC" / "Cdes. K. V. Rusakov, ..."
_LABEL_BROKEN = re.compile(r"[,;]\s*[a-z][^\W\d]*(?:\s+[^\W\d]+)*-?\s*$")  # (or in a word: "candidate mem-")
# (or its names after a semicolon: "..., members of the Political Bureau of the CC of the" / "RWP; Alexandru ...")
# (or before initials: "...; candidate" / "members A. Kapek, J. Lenárt, ...", "...; candidate members" / "A. Kapek")
_LABEL_ENDS = re.compile(
    rf"^[^,:;]{{0,60}}?(?:(?:^|\s)(?:{CDE})|(?P<semicolon>;)\s*(?=[{UPPER}])"
    rf"|(?:^|\s)(?=(?:{INITIAL_LETTER}\s?){{1,3}}[{UPPER}][{LOWER}]))"
)
# ... or after it, the names all on the next line: "..., candidate members of the Politburo Cdes." / "Yu. V. ...",
# "...; Politburo candidate members:" / "J. Główczyk, ..."
_NAMES_BELOW = re.compile(r"\s(?:[Cc]des?\.|Comrades?)$|[,;]\s*(?P<label>[^,;:]{3,60}):$")


def dated_session_head(lines: list[Line], k: int, text: str) -> bool:
    """Whether line ``k`` is a date alone over a session's chair or list, as a file of Malin's notes heads each of its
    sessions ("24 September 1964" / "(Re: Protocol No. 165)" / "Cde. N. S. Khrushchev presiding." / "Taking part:
    ..."), with no heading above it; not a sentence's date the line above runs on into ("Compare the session of" /
    "3 September 1964" / "Cde. Khrushchev presiding, where ...", "The formal protocol reads:" / "10 September 1964")."""
    if not is_date_line(lines[k].text):
        return False
    above = lines[k - 1] if k else None
    if above and text.count("\n", above.end, lines[k].start) == 1 and _RUNS_ON.search(above.text):
        return False
    return any(_ATTENDANCE.match(x.text) or _CHAIR.match(x.text) for x in lines[k + 1 : k + 5])


# a line's end that its sentence goes on from: a colon, or a small word ("... the session of", "... held on"); not a
# note's last word without its stop ("(1) Gromyko does not appear in the list"), nor a comma after a file's folios
_RUNS_ON = re.compile(r"(?:[:;]|\b(?:of|on|at|in|from|since|until|till|to|and|by|dated|held|reads|see|cf\.))\s*$")


def _label_broken(last: Line, nxt: Line) -> bool:
    """Whether a list's line breaks off inside or after the label of its next group, whose names are on ``nxt``;
    not a post at the line's end and a sentence below ("..., minister of the interior" / "The meeting was
    chaired by Cde. A. Dubček.")."""
    broken, ends = _LABEL_BROKEN.search(last.text), _LABEL_ENDS.match(nxt.text)
    if broken and _NOT_THERE.search(broken[0]):
        return False  # "...; not present" / "A. Ya. Pelshe (ill)." names those absent
    if broken and ends and _MEMBERSHIP.search(f"{broken[0]} {ends[0]}"):
        return True
    below = _NAMES_BELOW.search(last.text)
    return bool(below and (_MEMBERSHIP.search(below["label"]) if below["label"] else ":" not in nxt.text))


def _open_bracket(ln: Line) -> bool:
    return ln.text.count("(") > ln.text.count(")")


def _note_left_open(text: str, end: int) -> int:
    """Where a list's names end before a translator's note in square brackets that the line opens and does not
    close ("..., Titov, Shelepin [TN: F. R. Kozlov, still a full member, does not" / "appear; ...]"): the names
    are before it; ``end`` where the line opens none."""
    at = text.rfind("[", 0, end)
    return at if at >= 0 and "]" not in text[at:] else end


def _surname(name: str) -> str:
    """A printed name's surname, lower case and without diacritics (a list's "Loga-Sowiński" is the turn's
    "Loga-Sowinski"), without its full stop ("" for no name): its last word, or its first where a Hungarian
    record prints the surname first ("Lázár György" is the turn's "Comrade Lázár")."""
    words = name.split()
    if not words:
        return ""
    return fold(words[0 if surname_first(words) else -1]).rstrip(".")


# nothing of a man's own words: an editor's brackets, with a note's number, and a title before the next name
_EDITORS_ONLY = re.compile(rf"[\s.]*(?:\[[^\]\n]*\]\s*\d{{0,3}}\s*)*(?:{CDE})?")
_TITLE_ABOVE = re.compile(rf"\b{CDE_WORD}\s*\n\s*\Z")  # a title closing the line above a name
# ... or a word that ends no sentence before a comrade's name: "... agreed with the proposal of" / "Cde. Demichev." (a
# working record's speaker alone on his line may follow a line the speaker before broke off: "... the floor to" /
# "GROMYKO")
_GOES_ON_BELOW = re.compile(r"\b(?:of|with|by|from)[ \t]*\n\s*\Z")
_NOT_DONE = re.compile(r"\s+(?:did|does)\s+not\b")
# a view a man shares, a matter he draws attention to (in a letter, perhaps), what he has no objection to, or an
# answer before a colon: his turn only where the session lists him
_LISTED_ONLY = re.compile(r"\s+(?:shares|dr(?:aws|ew)\s+attention|ha(?:s|d)\s+no\s+objection)\b" + rf"|{_ANSWER_ASIDE}")
_DESCRIBED = re.compile(r"^(?:" + _TOLD_ASIDE + r")?\s+(?:is|was)\s+(?:against|for)\b")


def _initialled(name: str) -> bool:
    """Whether a printed name carries initials ("M. A. Suslov"), as a list's names do or do not."""
    return bool(re.search(rf"(?:^|\s){INITIAL_LETTER}", name))


def _label_kind(text: str, kind: str | None, side: str | None, inside: bool = False) -> tuple[bool, str | None]:
    """Whether ``text`` is a group's label alone on its line, and the kind of the names under it: ``side``
    for a party's ("From the BCP:"), those of guests ("Invited:", "For item 2:"), "absent" for those away
    ("Excused:"), else ``kind``, the list's own ("Candidate members:")."""
    m = _LABEL_ALONE.match(text)
    if m and m["side"]:
        return True, side
    if m:
        label = m["label"]
    elif inside and _BARE_LABEL.match(text):
        label = text  # under "Present:", a group's label with no colon: "Members of the Politburo of the CC CPSU"
    else:
        return False, None
    if _ABSENT.match(label):
        return True, "absent"
    if not _MEMBERSHIP.search(label):
        # "On item 2:" takes an item up again; "For item 2:" under a list's label is a group of its guests
        return (True, "guest") if inside and label.startswith("For ") and FOR_ITEM.search(label) else (False, None)
    return True, "guest" if _INVITED.search(label) or FOR_ITEM.search(label) else kind


# initials that end a line of a list, the surname on the next: "..., V. I. Dolgikh, V. V." / "Kuznetsov, ..."
_INITIALS_END = re.compile(rf"(?:^|,\s*|\s(?:{CDE}))(?P<initials>(?:{INITIAL_LETTER}\s?){{1,3}})$")
# ... or a given name: "..., Stanisław Bejger, Jan" / "Główczyk, ..."
_GIVEN_END = re.compile(rf",\s*(?P<given>[{UPPER}][{LOWER}]+)$")


# "Kuznetsov, B. N. Ponomarev, ...", the list's last "Kuznetsov.", or the rest of the initials before it: "..., E." /
# "K. Ligachev, ..."
_SURNAME_GOES_ON = re.compile(rf"^(?:{INITIAL_LETTER}\s?){{0,2}}[{UPPER}][\w’'\-]+\s*(?:[,;]|\.?$)")
_NAMES_GO_ON = re.compile(rf"^[{UPPER}][\w’'\-]+\s*[,;]")  # ... with more names after it: "Postelnicu, Silviu ..."
# a line that opens with a man's name, his initials before it: "M. A. Suslov; Comrade A. B. Aristov, ..."
_NAME_OPENS = re.compile(rf"^(?:{CDE})?(?:{INITIAL_LETTER}\s?){{1,3}}\s*[{UPPER}][{LOWER}]")


def _list_part(ln: Line, at: int, stop: int) -> tuple[tuple[Line, ...], Line | None]:
    """The names of a list's line from ``at`` to ``stop``, and the initials it ends with, where the page broke a
    name after them."""
    m = _INITIALS_END.search(ln.text[:stop].rstrip())
    if m and m.start() >= at:
        return list_groups(ln, at, m.start()), sub_line(ln, m.start("initials"), m.end("initials"))
    # ... or a given name the line breaks off at, its surname on the next line: "..., Stanisław Bejger, Jan" /
    # "Główczyk, ..."
    m = _GIVEN_END.search(ln.text[:stop].rstrip()) if stop >= len(ln.text.rstrip()) else None  # (no stop ends it)
    if m and m.start() >= at and given_name(m["given"]) and (found := list_groups(ln, at, m.start())):
        return found, sub_line(ln, m.start("given"), m.end("given"))
    return list_groups(ln, at, stop), None


def _absent(ln: Line) -> tuple[Line, ...]:
    """The names of a group of those absent from the whole session, after its label's one word: "Absent: Z.
    Grzyb, J. Łabęcki"; not those absent from an item or a part of it ("Absent for item 2:", "Cde. F. Kriegel
    (left after item 1)"), who were there for the rest."""
    label = _ABSENT_LABEL.match(ln.text)
    if not label:
        return ()
    names = list_groups(ln, label.end(), label.end() + list_end(ln.text[label.end() :]))
    return tuple(n for n in names if not _PART_ONLY.match(ln.text, n.end - ln.start))


def _names_of(ln: Line) -> tuple[Line, ...]:
    """The names of a line that holds nothing but names (each maybe with its post, or after it and a row of
    dots: "Minister of Defense of the USSR ........ D. F. Ustinov"); () if it holds more."""
    start = 0
    if m := _LEADERS.match(ln.text):
        if not is_post(m["before"]):
            before = _names_of(sub_line(ln, 0, len(m["before"])))
            if before and is_post(ln.text[m.end() :]):
                return before  # the name first, the dots to his post: "A. A. Gromyko ........ Minister of ..."
            # an editor's cut amid the names, not a post: "L. I. Brezhnev, A. N. Kosygin .... M. A. Suslov"
            after = _names_of(sub_line(ln, m.end()))
            return before + after if before and after else ()
        start = m.end()
    end = start + list_end(ln.text[start:])
    return () if TRAILING_MARK.sub("", ln.text[end:]).strip(" .,;") else list_groups(ln, start, end, labels=False)


# a post and the dots that lead to its man's name (two apart, or four or more; not an ellipsis's three)
_LEADERS = re.compile(r"^(?P<before>\S.{2,120}?)(?:\s\.\.(?=\s)|\.{4,})\s*(?=\S)")
# a speaker printed by his post, where the list gives the posts: "The Minister of Defense (interrupting): ..."
_BY_POST = re.compile(
    r"^The\s+(?P<post>[A-Z][A-Za-z ,’'\-]{2,80}?)(?:\s*\((?:[a-z]+ing|cont(?:inued|\.))(?:\s[a-z]+)?\))?\s*:"
    r"\s*(?P<text>\S.*)$",  # an aside of the speaking ("interrupting", "continuing"), not "(of the PPR)"
    re.S,
)

# the body's decision on a line of its own under a turn: "RESOLVED: Approve the draft." under the report a protocol
# heard, "Resolved: Send Cde. Mikoyan to Budapest." under the last speaker of working notes
_DECIDED_HEAD = r"^(?:RESOLVED|Resolved|DECIDED|Decided|POSTANOVILI|Postanovili)\s*(?::|—|–)\s*"
_RECORD_DECIDED = re.compile(_DECIDED_HEAD + r"\S")
# ... or its label with the decision after it (not a resolution a speaker quotes): "Decision: The Political Committee
# took note ..." under the minutes' last turn
_LABELLED_DECISION = re.compile(r"^(?:DECISIONS?|Decisions?|RESOLUTION|Resolution)\s*(?::|—|–)\s*\S")
_RECORD_DECIDED_FIRST = re.compile(_DECIDED_HEAD + r"1\.\s")  # ... and its first point on the line
# ... or a sentence of the body's, on a line of its own under the last turn: "The Political Committee approves the
# report.", "The Politburo took note of the information and instructed ..." (not a speaker's story of another session:
# "The Politburo decided in March ...", "... approved at its session of 12 May")
_BODY_DECIDES = re.compile(
    rf"^The\s+(?:CC\s+)?{_BODY}(?:\s+of\s+the\s+(?:CC\s+)?(?:of\s+the\s+)?(?P<party>[A-Z]{{2,5}})(?:\s+CC)?)?\s+"
    r"(?:unanimously\s+)?"
    r"(?P<verb>approve[sd]|accept(?:s|ed)|adopt(?:s|ed)|t(?:akes|ook)\s+note|decide[sd]|resolve[sd]|instruct(?:s|ed)"
    r"|oblige[sd]|charge[sd]|entrust(?:s|ed)|endorse[sd]|confirm(?:s|ed)|reject(?:s|ed)|agree[sd]|authori[sz]e[sd])\b"
    r"(?![^.;]*\b(?:on|in|since|last|at\s+its)\s+(?:\d|[A-Z][a-z]+\s+\d|year|week|month|session|meeting"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))"
)
# ... and the body's name alone, with no colon
BODY_ALONE = re.compile(rf"^The\s+{_BODY}\b[^:]*$")
_POINT_IN_SMALL_LETTERS = re.compile(r"\s*(?:\d{1,2}[.)]|\(?[a-h]\))\s+[a-z]")  # "1. approves the report;", "a) ..."
# a label over the decisions of every item ("Decisions:" / "Re item 1:" / ... / "Re item 2:" / ...)
_ALL_DECIDED = re.compile(r"^(?:Decisions|Resolutions)\s*:?$", re.I)
# a stenogram's speaker printed, in capitals, by the office of the one who presides: "CHAIRMAN: ...", "PRESIDING: ..."
# (not "Chairman: Cde. X", a record's chair, nor "PRESIDENT (Tito):", another office and a man named)
_BY_CHAIR = re.compile(r"^(?:THE\s+)?(?P<post>CHAIRMAN|PRESIDING|PREDSEDATEL['’]?)\s*:\s*(?P<text>\S.*)$", re.S)

# the words of a post that tell no post apart: "Minister of Defense of the USSR" is "minister defense"
_POST_FILLER = frozenset(("the", "of", "for", "and", "ussr", "cc", "cpsu"))


def _post_words(post: str) -> list[str]:
    """A post's or a speaker's label's words that tell it apart, in order, in small letters."""
    return [w for w in re.findall(r"[a-z]+", post.lower()) if w not in _POST_FILLER]


def _heads(part: str, words: list[str]) -> bool:
    """Whether a part of a post opens with a speaker's label's own post ("Chairman of the Council of Ministers" is
    no "First Deputy Chairman ..."), a bare "Chairman" only the chairman of a meeting's body ("Chairman of the
    Commission"), not of an office ("Chairman of the KGB")."""
    own = _post_words(part)
    if words in (["chairman"], ["chair"]):
        return own[:1] == words and own[1:2] in (["commission"], ["committee"], ["meeting"], ["session"])
    return own[:1] == words[:1]


def _opens_with(part: str, words: list[str]) -> bool:
    """Whether a part of a post opens with all of a speaker's label: of two chairmen, "The Chairman of the KGB"."""
    return _heads(part, words) and _post_words(part)[: len(words)] == words


# an editor's label alone over his paragraph: "Editor's remark", "Translator's note", an edition's "Note" or the kind of
# its remark ("Important", "Tip": an admonition)
_EDITORS_REMARK = r"(?i:(?:editor|translator|compiler)(?:[’'`]?s|ial)\s+(?:notes?|remarks?|comments?))"
EDITORS_LABEL = re.compile(rf"{_EDITORS_REMARK}\s*:?|(?:Note|NOTE|Important|Tip|Warning|Caution)\s*:?")
# ... or run in before his remark: "Editor's comparison with the protocol: The formal protocol ...", "Editorial note
# on the list: ..." (his, in the possessive, or a remark: not "Editorial board of Pravda: strengthen it ...", a
# speaker's words)
_EDITORS_RUN_IN = re.compile(
    rf"(?:{_EDITORS_REMARK}\b[^:\n]{{0,60}}|(?i:editor|translator|compiler)(?:[’'`]s|s[’'`])\s+[^:\n]{{1,60}}):\s+\S"
)


# A table a copy from a word processor keeps as text: cells between "|", under a header row, with rules of
# dashes between its rows ("|-----+-----|", "----+----")
_RULE_CHARACTERS = frozenset("|+-=: \t")


def _is_rule(text: str) -> bool:
    """A rule of dashes between a table's rows: "|-----+-----|", "----+----"."""
    return "-" in text and set(text) <= _RULE_CHARACTERS


# the label a list of those present opens with, alone on its line over a table of them
_PRESENT_LABEL = re.compile(r"(?i)(?:present|participants|those\s+(?:present|taking\s+part)|attendance)\s*:?$")
# (or the list's own label over its column: "Group | Taking part")
_NAME_COLUMN = re.compile(r"(?i)(?:name|surname|comrade|participant)s?|(?:those\s+)?taking\s+part|those\s+present")
# a row of a page's facts that gives the document's file: "| Reference | RGANI, F. 3, Op. 16, D. 948, Ll. 98-103ob |"
_FILE_LABEL = r"(?i:archive(?:\s+ref(?:erence)?)?|archival\s+reference|reference)"
_SOURCE_ROW = re.compile(rf"^\|\s*(?:{_FILE_LABEL}|(?i:source|(?:archival\s+)?citation))\s*\|\s*(?P<ref>[^|]*?)\s*\|?$")
# ... and a field of the session's facts that opens with it, as an edition's source or a historian's notes give it
# (":Archive: RGANI" / ":Fond: 3" / ..., ":ARCHIVE_REF: RGANI, F. 3, ...", read "Archive  RGANI", "Archive ref  RGANI"),
# or a collection's line over a document ("Archival citation: RGANI, f. 3, ...")
_SOURCE_FIELD = re.compile(rf"^(?:{_FILE_LABEL}|(?i:archival\s+citation))(?:\s*:\s*|\s{{2,}})(?=\S)")
_FIELDS_REACH = 400  # how far the fields of a file's levels run
# a column that gives each row's group ("Group | Names": "Presiding | N. S. Khrushchev", "Invited | A. A. Gromyko")
_GROUP_COLUMN = re.compile(r"(?i)(?:group|category|membership)s?")
# (the label alone: not a post, "Chairman of the Council of Ministers", nor a group's "Presiding member")
_PRESIDING = re.compile(r"(?i)(?:presiding|presided(?:\s+by)?|chair(?:man|ed(?:\s+by)?|ing)?|in\s+the\s+chair)\s*:?")
_STATUS_COLUMN = re.compile(r"(?i)(?:attendance|present|presence|status|participation|remarks?|reason|notes?)")
# a status that opens with a word of absence ("excused (abroad)"), or says "no" and nothing more; not "present
# (back from abroad)", "no remarks"
_ABSENT_STATUS = re.compile(rf"(?i)(?:{_AWAY}|sick|abroad|on\s+holiday|away)\b|no\.?$")
_DECISION_COLUMN = re.compile(r"(?i)(?:decision|resolution)s?")
_GROUP_ROW = re.compile(rf"(?i).*(?::$|\b(?:invited|guests?|members?|candidates?|secretar(?:y|ies)|{_AWAY})\b)")
_RESPONSIBLE_COLUMN = re.compile(r"(?i)(?:responsible|in\s+charge|executor|by\s+whom)")


def _table_lists() -> dict[str, list[Line]]:
    """The lists a table of those present fills, each empty, by their kinds (``_group_kind``)."""
    return {"chair": [], "listed": [], "absent": [], "guest": []}


def _group_kind(label: str) -> str:
    """The list a table's group label ("Presiding", "Members of the Presidium", "Invited for item 1", "Excused")
    puts its men in."""
    if _PRESIDING.fullmatch(label):
        return "chair"
    if _INVITED.search(label) or FOR_ITEM.search(label):
        return "guest"
    return "absent" if _ABSENT.match(label) else "listed"


def _first_sentence(text: str) -> str:
    """The text up to its first full stop before a capital: what one told turn says of itself, so that a long
    flattened line of turns is read in one pass, not once from each turn to its end."""
    stop = _SENTENCE_END.search(text)
    return text[: stop.end()] if stop else text


def _cells(ln: Line, bordered: bool) -> list[Line]:
    """A table row's cells, empty ones too, without the pipes of a ``bordered`` table's edges; [] if the line
    is no row. A row with no pipes may have its cells between tabs, as a word processor's table saved as plain
    text has them ("Erich Honecker<TAB>General Secretary of the CC")."""
    bar = "|" if "|" in ln.text else "\t"
    if bar not in ln.text:
        return []
    bounds = [-1, *(i for i, c in enumerate(ln.text) if c == bar), len(ln.text)]
    cells = [sub_line(ln, a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    if bordered:
        cells = cells[1:]  # the border before the first cell
        if cells and ln.text.rstrip().endswith("|"):
            cells = cells[:-1]  # ... and after the last
    return [_stripped(c) for c in cells]


def _same(ln: Line) -> Line:
    return ln


def _stripped(cell: Line) -> Line:
    """A cell without the spaces that pad it to its column's width."""
    lead = len(cell.text) - len(cell.text.lstrip())
    return sub_line(cell, lead, lead + len(cell.text.strip()))


def holder_of(label: str, posts: list[tuple[str, Line]]) -> Line | None:
    """The man of a session's list whose post a speaker or a task is printed by ("Minister of Defense" for
    "Minister of Defense of the USSR .... D. F. Ustinov"), from the list's (post, name). The label opens with a
    post's own word (not "The KGB of the USSR:", a body a decision addresses); one part of the post (between
    its commas) holds all its words and opens with that word (no "First Deputy Chairman" for "The Chairman of
    the Council of Ministers", no "Chairman of the Commission, Secretary of the CC" for "The Secretary of the
    Commission"), a bare "The Chairman" the chairman of the meeting's own body ("..., Chairman of the
    Commission"); of several such posts, the one with a part that opens with the whole label. None where no one
    man fits: two men of the same post speak unnamed."""
    words = _post_words(label)
    if not words or words[0] not in _POST_HEADS:
        return None
    fits = [
        (post, name)
        for post, name in posts
        if any(set(words) <= set(_post_words(part)) and _heads(part, words) for part in post.split(","))
    ]
    if len(fits) > 1:
        fits = [(post, name) for post, name in fits if any(_opens_with(part, words) for part in post.split(","))]
    return fits[0][1] if len(fits) == 1 else None


# the words a post opens with: a label that opens otherwise is a body's name ("The KGB of the USSR: to report")
_POST_HEADS = frozenset(POST_HEADS) | {"chair", "deputy", "first", "representative"}


def _names_only(ln: Line) -> bool:
    """Whether a line holds nothing but names, or a group's label alone."""
    return bool(_names_of(ln)) or _label_kind(ln.text, None, None, inside=True)[0]


# a protocol's item numbered as a section ("§ 6. On preparations for ...", "§ 7. Questions of the Ministry"), not a
# statute's sentence quoted ("§ 12. A member of the party who has violated discipline is subject to a penalty.")
_SECTION = (  # "§ 2. On ...", "Item 1. On ..."
    r"(?:§|(?:Item|ITEM)\s)\s*(?=\d{1,2}\.\s+(?:(?:On|Re|Regarding|Concerning|About|Information|Report|Question|The\s+question)\b"
    r"|[^\n]*[^.!?\s]\s*$))"
)
# an item number, but not the first initial of a name ("V. V. GRISHIN:", a wrapped "V. F.) to submit ...")
ITEM = re.compile(
    rf"^(?:{_SECTION})?(?P<num>[IVXL]{{1,5}}|\d{{1,2}})\.(?=\s|\(|$)(?!\s*{INITIAL_LETTER}[\s),;])\s*(?P<rest>.*)$",
    re.S,
)
# the discussion of an item under an agenda that listed it: "Re 1:", "Ad II.", "To item 2:", "Item 1"
_ITEM_AGAIN = re.compile(
    r"^(?:(?:Re|Ad|Zu)\s*:?\s+(?:(?i:item|point)\s+)?|(?:To|On)\s+(?i:item|point)\s+|(?:Concerning|Regarding)\s+"
    r"(?:(?i:item|point)\s+)?|(?i:item)\s+|(?i:point)\s+(?=\S+\s*[:—–]\s*$))(?P<num>[IVXL]{1,5}|\d{1,2})"
    # "Re 1:", "Re 1.:", "Ad 1)", "Zu 1.:", "Re: 1.", "On point 2 —", "Re point 1 of the agenda:", "Re 1. Report ...",
    # "Point 1:" (not a bare "Point 3", which cites a point)
    # an item's number and the turn that opens on its line: "Ad 1. Comrade X informed ...", "Re 1.: Comrade X: ...",
    # "Re I. Comrade X ...", "Ad 1. (Comrade X read out ...)" (a Roman number only so: "Regarding I. Gandhi's
    # letter" names no item)
    r"(?:\s*[.)]?\s*(?:of the agenda)?\s*[:—–]?\s*$"
    r"|(?:(?<=\d)\.?\s*:|(?:(?<=\d)|(?<=[IVXL])(?=\.\s+(?:Cdes?\.|Comrades?)\s))\.)\s+(?P<rest>[A-Z“\"(].*)$)",
    re.S,
)
# a protocol's list of those its extracts were sent to: "Extracts sent to: Cdes. A, B - item 1; C - item 2."
_DISTRIBUTION = re.compile(
    r"^(?:(?:Extracts?|Excerpts?|Copies)(?: of the protocol)?(?: (?:were |to be )?(?:sent|distributed))? to"
    r"|Sent to|Distribution|Distributed to)\s*[:—–]",
    re.I,
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# an agenda's label alone on its line, the items listed under it: "Agenda:", "AGENDA", "Order of the day:"
_AGENDA_LABEL = re.compile(r"^(?:Agenda|Order of the day|Order of business|Tagesordnung|Povestka dnya)\s*:?$", re.I)
# what follows an unknown word and its dash or colon as a title does, not words spoken: capitalised words with
# small ones between, no sentence's stop ("GHDI - German History in Documents and Images")
_SMALL_WORD = r"(?:of|in|and|the|for|on|a|an|to|at|by|de|und|der|des|la)"
_TITLE = re.compile(rf"\s*[-—–:]\s*[{UPPER}][\w’'\-]*(?:\s+(?:{_SMALL_WORD}\s+)*[{UPPER}][\w’'\-]*){{2,}}\s*$")
# a heading over several sessions, whose date is none of theirs: "... on 4 and 11 December 1958" (looked for just
# before the date), "Sessions of ..."
# the number of a part of a file that holds one session each, in capitals: "1. SESSION OF 13 OCTOBER 1977" (not an
# agenda's item, "1. ON THE SESSION OF THE CMEA")
# (or a page's heading over each of its sessions: "1. Session of 30 July 1963 (Protocol No. 110)")
# (its protocol's number after it: "(Protocol No. 58)", "(Re: Protocol No. 58)")
_PROTOCOL_AFTER = r"(?:\s*\((?i:re:\s*)?(?i:protocol\s+no)\.?\s*\d+\))?\.?\s*$"  # (or "(PROTOCOL No 58)")
_NUMBERED_SESSION = re.compile(
    rf"\d{{1,2}}\.\s+(?=(?:SESSION|MEETING|SITTING)\s+OF\b[^a-z(]*\b\d{{4}}{_PROTOCOL_AFTER}"
    rf"|(?:Session|Meeting|Sitting)\s+(?:of|on)\s+\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}\b{_PROTOCOL_AFTER})"
)
# a heading over several sessions: "... on 4 and 11 December 1958", "... 30 July and 6 August 1963"
_SEVERAL_DAYS = re.compile(r"\b\d{1,2}(?:\s+[A-Z][a-z]+)?\s*(?:,\s*\d{1,2}(?:\s+[A-Z][a-z]+)?\s*){0,5}(?i:and|&)\s*$")
_SEVERAL = re.compile(r"\b(?:Sessions|Meetings|Sittings|SESSIONS|MEETINGS|SITTINGS)\b")
# a decision's label alone on its line: the lines numbered under it are its points, not the agenda's items
# the item a decision's label names: "on item 1", "on items 1 and 2", "on item 1 of the agenda", "on the first item"
_ON_ITEM = (
    r"(?:\s+(?:on|for|re)\s+(?:(?:agenda\s+)?(?:items?|points?|questions?)\s+(?:\d{1,2}|[IVX]{1,5})"
    r"(?:\s*(?:,|and|&)\s*(?:\d{1,2}|[IVX]{1,5}))*(?:\s+of\s+the\s+agenda)?"
    r"|(?:this|the\s+(?:first|second|third|fourth|fifth|last))\s+(?:item|question|point)))?"
)
_DECISION_LABEL = re.compile(
    r"^(?-i:(?![a-z]))(?!.*\bwas\s+(?:adopted|taken)\s*\.)"  # (not a speech's wrapped "resolved." nor "... was taken.")
    r"(?:(?:Resolved|Decided|Decisions?|Resolutions?)"
    + _ON_ITEM  # "Decisions on item 1:", "Decision on this question:"
    + r"|Postanovili"
    # "The resolution is adopted (see the attachment):", "The following decision was taken:"
    r"|(?:The\s+(?:following\s+)?)?(?:resolution|decision)\s+(?:is\s+|was\s+)?(?:adopted|taken)(?:\s*\([^()]{1,40}\))?"
    r"|The\s+following\s+(?:is|was|has\s+been)\s+(?:adopted|decided|resolved|agreed)"  # "The following is adopted:"
    r"|It\s+(?:was|is)\s+(?:decided|resolved|agreed)"  # "It was decided:"
    # the body's name over its decision's points: "The Political Committee:", "The Politburo decided:", "The
    # Politburo of the CC CPSU resolves:", after the label: "Resolution: The Presidium of the CC KSČ"
    r"|(?:(?:Resolution|Decision)\s*:\s*)?"
    rf"(?-i:The)\s+{_BODY}(?:\s+of\s+the\s+CC(?:\s+(?:of\s+the\s+)?[{UPPER}]{{2,5}})?)?"  # "... of the CC of the KSČ"
    r"(?:\s+(?:decided|resolved|decides|resolves))?"
    + _ON_ITEM
    + rf")\s*[:.]?\s*{MARK}?$",  # its colon or stop, and a note's marker
    re.I,
)


def _abbreviates(short: str, name: str) -> bool:
    """Whether a name as printed is ``name``'s surname or its abbreviation ("Khr." of "Khrushchev")."""
    stem = _surname(short)
    return len(stem) >= 3 and _surname(name).startswith(stem)


def _item_value(number: str | None) -> int | None:
    """An item number's value, so that "Re 2:" takes up the agenda's "II."."""
    if number is None or number.isdigit():
        return int(number) if number else None
    values = [_ROMAN[c] for c in number]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


_SUB_POINT = re.compile(r"^\(?[a-h]\)\s+(?=\S)")  # "a) ", "(b) "
# a speaker's dash or colon that opens a line of his words (not one alone on its line)
_OPENING_MARK = re.compile(r"\s*(?:[—–]|-(?=\s)|:)[ \t]*(?=\S)")
# ... the aside alone, before his words (not "..., summing up the debate, said that ...: ...", nor "replying to
# questions said that two things are needed: ...")
_ANSWER_LEAD = re.compile(
    _ANSWERING + r"(?:(?!\b(?:said|says|stated|states|noted|notes|declared|declares|that)\b)(?:Cdes?\.|[^.:,\n])){0,80}"
    r":\s*(?=\S)"
)
_CLOSING_MARK = re.compile(r"(?<=[.!?…\"”)\]])[ \t]*[—–]\s*$")  # after a sentence's end: not "and the others —"
_PAST_VERB = re.compile(r"^\s*(?:also\s+|again\s+|then\s+)?(?:[a-z]+ed|said|spoke|thought|took)\b")
_PLACE = re.compile(rf"^[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?,\s*")
# what an edition says of the copy after a heading's date: "8 December 1981 (Excerpts)", "(Excerpt from the
# Stenographic Record)", "[Excerpted]"
_COPY_REMARK = re.compile(
    r"\s*[(\[](?:Excerpt(?:s|ed)?|Extract(?:s|ed)?|Abridged|Fragments?)\b[^()\[\]]{0,60}[)\]]\s*$", re.I
)
# the dots that lead an index's entry to its page or file: "...... 12", "...... RGANI, Fond 89, ..." (not an OCR'd
# heading's dots before its date: "Session of the CC CPSU Politburo . . . . 4 July 1974")
_LEADER_DOTS = re.compile(
    r"\s(?:\.{4,}|(?:\.\s){3,}\.)\s+(?=\d{1,4}\.?\s*$|(?:[A-Z][a-z]?){2,}\b[,.]?\s+(?i:f\.|fond)(?:\s|\d)"
    r"|(?i:fond|f\.|opis|op\.|delo|d\.|listy?|ll?\.)\s*\d)"
)
# a sentence, not a heading: "Stenographic report of the June 1957 Plenum, 29 June 1957, is to be sent ..."
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|will|shall|must)\b")
# a decision's point that says what is to be done, before any relative clause: "Information for the party organizations
# is to be prepared" (not an item's "Information of Cde. X on the exercises which are to be held")
_POINT_VERB = re.compile(r"(?:(?!\b(?:which|that|who|where)\b)[^.;])*\b(?:is|are)\s+to\b")
_HEARD_WORD = re.compile(r"(?:HEARD|Heard|LISTENED|Listened|Information|Report)\b")  # an item's, not a decision's
# the record's word on a paper read out to the session, a line of its own: "(Cde. Ilichev reads out the draft.)"
_READS_OUT = re.compile(rf"^[(\[]?(?:{CDE})?{NAME}\s+(?:reads|read)\s+out\b")
_UNNUMBERED_ITEM = re.compile(r"^(?:On|Regarding|Concerning|About|Re:|Question of|The question of)\s+[A-Z\w]")
_SENTENCE_END = re.compile(r"(?<=[a-z\]\)’])\.(?:\[\d+\]|\(\d+\))?(?=\s+[A-Z])")
SPEAKER_LIST = re.compile(r"\((?P<list>[^()]{2,400})\)")
# a telegram's title, whose sender the bracket after it names: "Ciph. Tel. from Budapest (Cde. Andropov)"
_SENT_FROM = re.compile(
    r"\b(?:Ciph(?:er(?:ed)?)?\.?\s*[Tt]el(?:egram)?\.?|[Tt]elegrams?|[Cc]ables?)\s+(?:\w+\s+){0,3}from\s+"
    r"(?P<place>[^()]{2,60})\s*$"
)


# a heading in a man's possessive over the speech under it: "Andropov's Concluding Remarks", "Comrade Kádár's Closing
# Words"
_SPEECH_HEADING = re.compile(
    rf"^(?:{CDE})?(?P<name>(?:{INITIAL_LETTER}\s?){{0,3}}[{UPPER}][\w\-]+)['’][sS]\s+"
    r"(?i:(?:(?:concluding|closing|final|introductory|opening|summing-up)\s+)?(?:remarks|words|speech|statement|reply))"
    r"\s*[.:]?$"
)
# a report heard that its man sent in from where he was, and someone read out: "Information of Cde. Molotov from
# Geneva (cipher telegram of 2 June, read out at the session)", of his co-reporters' too ("... of Cdes. Mikoyan and
# Suslov from Budapest"), or one relayed ("..., transmitted through the embassy")
_CO_REPORTERS = rf"(?:(?:,\s*|\s+and\s+)(?:{CDE})?{NAME})*"
_FROM_AWAY = re.compile(rf"{_CO_REPORTERS}\s+from\s+[A-Z]")
_SENT_IN = re.compile(
    r"\bread\s+(?:out|aloud)\b|\b(?:cipher(?:ed)?|coded|encoded)\s+(?:telegram|cable)|\btelegram\s+(?:of|from|dated)\b",
    re.I,
)
_RELAYED = re.compile(rf"{_CO_REPORTERS}\s*,?\s*(?i:transmitted|conveyed|forwarded|relayed)\s+(?i:through|via|by)\b")


def _sent(t: str, at: int) -> bool:
    """Whether the report heard whose man (or men) ends at ``at`` was sent in from elsewhere or relayed."""
    return bool(_FROM_AWAY.match(t, at) and _SENT_IN.search(t, at) or _RELAYED.match(t, at))


# a report presented, a turn only where a record tells its turns (see ``past``): inside a speech "Cde. X presented
# the materials to me" is the speaker's sentence, and "Cde. X presented with the Order" no report
_PRESENTED = re.compile(
    # (after his post, maybe: "Comrade Mieczysław Wilczek, minister of industry, presented the figures")
    r"^(?:" + _TOLD_ASIDE + r")?"
    r"\s*(?:opened the (?:meeting|session|discussion)\s+(?:and|with)\s+)?"  # "opened the meeting and gave an account"
    r"(?:present(?:s|ed)\s+(?:the|an?|his|information|proposals?|figures)\b(?!\s+(?:Order|medal|award))"
    r"|(?:sets?\s+out|outline[sd])\s+(?:the|his|our|its)\s+(?:proposals?|draft|position|views?|considerations)\b"
    r"|(?:gave|gives|made|makes|delivered|delivers)\s+(?:an?\s+|the\s+|his\s+)?(?:account|report|survey|overview|information)\b"
    r"(?!\s+(?:at|to|in|before|during)\b)"  # not "made a report at the CMEA session in April"
    # an SED protocol's "begründete die Vorlage": "Comrade X justified the submission"
    r"|(?:justif(?:ies|ied)|substantiate[sd])\s+(?:the|his|her)\s+(?:submission|proposal|draft|motion)\b)"
)


def _told_words_end(text: str) -> int:
    """Where the words that tell a turn end and what was said begins: at "that", a colon or the sentence's end,
    within eight words ("reported on the situation in Beijing after ..." is what he reported on), counted after an
    aside that names his post (", first deputy minister of foreign affairs, reported in his letter ...")."""
    aside = _TOLD_ASIDE_AT.match(text)
    start = aside.end() if aside else 0
    reach = _TOLD_REACH.match(text, start)
    limit = reach.end() if reach else len(text)
    end = _TOLD_WORDS_END.search(text, start, limit)
    return end.start() if end else limit


def _closing_date(line: str) -> bool:
    """Whether a line ends with a date ("Committee of the SED on 4 June 1963"), not one a letter has ("..., letter of
    2 May 1963 read")."""
    found = parse_date(line)
    return found is not None and not line[found[2] :].strip(" .,;:")


def _wraps_date(line: str, nxt: str) -> bool:
    """Whether a date begun at the end of ``line`` ends on ``nxt``: "of 23 January" / "1964", "held on 27" /
    "February 1964"."""
    found = parse_date(f"{line} {nxt}")
    return found is not None and found[1] < len(line) < found[2]


def _narrated(m: re.Match[str], past: bool) -> bool:
    """Whether a line naming a comrade first tells his turn: "Report by Cde. X", "Cde. X speaks against",
    "Comrade X reports on ..." (spelled out, in the present tense: see ``_PRESENT_VERB``, or in the past
    where ``past``: a record told in the third person, "Comrade X stated that ...")."""
    if m["report"]:
        return True
    spelled = m.string[m.start("name") - 1 :].startswith(" ") and "Comrade" in m.string[: m.start("name")]
    if past and _PRESENTED.match(m["text"]):
        return True
    return bool(_NARRATIVE_VERB.match(m["text"]) and (not spelled or past or _PRESENT_VERB.match(m["text"])))


# a list of those who spoke set in brackets amid a record's summary of an item, after a sentence or before one
_IN_BRACKETS = re.compile(r"\([^()]{10,300}\)")


def _bracketed_discussion(text: str) -> int | None:
    """Where a line is cut so that a bracketed list of those who spoke stands on its own: "Comrade Jassó reported
    on ... (In the discussion: Comrades Lukács, Nyers.) The Political Committee approved ...", before and after it
    (the list is read as their turns, as on a line of its own); None where the line holds no such list, or is
    the list alone."""
    for m in _IN_BRACKETS.finditer(text):
        opens = m.start() == 0 or re.fullmatch(r"[.!?]\s", text[max(0, m.start() - 2) : m.start()])
        closes = m.end() == len(text) or re.fullmatch(r"\s[A-Z]", text[m.end() : m.end() + 2])
        if opens and closes and _DISCUSSION.match(m.group()):
            return m.start() or (m.end() if m.end() < len(text) else None)
    return None


def _marker_only(text: str) -> bool:
    """Whether what follows a list's label is no name at all, or only "Cdes." / "C.C.": the names are below."""
    return not re.sub(rf"^(?:{CDE})?", "", text.strip() + " ").strip()


@dataclass(frozen=True)
class NameList:
    """Names printed together: an attendance list, a chair, guests, or those who spoke on an item."""

    kind: str  # listed | chair | guest | spoke | absent
    names: tuple[Line, ...]
    span: Line
    item: int | None = None
    carried: bool = False  # the names are the session before's, which ``span`` carries over ("Present: the same")
    said: Line | None = None  # those who spoke, and what: the words a sentence tells of them all


@dataclass
class _Group:
    """One group of an attendance list printed a line at a time under its label, as it is read."""

    kind: str | None  # "listed", "guest", "absent" (those excused), or None: read past
    first: Line
    last: Line | None = None
    names: list[Line] = field(default_factory=list)


@dataclass(frozen=True)
class RawTurn:
    name: Line
    text: Line
    span: Line
    item: int | None
    narrative: bool = False
    holder: Line | None = None  # the list's name of the man a speaker printed by his post is ("The Chairman:")


@dataclass(frozen=True)
class RawItem:
    order: int
    number: str | None
    title: Line | None
    span: Line


@dataclass
class RawSession:
    index: int
    start: int
    end: int
    date: str | None = None
    body: str | None = None
    protocol: str | None = None
    title: str | None = None
    items: list[RawItem] = field(default_factory=list)
    lists: list[NameList] = field(default_factory=list)
    turns: list[RawTurn] = field(default_factory=list)
    # body lines no turn claims: item discussion, decisions, read-aloud remarks
    free: list[Line] = field(default_factory=list)
    # a table of decisions: each decision's cells, over the rows it wraps onto, and the men its "Responsible"
    # column names
    decision_rows: list[tuple[tuple[Line, ...], tuple[Line, ...]]] = field(default_factory=list)
    # (order, event kind, index) so lists and turns interleave in reading order
    events: list[tuple[int, str, int]] = field(default_factory=list)
    # the (start, end) of every line read as part of this session: facts come from these and the notes only
    lines: list[tuple[int, int]] = field(default_factory=list)
    # (offset, item order) where the discussion of an item the agenda listed above begins ("Re 1:"), or of
    # none of them (None: turns after an agenda that take up no item)
    resumed: list[tuple[int, int | None]] = field(default_factory=list)
    # the line that closes the session by naming its own archive file ("[Source: RGANI, F. 3, ...]"), if any
    source: Line | None = None
    # the posts a list gives its men by ("Minister of Defense of the USSR .... D. F. Ustinov"), by which a record
    # may name its speakers ("The Minister of Defense: ...")
    posts: list[tuple[str, Line]] = field(default_factory=list)


def _after(rest: list[Line], last: Line, ln: Line) -> list[Line]:
    """The lines of ``rest`` (those under ``ln``) after ``last``, the last line a list was read from."""
    return rest[rest.index(last) + 1 :] if last is not ln else rest


class BodyReader:
    """Walks the body lines of a document, opening sessions, items, lists and turns."""

    def __init__(self, text: str, known: KnownName, header_date: str | None):
        self.text = text  # the document's, whose blank lines the body's lines no longer show
        self.known = known
        self.sessions: list[RawSession] = []
        self.header_date = header_date
        self.turn: tuple[Line, Line, Line, bool] | None = None  # name, first text line, last line, narrative
        self.expect_list = False
        self.consumed: set[int] = set()  # starts of lines already read as the tail of a list
        self.file_body: str | None = None  # the body named by an undated heading over all the file's sessions
        self.resumed: int | None = None  # the order of the agenda item taken up again ("Re 1:"), if any
        self.points: int | None = None  # the last point read of the decision under a label ("Resolved:"), if any
        self.all_decided = False  # the label is over the decisions of every item ("Decisions:")
        self.previous: Line | None = None  # the line read just before
        # a line naming an archive file after some of the session, and how many events it had then
        self.closing: tuple[Line, int] | None = None
        # under an agenda's label: how many events the session had then, and the items listed under it before
        # anything else happened (None: no agenda, or one already taken up)
        self.agenda: tuple[int, list[RawItem]] | None = None
        self.interrupted: Line | None = None  # the name of the speaker an interjection in brackets cut short
        self.tells = False  # the session's record has told a turn in the third person ("Comrade X stated ...")
        self.spoken = False  # the last turn closed was in the speaker's own words
        self.heard_more: set[int] = set()  # where a protocol's second report heard on a line starts (_told_apart)
        self.named_as_men: dict[str, list[tuple[int, int]]] = {}  # where the text names a surname as a man
        self.holders: dict[int, Line] = {}  # by where a speaker's post is printed, the list's name of its man
        self.listed_cache: tuple[int | None, int, list[str]] = (None, 0, [])  # (session, lists read, surnames)
        self.rapporteurs: dict[int, set[str]] = {}  # the surnames each session's agenda gives its rapporteurs
        self.last_day: str | None = None  # the open session's last day, where its heading gave days ("22-23 November")
        self.spoken_table = False  # under a table's head "Speaker<TAB>Remarks": a row "Name<TAB>words" is a turn

    @property
    def session(self) -> RawSession:
        return self.sessions[-1]

    def run(self, lines: list[Line]) -> list[RawSession]:
        i = 0
        while i < len(lines):
            if told := self._told_apart(lines[i]):
                lines = [*lines[:i], *told, *lines[i + 1 :]]
            ln, more = self._joined_heading(lines, i)
            if self._heading(ln, lines[i + more + 1] if i + more + 1 < len(lines) else None) or self._date_heading(
                lines, i
            ):
                self.session.lines.extend((x.start, x.end) for x in lines[i : i + more + 1])
                i += more + 1
                continue
            ln = lines[i]
            if not self.sessions:
                self._open(ln.start)
            self.session.lines.append((ln.start, ln.end))
            interrupted, self.interrupted = self.interrupted, None
            if not self._structure(ln, lines[i + 1 :]):
                if self.turn:
                    name, first, _, narrative = self.turn
                    self.turn = (name, first, ln, narrative)
                    if self._point_goes_on(ln):
                        self.session.free.append(ln)
                elif interrupted is not None and not (self._paragraph_after(ln) and opens_decision(ln.text)):
                    # the speaker goes on after the words put in brackets amid his (the record's decision in the
                    # paragraph after them is no word of his)
                    self._start_turn((interrupted, ln, False))
                else:
                    self.session.free.append(ln)
            self.previous = ln
            i += 1
        self._close_turn()
        self._settle_source()
        if self.sessions:
            self.sessions[-1].end = lines[-1].end if lines else self.sessions[-1].start
        for s in self.sessions:
            s.date = s.date or (self.header_date if len(self.sessions) == 1 else None)
            s.body = s.body or self.file_body
        return self.sessions

    def _told_apart(self, ln: Line) -> tuple[Line, Line] | None:
        """A line of a record told in the third person that goes on with the next man's turn ("Cde. Jarowinsky
        explains the draft. Cde. Schabowski proposes that ..."), cut in two where it does: a sentence that
        tells, by a verb of speaking in the present tense (or the past, where the record tells its turns so:
        "Comrade Ochab said that ... Comrade Kliszko agreed."), the turn of someone the session lists. Only in a
        turn told so: in a speech "Cde. X proposes ..." is the speaker's sentence. An item's title that runs on
        into such a turn ("1. On the students. Comrade Ochab said that ...") is cut from it. A protocol's "HEARD:
        Report of Cde. X; information of Cde. Y." is cut before the second report, and a summary's bracketed list
        of those who spoke ("... reported on it. (In the discussion: Comrades A, B.) The ...") from what is around
        it."""
        # (and a third after the second: "... and report of Cde. Y on ...; information of Cde. Z.")
        heard = _HEARD.match(ln.text) or (ln.start in self.heard_more and _HEARD_PART.match(ln.text))
        more = heard and _HEARD_MORE.search(ln.text, heard.end())
        if more and self._listed(more["name"]):  # a man at the session (not "... and statement of Cde. Honecker")
            self.heard_more.add(ln.start + more.end())
            return sub_line(ln, 0, more.start()), sub_line(ln, more.end())
        if heard and (spoke := _SPOKE_AFTER.search(ln.text, heard.start("name"))):
            if _DISCUSSION.match(ln.text[spoke.end() :]):  # "HEARD: Report of Cde. X. Cdes. A and B spoke."
                return sub_line(ln, 0, spoke.start()), sub_line(ln, spoke.end())
        if self.sessions and (cut := _bracketed_discussion(ln.text)):
            # in a record's summary or a turn it tells, not amid a speech in the speaker's words
            found = self._speaker(ln)
            if found[2] if found else self.turn is None or self.turn[3]:
                return sub_line(ln, 0, cut), sub_line(ln, cut)
        if not _TOLD_AFTER.search(ln.text) or not self.sessions:
            return None
        if self._group_told(ln):  # "Cdes. A and B spoke in favour of the draft. Cde. C spoke against it."
            for m in _TOLD_AFTER.finditer(ln.text):
                rest = sub_line(ln, m.end())
                if self._told(rest.text, True, "") or self._group_told(rest):
                    return sub_line(ln, 0, m.start()), rest
            return None
        in_speech = self.turn is not None and not self.turn[3]
        if ITEM.match(ln.text) and not in_speech:  # a flattened copy's short title, run on into a turn told so
            m = next(_TOLD_AFTER.finditer(ln.text))
            if m.start() <= 100 and self._told(ln.text[m.end() :], True, ""):
                return sub_line(ln, 0, m.start()), sub_line(ln, m.end())
        found = self._speaker(ln)
        if not (found[2] if found else self.turn is not None and self.turn[3]):
            return None
        speaker = _surname((found[0] if found else self.turn[0]).text)
        past = self.tells or bool(found and _PAST_VERB.match(ln.text[found[1].start - ln.start :]))
        for m in _TOLD_AFTER.finditer(ln.text):
            if self._told(ln.text[m.end() :], past, speaker) or past and self._group_told(sub_line(ln, m.end())):
                return sub_line(ln, 0, m.start()), sub_line(ln, m.end())
        return None

    def _sent_in(self, t: str, heard: re.Match[str]) -> bool:
        """Whether a report heard is one its man sent in from elsewhere and someone read out, or one relayed ("...,
        transmitted through the embassy"): he was away, and it is no turn of his. Not a man the list gives as
        present ("Information of Cde. Gromyko on the cipher telegram from Budapest" is his report on another's)."""
        return _sent(t, heard.end("name")) and not self._listed(heard["name"])

    def _told_bare(self, ln: Line) -> tuple[Line, Line, bool] | None:
        """A turn told of a listed man by his name alone at a paragraph's head, in the present tense: a report to the
        body ("Mielke informs the Politburo about ..."), or a verb of speaking under a note taker's abbreviation
        ("Vorosh. asks whether ..."); not another verb under a full name ("Gromyko says ..." is what a speaker
        quotes, "Kozlov thinks ..., and I agree" the speaker's own words), a task ("reports by 1 December"), a
        decision's point, nor a line amid a paragraph."""
        m = _TOLD_BARE.match(ln.text)
        if not m or self.points is not None or not _PARAGRAPH_HEAD.search(self.text, max(0, ln.start - 40), ln.start):
            return None
        name = sub_line(ln, m.start("name"), m.end("name"))
        abbreviated = name.text.endswith(".") and self._known(name.text) and self._listed_as(name.text)
        verb = _REPORTS_BARE.match(m["text"]) or abbreviated and _TOLD_VERB.match(m["text"])
        if not verb or _DEADLINE.search(_first_sentence(m["text"])) or not (self._listed(name.text) or abbreviated):
            return None
        if name.text.endswith(".") and not abbreviated:  # "Ulbricht." is no abbreviation
            name = sub_line(ln, m.start("name"), m.end("name") - 1)
        return name, sub_line(ln, m.start("text")), True

    def _group_told(self, ln: Line) -> tuple[tuple[Line, ...], Line, bool, Line] | None:
        """The names and the words of a sentence that tells several listed men's turn at once (``_GROUP_TOLD``), as
        ``_add_list``'s arguments; not amid a speech in the speaker's own words ("Comrades Ryzhkov and Slyunkov
        supported the draft, and I think they are right"), unless under one dash (``_GROUP_DASH``), which marks
        speakers as "Mikoyan—" does."""
        m = _GROUP_DASH.match(ln.text)  # (a speaker's mark, as "Mikoyan—" is, amid speeches too)
        if m is None and (self.turn is None or self.turn[3]):
            m = _GROUP_TOLD.match(ln.text)
        names = m and split_names(ln, m.start("names"), m.end("names"))
        if not names or len(names) < 2 or not all(self._listed(n.text) for n in names):
            return None
        return names, ln, False, sub_line(ln, m.start("said"))

    def _told(self, text: str, past: bool, speaker: str) -> bool:
        """Whether ``text`` opens another listed comrade's turn at this meeting, told by a verb of speaking in the
        present tense (or the past, where ``past``): not what he said on another occasion ("stated there"), a
        task ("reports by 1 December"), nor the speaker himself ("Cde. Honecker answers him" in his report)."""
        told = NARRATIVE.match(text)
        return bool(
            told
            and (_TOLD_VERB.match(told["text"]) or past and _TOLD_VERB_PAST.match(told["text"]))
            and not _ANOTHER_OCCASION.match(told["text"])
            and not _DEADLINE.search(_first_sentence(told["text"]))
            and self._listed(told["name"])
            and _surname(told["name"]) != speaker
        )

    @staticmethod
    def _joined_heading(lines: list[Line], i: int) -> tuple[Line, int]:
        """A heading printed over several lines, as one line, and how many lines it took beyond the first:
        "Protocol No. 121" / "of the Meeting of the Politburo ..." / "held on 12 October 1956". A line that
        goes on in small letters continues the heading; its date and body then come from the whole, as does a line
        that ends a date the page wrapped ("... Presidium of 23 January" / "1964 (Protocol No. 131)").
        The gaps between the lines are blanked, so offsets into the joined text stay those of the document."""
        ln = lines[i]
        if not (HEADING_START.match(ln.text) or ln.text.isupper()):
            return ln, 0
        more = 0

        def to_year(j: int) -> bool:
            """Whether the heading in capitals goes on from line ``j`` over lines of its own to its year, or to its
            date on a line of its own under them ("... OF THE POLITBURO" / "OF THE CC CPSU" / "6 July 1967")."""
            for ln in lines[j : i + 4]:
                if ln is not lines[j] and is_date_line(ln.text):
                    return True
                if not (ln.text.isupper() and _CAPS_HEADING_MORE.match(ln.text)):
                    return False
                if re.search(r"\b\d{4}\b", ln.text):
                    return True
            return False

        for nxt in lines[i + 1 : i + 4]:
            last = lines[i + more].text
            in_caps = _NUMBER_WORD.sub("", last).isupper() and to_year(i + more + 1)
            # (or a body's name broken at the line's end, its date on the next: "... of the Politburo of the Central" /
            # "Committee of the SED on 4 June 1963")
            broken = _BROKEN_NAME.search(last) and len(nxt.text) < 100 and _closing_date(nxt.text)
            if (
                not (_HEADING_MORE.match(nxt.text) or _wraps_date(last, nxt.text) or in_caps or broken)
                or lines[i + more].end - ln.start > 200
            ):
                break
            more += 1
        return join_lines(lines[i : i + more + 1]), more

    def _open(self, start: int) -> None:
        self._close_turn()
        above = self._settle_source()
        self.resumed = self.points = self.agenda = self.interrupted = None
        self.tells = self.all_decided = self.spoken = False
        self.last_day, self.spoken_table = None, False
        if self.sessions:
            self.sessions[-1].end = start
        self.sessions.append(RawSession(index=len(self.sessions) + 1, start=start, end=start, source=above))

    def _heading(self, ln: Line, nxt: Line | None) -> bool:
        """A session heading: opens a new session when its date or protocol number differs from the open one's.

        A date alone on the next line ("Protocol No. 49" / "26 October 1956") is the heading's date; a
        heading in capitals may have it with more on that line.
        """
        t = ln.text
        if numbered := _NUMBERED_SESSION.match(t):  # a part of a file of sessions: "1. SESSION OF 13 OCTOBER 1977"
            t = t[numbered.end() :]
        is_caps = bool(_SESSION_CAPS.match(t))
        if not (is_caps or HEADING.search(t)) or SPEAKER.match(t) and not is_caps or ITEM.match(t):
            return False
        found, dated = parse_date(t), t  # (and the line the date is read in)
        if found and (_SEVERAL_DAYS.search(t, max(0, found[1] - 40), found[1]) or _SEVERAL.search(t, 0, found[1])):
            found = None  # "Notes from the Sessions of ... on 4 and 11 December 1958": over several sessions
        number = m["n"] if (m := PROTOCOL.search(t)) else None
        # the date on the next line, maybe after the place: "Berlin, 2 December 1970", or in the heading under a
        # protocol's number: "PROTOCOL No. 118 (continuation)" / "Session of 20 May 1955"
        if (
            found is None
            and nxt is not None
            and (
                is_caps
                or is_date_line(_COPY_REMARK.sub("", _PLACE.sub("", nxt.text)))
                or (number and _SESSION_OF.match(nxt.text))
                # (or a heading in capitals over its date's line, in capitals too: "MINUTES OF THE SESSION OF THE
                # POLITBURO OF THE CC OF THE SED" / "ON 28 OCTOBER 1980 (EXCERPT)")
                or (t.isupper() and nxt.text.isupper() and len(nxt.text.strip()) < 60)
            )
        ):
            found, dated = parse_date(nxt.text), nxt.text
        if len(t) > 200 or not (is_caps or t.isupper() or HEADING_START.match(t)):
            return False
        if t.rstrip().endswith(".") and _SENTENCE_VERB.search(t) or _LEADER_DOTS.search(t):
            return False  # a sentence, or an index's entry ("session of 4 July 1974 ...... RGANI, Fond 89, ...")
        if found is None and not is_caps and not number:
            if not any(s.turns or s.lists or s.items for s in self.sessions):
                self.file_body = self.file_body or body_name(t)  # "Working Notes from the Sessions of ..."
            return False
        iso = found[0] if found else None
        days = iso and self.last_day and not self._has_content() and self.session.date <= iso <= self.last_day
        if not days and (not self.sessions or self._has_content() and self._differs(iso, number, t)):
            self._open(ln.start)
        s = self.session
        if days:  # the record of one of the days the heading above gave: "Meeting of the PCC, Moscow, 22-23 November
            s.date, self.last_day = iso, None  # 1978" / "Record of the Closed Session ..., 23 November 1978"
        elif found and not s.date:
            self.last_day = last_day(dated[found[1] :])
        s.date = s.date or iso
        s.body = s.body or body_name(t)
        s.protocol = s.protocol or number
        s.title = s.title or re.sub(r"\s+", " ", t)
        self._title_guests(ln)
        return True

    def _date_heading(self, lines: list[Line], i: int) -> bool:
        """A date alone on its line over a session's chair or list, with no heading, as a file of Malin's notes heads
        each of its sessions: "10 September 1964" / "(Re: Protocol No. 163)" / "Cde. N. S. Khrushchev presiding." /
        "Taking part: ..."; a new session where the open one has content of another date."""
        ln = lines[i]
        if ln.start in self.consumed or not dated_session_head(lines, i, self.text):
            return False
        iso = parse_date(ln.text)[0]
        if not self.sessions or self._has_content() and self._differs(iso, None, ln.text):
            self._open(ln.start)
        self.session.date = self.session.date or iso
        return True

    def _differs(self, iso: str | None, number: str | None, heading: str) -> bool:
        """Whether a heading names another session than the open one: another date, or another protocol
        number in a heading, not a sentence ("Protocol No. 50, point 3, is annulled.")."""
        s = self.session
        if iso and s.date and iso != s.date:
            return True
        own_line = not heading.rstrip().endswith((".", ",", ";"))
        return bool(number and s.protocol and number != s.protocol and own_line)

    def _title_guests(self, ln: Line) -> None:
        """Guests named in a heading: "... with the Participation of Cdes. Gomułka and Ochab on 20 October 1956"."""
        for m in _TITLE_GUESTS.finditer(ln.text):
            rest = ln.text[m.end() :]
            stop, date = _TITLE_LIST_STOP.search(rest), parse_date(rest)
            end = min(stop.start() if stop else len(rest), date[1] if date else len(rest))
            names = split_names(ln, m.end(), m.end() + end)
            if names:
                self._add_list("guest", names, ln)

    def _settle_source(self) -> Line | None:
        """The session's own archive file named after its text: a source line no turn or list follows (a
        memorandum printed after it is another document), not one after a telegram read out amid the
        discussion. If the session has its own already (named above its text), the line names the next
        one's, printed above that: returned for it."""
        closing, self.closing = self.closing, None
        if closing is None or not self.sessions:
            return None
        ln, events = closing
        s = self.session
        if len(s.events) != events:
            return None
        if s.source is None:
            s.source = ln
            return None
        return ln

    def _tail_above(self, ln: Line) -> bool:
        """Whether a legend under no heading yet closes the last words of another document a page opens with ("...
        ing the Ministry of Agriculture. Cde. Benediktov is to report within a week." / "RGANI. F. 3. Op. 8. D. 237.
        L. 88-90. Manuscript."), not a page's source line over the session's heading: the line above it goes on with
        a sentence the page before began (in small letters) and ends it, and the reference opens the legend's line
        (not a translator's credit over the source line: "Translated from the Russian by ...")."""
        above = self.previous
        return (
            above is not None
            and above.text[:1].islower()
            and reference_at_start(ln.text) is not None
            and bool(ENDS_SENTENCE.search(above.text.rstrip()))
        )

    def _own_file(self, ln: Line, rest: list[Line]) -> bool:
        """Whether a source line names the session's own file. A reference alone in brackets does only under the
        heading, before the session's text, or closing it where none was named above it and no one speaks after it,
        not under a quotation: amid the discussion, or after a quotation, it is the file of what was read out ("[AVP
        RF, ...]" under a telegram), no end of the speaker's words."""
        if SOURCE_LINE.match(ln.text) or ln.text[:1] not in "[(":
            return True
        s = self.session
        if not (s.events or s.items):
            return True
        quoted = self.previous is not None and self.previous.text.rstrip().endswith(('"', "”", "»"))  # what it cites
        return s.source is None and not quoted and not self._spoken_after(rest)

    def _spoken_after(self, rest: list[Line]) -> bool:
        """Whether anyone speaks after a line before the next document's heading (its credit, its notes and its
        legend are no one's words)."""
        for ln in rest[:20]:
            if HEADING_START.match(ln.text) or DOCUMENT_NUMBER.match(ln.text):
                return False
            if SPEAKER.match(ln.text) or NARRATIVE.match(ln.text):
                return True
        return False

    def _has_content(self) -> bool:
        s = self.session
        return bool(s.turns or s.lists or s.items or self.turn)

    def _structure(self, ln: Line, rest: list[Line]) -> bool:
        t = ln.text
        if ln.start in self.consumed or is_date_line(ln.text):
            return True
        ended = self.previous is not None and STOPS.search(self.previous.text)
        if self.turn and ended and DOCUMENT_NUMBER.match(t) and rest and HEADING.search(rest[0].text):
            self._close_turn()  # a collection's "Document No. 12" over the next one's heading: no word of the last turn
            return True
        if _SPEAKER_COLUMNS.fullmatch(t):  # the head of a table of the discussion, a turn a row under it
            self._close_turn()
            self.spoken_table = True
            return True
        # (the table ends at a line with no cells: "Invited for item 2:", "Decisions:")
        self.spoken_table = self.spoken_table and "\t" in self._whole_line(ln).text
        if self._table(ln, rest):
            return True
        if self._lists(ln, rest):
            return True
        if (row := _SOURCE_ROW.match(t)) and not (self.session.events or self.session.items):
            if next(find_references(row["ref"]), None):  # a page's facts in a table over the session's text
                self.session.source = self.session.source or sub_line(ln, row.start("ref"), row.end("ref"))
                return True
        if field := _SOURCE_FIELD.match(t):
            # ... or in fields over it, the file's levels maybe one a line ("Archive  RGANI" / "Fond  3" / ...); after
            # a session's text, the fields over the next one's, as a library's items give them before its heading
            at = ln.start + field.end()
            ref = next(find_references(self.text[at : at + _FIELDS_REACH]), None)
            if ref and ref[0] == 0:
                found, s = Line(at, at + ref[1], self.text[at : at + ref[1]]), self.session
                if not (s.events or s.items):
                    s.source = s.source or found
                else:
                    self._close_turn()
                    self.closing = (found, len(s.events))
                return True
        if source_line(t) and self._own_file(ln, rest):  # as a collection prints it before or after each document
            self._close_turn()
            s = self.session
            if s.events or s.items:  # its own if no one speaks after it; a later one is another document's
                if self.closing is None or self.closing[1] != len(s.events):
                    self.closing = (ln, len(s.events))
            elif not (s.date or s.title) and self._tail_above(ln):
                # the legend of the document whose last words a page opens with: nothing read so far is the session's
                s.start, s.lines, s.free = ln.end, [], []
            else:
                s.source = s.source or ln
            return True
        if _AGENDA_LABEL.match(t):
            self._close_turn()
            self.agenda = (len(self.session.events), [])
            return True
        # the body's decision, no longer the last speaker's words (its name alone, with no colon, only after a turn,
        # the open one too, or over points it opens in small letters, "1. approves ...", "a) approves ...": at the
        # head of a record it is a letterhead's)
        over_points = bool(rest) and bool(_POINT_IN_SMALL_LETTERS.match(rest[0].text))
        body_alone = bool(BODY_ALONE.match(t)) and (
            not (self.session.turns or self.turn or over_points)
            or self._mid_sentence(ln)  # "It is addressed to" / "The Presidium ..." / "and it demands ..."
            and not over_points
        )
        if _DECISION_LABEL.match(t) and not body_alone:
            self._close_turn()
            self.points = 0
            self.all_decided = bool(_ALL_DECIDED.match(t))
            self.session.free.append(ln)
            return True
        # "RESOLVED: Approve ...", "The Political Committee approves the report.": the body's, not his words
        if self.turn and (_RECORD_DECIDED.match(t) or self._labelled_decision(t) or self._body_decides(t)):
            self._close_turn()
            self.session.free.append(ln)
            if _RECORD_DECIDED_FIRST.match(t):
                self.points = 1  # "DECIDED: 1. Approves the report.": its first point, the next ones "2.", "3."
            return True
        if (EDITORS_LABEL.fullmatch(t) or _EDITORS_RUN_IN.match(t)) and self._paragraph_after(ln):
            self._close_turn()  # the editor's remark under it (or after it) is no word of the speaker before
            self.session.free.append(ln)
            return True
        if _DISTRIBUTION.match(t):  # who the extracts went to, and the lines it runs on over: no one speaks
            self._close_turn()
            for nxt in [ln, *rest]:
                if nxt is not ln and ITEM.match(nxt.text):
                    break  # the next item: the list ended on its semicolon
                self.consumed.add(nxt.start)
                self.session.free.append(nxt)
                if not nxt.text.rstrip().endswith((",", ";")):
                    break
            return True
        if (m := ITEM.match(t)) and self.turn and m["rest"][:1].islower():
            return False  # "1. that we send ...": a point of the speaker's own, no item
        if m:
            if self._decision_point(m["num"], sub_line(ln, m.start("rest")), rest[0] if rest else None):
                self.session.free.append(ln)
            elif not self._taken_up(m["num"], ln, m.start("rest")):
                title = self._wrapped_title(ln, m.start("rest"), rest)
                then = next((r for r in rest if r.start >= title.end), None)
                self._item(title, m["num"], m.start("rest"), self._spoke_below(title, rest), then)
            return True
        if (m := _ITEM_AGAIN.match(t)) and self._resume(m["num"], ln):
            # "Ad 1. Comrade Wiesław informed the Politburo ...", "Re II. Comrades A and B informed ...": the discussion
            # opens on its line
            if m["rest"] and not self._lists(opens := sub_line(ln, m.start("rest")), rest):
                if not self._turn(opens, rest) and (paren := self._spoke_in(ln, m.start("rest"))):
                    self._speaker_list(ln, paren.start(), require_start=False)  # "Ad 2. On X (Cdes. A, B)"
            return True
        if self._unnumbered_item(ln, rest):
            self._item(ln, None, 0)
            return True
        # those who spoke, in brackets on a line of their own, maybe after an aside: "(Read aloud.) (Suslov, Mikoyan)"
        if t.startswith("(") and self._speaker_list(ln, 0, require_start=True):
            return True
        aside = re.match(r"\([^()]*\bread\b[^()]*\)\s*(?=\()", t, re.I)  # "(Read aloud.)", not "(Signed)"
        if aside and self._speaker_list(ln, aside.end(), require_start=True):
            return True
        if self._interjection(ln):
            return True
        # "Cde. Kuusinen—an article in Pravda." under a line of tasks, not under a speaker's "it should be lightened"
        if self.previous and not SPEAKER.match(self.previous.text) and charges(self.previous.text, t):
            self._close_turn()
            self.session.free.append(ln)
            return True
        return self._turn(ln, rest)

    def _paragraph_after(self, ln: Line) -> bool:
        """Whether a blank line stands between the line before and ``ln``."""
        return self.previous is not None and self.text.count("\n", self.previous.end, ln.start) > 1

    def _interjection(self, ln: Line) -> bool:
        """A speaker's words put in brackets on a line of their own, amid another's: "[A. N. KOSYGIN: The
        Chinese are counting on it.]", Malin's "(Vorosh.—Correct.)". A turn of its own, closed with the bracket:
        the line after it, if no one else speaks there, is the interrupted speaker's again."""
        t = ln.text.rstrip()
        if not (t.startswith("[") and t.endswith("]") or t.startswith("(") and t.endswith(")")):
            return False
        found = self._speaker(sub_line(ln, 1, len(t) - 1))
        # someone the session lists, other than the speaker ("[Gromyko: inaudible]" in Gromyko's turn is a remark),
        # maybe by an abbreviation ("Vorosh.")
        if not found or found[2] or _EDITORS_ASIDE.match(found[1].text):
            return False  # (an editor's "(Zhukov—see note 3.)", "(Kirichenko—on leave.)")
        name, speaking = found[0].text, self.turn[0].text if self.turn else ""
        if not (self._listed(name) or name.endswith(".") and self._listed_as(name)):
            return False
        if speaking and (_abbreviates(name, speaking) or _abbreviates(speaking, name)):
            return False
        self.interrupted = self.turn[0] if self.turn else None
        self._close_turn()
        self._start_turn(found)
        self._close_turn()
        return True

    def _table(self, ln: Line, rest: list[Line]) -> bool:
        """A table under its header row: of those present ("Name | Function | Attendance", a row a man, those
        "excused" absent, those under a row "Invited for item 2:" guests), or of decisions ("No. | Decision |
        Responsible | Deadline", a decision's cells wrapped over the rows under its number)."""
        if "|" not in ln.text and "\t" not in ln.text:
            return False  # (most lines, asked first: no table's head has no cell between its bars or tabs)
        bordered = ln.text.lstrip().startswith("|")
        tabbed = "|" not in ln.text
        # (a row saved with tabs as its whole line: a row whose first cells are empty opens with tabs)
        row_of = self._whole_line if tabbed else _same
        head = [c.text for c in _cells(row_of(ln), bordered)]
        if len(head) < 2:
            return False

        def column(name: re.Pattern[str]) -> int | None:
            return next((i for i, h in enumerate(head) if name.fullmatch(h)), None)

        named, decided, responsible = column(_NAME_COLUMN), column(_DECISION_COLUMN), column(_RESPONSIBLE_COLUMN)
        # a column a group: "Members of the Politburo<TAB>Candidate members<TAB>Secretaries of the CC", "Presiding"
        grouped = named is None and all(
            h and (_GROUP_ROW.match(h) or _PRESIDING.fullmatch(h)) and not h.endswith(":") for h in head
        )
        if (named is not None or grouped) and (self.session.items or self.session.turns or self.turn):
            return False  # a table of people amid the record (arrests, awards, a delegation) is no list of those here
        if named is None and not grouped and (decided is None or responsible is None):
            return False
        # a table saved with tabs, where "|" draws none: of those present only under their label ("Present:"), not
        # a delegation's ("The delegation will consist of:")
        if tabbed and named is not None and not (self.previous and _PRESENT_LABEL.match(self.previous.text)):
            return False
        rows, above = [], ln
        for nxt in rest:
            if tabbed and self.text.count("\n", above.end, nxt.start) > 1:
                break  # a blank line after a table saved with tabs: what follows is no row of it
            above, rule = nxt, _is_rule(nxt.text)
            cells = [] if rule or tabbed == ("|" in nxt.text) else _cells(row_of(nxt), bordered)
            if not (rule or cells) or tabbed and cells[0].text.endswith(":"):
                break  # (a row drawn otherwise than the head's, or a label under the table: "Chair:<TAB>Cde. X")
            self.consumed.add(nxt.start)
            # (a row the reader split into lines, at a dash in its last cell, is one row: its whole line)
            if cells and not (rows and cells[0].start == rows[-1][0].start):
                rows.append(cells)
        if named is not None:
            self._attendance_table(ln, rows, named, column(_STATUS_COLUMN), column(_GROUP_COLUMN))
        elif grouped:
            self._group_table(ln, head, rows)
        elif decided is not None and responsible is not None:
            self._decision_table(rows, decided, responsible)
        return True

    def _attendance_table(
        self, ln: Line, rows: list[list[Line]], named: int, status: int | None, grouping: int | None
    ) -> None:
        """The lists a table of those present gives: its men by their status, and by the group rows above them or
        the group a column gives each row ("Presiding | N. S. Khrushchev", "Invited | A. A. Gromyko")."""
        groups = _table_lists()
        # under a label of those away ("Excused:" / "| Name | Reason |"), all are absent but for a group row's
        above = self.previous.text.strip() if self.previous is not None else ""
        kind, last = "absent" if _ABSENT.match(above) and above.endswith(":") else "listed", ln
        own, going_on = kind, False  # (the row above ended its names with a comma: this row's go on with them)
        for row in rows:
            cell = row[named] if named < len(row) else None
            if cell is None or not cell.text:
                continue
            last = row[-1]
            if _GROUP_ROW.match(cell.text) and not any(c.text for i, c in enumerate(row) if i != named):
                kind = _group_kind(cell.text)  # (a guest "for item 2")
                continue
            said = row[status].text if status is not None and status < len(row) else ""
            group = row[grouping].text if grouping is not None and grouping < len(row) else ""
            # (a row with its group's cell empty goes on with the names of the group above it, "| Invited | Gromyko,
            # |" / "|  | Malinovsky |"; a man of no group in a table of a man a row is the list's)
            if group:
                own = _group_kind(group)
            elif not going_on:
                own = kind
            groups["absent" if _ABSENT_STATUS.match(said) else own].extend(split_names(cell) or ())
            going_on = cell.text.endswith(",")
        self._add_groups(groups, Line(ln.start, last.end, ""))

    def _group_table(self, ln: Line, head: list[str], rows: list[list[Line]]) -> None:
        """The lists a table of those present gives a column each: its head the group ("Members of the Politburo",
        "Candidate members", "Invited for item 1"), its cells the group's men, some empty."""
        kinds = [_group_kind(h) for h in head]
        groups = _table_lists()
        for row in rows:
            for kind, cell in zip(kinds, row, strict=False):
                groups[kind].extend(split_names(cell) or () if cell.text else ())
        self._add_groups(groups, Line(ln.start, rows[-1][-1].end if rows else ln.end, ""))

    def _add_groups(self, groups: dict[str, list[Line]], span: Line) -> None:
        for kind, names in groups.items():
            if names:
                self._add_list(kind, tuple(names), span)

    def _whole_line(self, ln: Line) -> Line:
        """The line as the file has it, with the tabs before its first cell and after its last."""
        start = self.text.rfind("\n", 0, ln.start) + 1
        end = self.text.find("\n", ln.end)
        return Line(start, end if end >= 0 else len(self.text), self.text[start : end if end >= 0 else None])

    def _decision_table(self, rows: list[list[Line]], decided: int, responsible: int) -> None:
        """The session's decisions a table gives, each with the men its Responsible column names."""
        decisions: list[tuple[list[Line], list[Line]]] = []
        for row in rows:
            if len(row) <= max(decided, responsible):
                continue
            # a row under its number opens a decision, the rows under it wrap its cells; with no number column,
            # a row after a decision that has ended its sentence
            numbered = decided > 0 and bool(row[0].text)
            ended = bool(decisions and decisions[-1][0] and decisions[-1][0][-1].text.endswith("."))
            if not decisions or numbered or decided == 0 and ended:
                decisions.append(([], []))
            words, men = decisions[-1]
            if row[decided].text:
                words.append(row[decided])
            if row[responsible].text:
                men.append(row[responsible])
        for words, men in decisions:
            # a man a row, but a name the cell wraps ("Cde. Günter" / "Mittag") is one
            cells: list[list[Line]] = []
            for cell in men:
                if cells and not re.match(CDE, cell.text) and re.fullmatch(rf"{CDE}\S+", cells[-1][-1].text):
                    cells[-1].append(cell)
                else:
                    cells.append([cell])
            # (a wrapped name's text is its cells' words, its span from the first cell to the last: the other
            # columns between are no part of it, so only its text is read, never the document at its span)
            joined = [Line(c[0].start, c[-1].end, " ".join(x.text for x in c)) for c in cells]
            names = tuple(name for cell in joined for name in split_names(cell) or ())
            if words and names:
                self.session.decision_rows.append((tuple(words), names))

    def _lists(self, ln: Line, rest: list[Line]) -> bool:
        """A chair, an attendance list or a line of guests, and any list run on after it on the same line
        ("Present: A, B. Invited: C."); False if the line opens none."""
        t = ln.text
        if self.points is not None and gives_task(t):
            return False  # under a decision's point, "Participating: Comrades Schürer, Sölle" shares its task
        if t.startswith("(") and t.endswith(")"):  # a list in brackets: "(Invited for this item: Cdes. A, B)"
            inner = sub_line(ln, 1, len(t) - 1)
            if (_ATTENDANCE.match(inner.text) or labelled_group(inner)) and self._lists(inner, rest):
                return True
        said_absent = _SAID_ABSENT.match(t)
        if said_absent and (names := split_names(ln, said_absent.start("names"), said_absent.end("names"))):
            self._add_list("absent", names, ln)  # "Cde. Kozlov—absent (ill).": a line that says no more
            return True
        if (m := _CHAIR.match(t)) and not self._chair_speaks(t):  # not his "CHAIRMAN: Cde. Mikoyan."
            which = "a" if m["a"] else "b"
            # the sentence's full stop is not the name's: "... chaired by Cde. W. Gomulka."
            end = m.end(which) - (m[which].endswith(".") and self.known(m[which][:-1]))
            names = split_names(ln, m.start(which), end)
            if not names:
                return False
            self._add_list("chair", names, ln)
            end = m.end()
        elif (m := _ATTENDANCE.match(t)) and not self._label_in_words(t, m) and not self._list_of_another_meeting(m):
            for_item = m["label"].lower().startswith("also") and FOR_ITEM.match(m["list"])  # "for item 2, Comrade X"
            kind = "guest" if m["invited"] or m["side"] or for_item else "listed"
            if _marker_only(m["list"]):
                return self._groups_below(ln, kind, rest)
            if kind == "listed" and (same := _SAME.match(m["list"])):
                end = self._carried(ln, m.start("list") + same.end() if same["cut"] else None)
            else:
                end = self._attendance(ln, m.start("list"), kind, rest) or len(t)
        elif m := _PARTICIPATION.match(t):
            end = self._attendance(ln, m.start("list"), "guest", rest)
            if end is None:
                return False
        elif (m := _GUESTS.match(t)) and _marker_only(m["list"]):
            return self._groups_below(ln, "guest", rest)
        elif m := _GUESTS.match(t):
            end = self._attendance(ln, m.start("list"), "guest", rest)
            if end is None:
                return False  # "From the start: this question was disputed."
        elif group := self._group_told(ln):  # "Cdes. A, B and C spoke in favour of the draft.": each a turn of it
            self._close_turn()
            self._add_list("spoke", *group)
            return True
        elif heard := self._co_reporters(ln):  # "HEARD: Cdes. A, B.": each a turn, what they reported on theirs
            self._close_turn()
            self._add_list("spoke", *heard)
            return True
        elif _REPORTER.match(t) and (m := _SPOKE.match(t)) and self._in_agenda(rest):
            # an agenda's "Rapporteur: Berecz János": who was to report, no turn; but the record may tell his report
            # as it tells a listed man's ("Comrade Berecz supplemented the written material orally.")
            named = split_names(ln, m.start("list"), m.start("list") + list_end(m["list"])) or ()
            self.rapporteurs.setdefault(id(self.session), set()).update(_surname(n.text) for n in named)
            return False
        elif m := _SPOKE.match(t) or _DISCUSSION.match(t):
            # "SPOKE: Cdes. A, B.": each a turn, as in brackets (an agenda's "Rapporteur:" is who was to report)
            group = next((g for g in ("list", "joined", "spoke", "following") if g in m.re.groupindex and m[g]), None)
            if group is None:  # "SPOKE:" alone, over the turns of those who spoke ("Cde. X — supported ...")
                self._close_turn()
                return True
            found = list(split_names(ln, m.start(group), m.start(group) + list_end(m[group])) or ())
            if not found:
                return False
            if _REPORTER.match(t) and rest and self._speaks_next(found, rest[0]):
                self.session.free.append(ln)
                return True  # "Rapporteur: Cde. J. Obzina" / "Cde. Obzina: By 12 January ...": his report is his turn
            if group == "spoke" and self._reported_elsewhere() and not any(self._listed(n.text) for n in found):
                return False  # "Comrade X reported on the Plenum of the CPSU CC." / "Comrades A and B spoke ...": there
            # (not what a speech goes on to tell, "GROMYKO: ... Comrades Fischer and Olszowski spoke on the missiles.",
            # nor, amid a report's line, men the session does not list: "... in Csepel the workers met. Comrades Rácz
            # and Bali spoke. Then ...")
            amid = group == "spoke" and self.turn is not None and self.text.count("\n", self.turn[2].end, ln.start) < 2
            line_end = self.text.find("\n", ln.end)
            more = self.text[ln.end : line_end if line_end >= 0 else None].strip()  # the line goes on after it
            if amid and (not self.turn[3] or more and not all(self._listed(n.text) for n in found)):
                return False
            self._close_turn()
            last = self._run_on(ln, rest, found)  # over the lines it wraps onto: "Cdes. Jędry-" / "chowski, Ochab."
            self._add_list("spoke", tuple(found), ln if last is ln else Line(ln.start, last.end, ""))
            return True
        elif last := self._membership_group(ln, rest):
            self._groups_after(_after(rest, last, ln))
            if last is not ln:
                return True
            # the next group after its stop on the same line: "... D. F. Ustinov. Secretaries of the CC CPSU Cdes. ..."
            end = self.session.lists[-1].names[-1].end - ln.start
        elif (label := _label_kind(t, "listed", "guest", inside=not (self.session.turns or self.turn)))[0]:
            # before anyone speaks, the list of those present; later, but for guests invited for an item, a
            # delegation or a commission a decision or a speech names ("Members of the delegation:"), read past
            spoken = self.session.turns or self.turn
            guests = _INVITED.search(t) or FOR_ITEM.search(t)  # "Also present for item 2:" where it comes up
            return self._groups_below(ln, None if spoken and not guests else label[1], rest)
        else:
            return False
        tail = t[end:]
        skip = len(tail) - len(tail.lstrip(" .,;"))
        if tail[skip:]:
            self._lists(sub_line(ln, end + skip), rest)
        return True

    def _list_of_another_meeting(self, m: re.Match[str]) -> bool:
        """Whether a label of those who took part in "the meeting" stands after the session's turns began: a report's
        list of another meeting's ("Taking part in the meeting were: L. I. Brezhnev, E. Honecker, ...")."""
        return bool(self.session.turns or self.turn) and bool(_IN_THE_MEETING.search(m["label"]))

    def _speaks_next(self, found: list[Line], nxt: Line) -> bool:
        """Whether the line under a rapporteur's label opens his own turn ("Cde. Obzina: ...")."""
        opened = self._speaker(nxt)
        return len(found) == 1 and opened is not None and _surname(opened[0].text) == _surname(found[0].text)

    def _in_agenda(self, rest: list[Line]) -> bool:
        """Whether a line stands in the agenda: under its label, or over its next item ("2. Preparations for ...") or
        the first item taken up again ("On item 1:"), where no item was taken up again over it."""
        if self.agenda is not None:
            return True
        taken_up = self.previous is not None and _ITEM_AGAIN.match(self.previous.text)
        return not taken_up and bool(rest) and bool(ITEM.match(rest[0].text) or _ITEM_AGAIN.match(rest[0].text))

    def _attendance(self, ln: Line, offset: int, kind: str, rest: list[Line]) -> int | None:
        """Reads a list of names from ``offset``, over the next lines while a line ends with a comma or inside
        a bracket; returns where the list ends in ``ln`` (its length if it runs on), None if there is no list."""
        joined = self._wrapped_list(ln, rest)
        # the lines joined, or the first alone where the list cannot be read over them ("... secretaries of the" /
        # "CC Comrades Č. Císař, ..., and the minister of the interior, Comrade J. Pavel, and the chairman of the")
        for wrapped in (joined, [ln]) if len(joined) > 1 else (joined,):
            line = join_lines(wrapped)
            end = _note_left_open(line.text, offset + list_end(line.text[offset:]))
            found, pending = _list_part(line, offset, end)
            if found:
                break
        ln, rest = line, rest[len(wrapped) - 1 :]
        names = list(found)
        last = self._run_on(ln, rest, names, pending)
        if not names:
            return None
        self.consumed.update(w.start for w in wrapped[1:])
        self._add_list(kind, tuple(names), Line(ln.start, last.end, ""))
        if last is not ln and last.start <= names[-1].end <= last.end:
            self._label_after(last, names[-1].end - last.start, _after(rest, last, ln))
        self._groups_after(_after(rest, last, ln))
        if (
            len(wrapped) > 1
        ):  # the caller knows the first line only: what follows the list on the joined one is read here
            tail = ln.text[end:] if last is ln else ""
            if tail.strip(" .,;"):
                self._lists(sub_line(ln, end + len(tail) - len(tail.lstrip(" .,;"))), rest)
            return len(wrapped[0].text)
        return len(ln.text) if last is not ln else end

    def _label_after(self, ln: Line, end: int, rest: list[Line]) -> None:
        """A list's next label after its end on the last line it runs on over ("P. N. Pos-" / "pelov. Invited: A. A.
        Gromyko."), read as the line it opens."""
        tail = ln.text[end:]
        at = end + len(tail) - len(tail.lstrip(" .,;"))
        label = sub_line(ln, at)
        if _ATTENDANCE.match(label.text) or _ABSENT_LABEL.match(label.text) or _CHAIR.match(label.text):
            self._lists(label, rest)

    def _wrapped_list(self, ln: Line, rest: list[Line]) -> list[Line]:
        """The lines a list is printed over where a line breaks off inside a bracket that closes on the next
        ("R. Ya. Malinovsky (items III" / "and VII), ...") or inside a group's label, its names on the next
        ("..., A. P. Kirilenko, candidate members of the" / "Politburo Cdes. Yu. V. Andropov, ...")."""
        wrapped = [ln]
        for nxt in rest[:8]:
            last = wrapped[-1]
            bracket = _open_bracket(ln) and len(wrapped) == 1 and not _open_bracket(join_lines([ln, nxt]))
            if not (bracket or _label_broken(last, nxt)):
                break  # (the cheap tests first: _speaker is asked of the line under every list's)
            if self.text.count("\n", last.end, nxt.start) != 1 or ITEM.match(nxt.text) or self._speaker(nxt):
                break
            wrapped.append(nxt)
        return wrapped

    def _carried(self, ln: Line, cut: int | None) -> int:
        """The list of the session before, carried over by "Present: the same", less the names after "except"
        (from ``cut``), who are the session's absent; where the line's list ends. The names are those printed
        before; the line carries them, and is what a claim quotes (``NameList.carried``). Only a continuation
        carries a list over: a session of the same protocol number, or of none as the one before, or one its
        heading calls a continuation (a collection leaves sessions out between); a sitting of a session that
        has its list already (an evening sitting) adds nothing to it."""
        s = self.session
        if any(lst.kind == "listed" for lst in s.lists):  # (a chair above "Present: the same" is no list of it)
            return len(ln.text)
        stop = _EXCEPT_END.search(ln.text, cut) if cut is not None else None  # ", who was ill", "; also ..."
        marked = TRAILING_MARK.search(ln.text)  # "except Cde. Pervukhin.³"
        limit = stop.start() if stop else marked.start() if marked else len(ln.text)
        end = cut + list_end(ln.text[cut:limit]) if cut is not None else len(ln.text)
        absent = (split_names(ln, cut, end) or ()) if cut is not None else ()
        before = self.sessions[-2] if len(self.sessions) > 1 else None
        if before is not None and (before.protocol == s.protocol or _CONTINUATION.search(s.title or "")):
            cut_off = {_surname(n.text) for n in absent}
            names = [n for lst in before.lists if lst.kind in ("chair", "listed") for n in lst.names]
            if kept := tuple(n for n in names if _surname(n.text) not in cut_off):
                self._add_list("listed", kept, ln, carried=True)
        if absent:
            self._add_list("absent", absent, ln)
        if stop and (also := _ALSO.match(ln.text, stop.start())):  # "; also Cdes. Zhukov and Konev."
            more = split_names(ln, also.end(), also.end() + list_end(ln.text[also.end() :]))
            if more:
                self._add_list("listed", more, ln)
        return end

    def _run_on(self, ln: Line, rest: list[Line], names: list[Line], pending: Line | None = None) -> Line:
        """Adds to ``names`` those of the lines under ``ln`` a list runs on over, while a line ends with a
        comma, with a semicolon before the next group, or inside a name the page broke ("V. A. Kryuch-" /
        "kov, E. K. Ligachev"), or after its initials (``pending``: "..., V. V." / "Kuznetsov, ..."); the last
        line of the list. A name left broken is no name and is dropped. A line may also open with the initials of
        the surname that closes the line above ("..., Zaikov" / "L. N., Kunaev D. A."), or a list of given names and
        surnames break between the two ("..., Ion Coman, Tudor" / "Postelnicu, ..."), the given name then
        ``pending``; the name so joined is printed over the line's end ("Zaikov L. N." for "Zaikov\\nL. N.").
        """
        last = ln
        in_full, seen = True, 0  # whether the names so far are all a given name and a surname, and how many were seen
        for nxt in rest:
            broken = names and last.text.endswith("-") and not self._known(names[-1].text[:-1])  # not "Zimyanin-"
            mended = mend_break(names[-1], nxt) if broken else None
            # a list goes on after a comma, or after a semicolon into its next group ("...; candidate members")
            # a man's post wrapped onto the line, the list going on after it: "..., First Secretary of the Moscow
            # Oblast Committee of" / "the CPSU; Cde. V. A. Karlov."
            # (not a group's label the line broke in a word: "...; candidate mem-" / "bers of the Politburo Cdes. ...")
            post_tail = not mended and breaks_off(last.text) and nxt.text[:1].islower() and not _label_broken(last, nxt)
            # a surname-first list broken between a surname and its initials: "..., Zaikov" / "L. N., Kunaev D. A."
            initials = _INITIALS_AFTER.match(nxt.text) if names and pending is None and not mended else None
            # ... or a list of given names and surnames between the two: "..., Ion Coman, Tudor" / "Postelnicu, ..."
            in_full = in_full and all(" " in n.text and "." not in n.text for n in names[seen:-1])
            seen = max(seen, len(names) - 1)
            if (
                pending is None
                and not (mended or initials or last.text.rstrip().endswith((",", ";")))
                and len(names) > 1
                and in_full
                and re.fullmatch(GIVEN, names[-1].text)
                and not self._known(names[-1].text)
                and self.text.count("\n", last.end, nxt.start) == 1
                and _NAMES_GO_ON.match(nxt.text)
            ):
                pending = names.pop()
            label = False
            # a translator's note the line above leaves open, closing on this one before the list goes on
            # ("..., Suslov [TN: Kozlov does not" / "appear.], Shelepin, Ilichev.")
            note_closed = _note_left_open(last.text, len(last.text)) < len(last.text) and "]" in nxt.text
            going_on = (
                note_closed
                or initials is not None
                or last.text.rstrip().endswith(",")
                or last.text.rstrip().endswith(" and")
                and bool(_NAME_OPENS.match(nxt.text))  # "Malenkov and" / "M. A."
                or pending is not None
                or post_tail
                or (last.text.rstrip().endswith(";") and nxt.text[:1].islower() and not _ABSENT.match(nxt.text))
                # ... or after a semicolon into the group's next man ("...(items 1 and 2);" / "Cde. R. Hegenbart, head
                # of ..."), not a speaker's line
                or (last.text.rstrip().endswith(";") and re.match(CDE, nxt.text) and not SPEAKER.match(nxt.text))
                or (label := _label_broken(last, nxt))  # "...; Politburo candidate members:" / "J. Główczyk, ..."
            )
            if not (mended or going_on):
                break
            at = mended.end - nxt.start if mended else initials.end() if initials else 0
            if note_closed:
                at = nxt.text.index("]") + 1
            if initials:
                own = initials[0].rstrip(", ")
                names[-1] = Line(names[-1].start, nxt.start + len(own), f"{names[-1].text} {own}")
            if post_tail:  # the list goes on after the post's words with a name, not a clause ("who had ...")
                after = re.search(r"[;,]\s*(?=(?:Cdes?\.|Comrades?|[A-Z]))", nxt.text)
                if not after:
                    break
                at = after.end()
            elif (
                label
                and _LABEL_BROKEN.search(last.text)
                and (tail := _LABEL_ENDS.match(nxt.text))
                and (tail["semicolon"] or last.text.rstrip().endswith("-"))
            ):
                # past the end of the label the line above broke, to its names (in a word too: "candidate mem-" /
                # "bers of the Politburo Cdes. Yu. V. Andropov, ...")
                at = tail.end()
            more, carried = _list_part(nxt, at, _note_left_open(nxt.text, at + list_end(nxt.text[at:])))
            if pending is not None and not _SURNAME_GOES_ON.match(nxt.text):
                break  # "..., Suslov, M. A." / "Ustinov. The situation ...": a speaker, not the initials' surname
            if pending is not None and more:
                more = (Line(pending.start, more[0].end, f"{pending.text} {more[0].text}"), *more[1:])
            if not (more or mended):
                break
            if mended and more and more[0].start == mended.end + 1 and " " not in names[-1].text[:-1].strip():
                # a given name the page broke, its surname after it: "Ká-" / "roly Kiss, Ferenc Münnich"
                mended, more = Line(mended.start, more[0].end, f"{mended.text} {more[0].text}"), more[1:]
            if mended:
                names[-1] = mended
            names.extend(more or ())
            last, pending = nxt, carried
            self.consumed.add(nxt.start)
        names[:] = [n for n in names if not n.text.endswith("-") or self._known(n.text[:-1])]
        return last

    def _groups_after(self, rest: list[Line]) -> None:
        """Further groups of the list, each on lines of its own under it."""
        for i, nxt in enumerate(rest[:12]):
            if nxt.start in self.consumed:
                continue  # the run-on lines of the group before
            if any(p.match(nxt.text) for p in (_ATTENDANCE, _CHAIR, _GUESTS, _PARTICIPATION)):
                return  # a list of its own kind, read as such (with anything run on after it)
            if not self._membership_group(nxt, rest[i + 1 :]):
                return
            self.consumed.add(nxt.start)

    def _membership_group(self, ln: Line, rest: list[Line]) -> Line | None:
        """A line that is one labelled group of an attendance list, added as such: "Members of the CC Presidium
        present: Cdes. A, B", "Candidate members ...: C", "CC Secretaries: D", "Invited for Point II: Cdes. E"
        (guests); with the lines it runs on over, the last of which it gives (None if it is no group)."""
        label = re.match(r"^[^:—–]{3,80}?(?=\s*[:—–]|\s+Cdes?\.\s)", ln.text)  # "Candidate members Cdes. A, B"
        # "For item I: Cde. X" under a list: a group of guests, named by the item alone
        for_item = label is not None and label[0].startswith("For ") and FOR_ITEM.search(label[0])
        absent = label is not None and bool(_ABSENT_LABEL.match(ln.text))  # "Excused: Cde. E. Rigo"
        # ... or a post, under a group the line before ended with a semicolon: "...;" / "Head of the Press Bureau of
        # the CC: Cde. Stefan Olszowski (for item 1)."
        post = label is not None and is_post(label[0]) and self._semicolon_above()
        if not label or not (_MEMBERSHIP.search(label[0]) or for_item or absent or post):
            return None
        if not (group := self._group(ln, rest, absent)):
            return None
        names, last = group
        # guests too: a department's man ("From the CC Department of Propaganda—Cde. V. I. Stepakov")
        guests = _INVITED.search(label[0]) or FOR_ITEM.search(label[0]) or _FROM_DEPARTMENT.match(label[0])
        kind = "absent" if absent else "guest" if guests else "listed"
        self._add_list(kind, tuple(names), Line(ln.start, last.end, ""))
        return last

    def _semicolon_above(self) -> bool:
        """Whether the line above is a group of the session's last list that a semicolon ends: the list goes on."""
        above, lists = self.previous, self.session.lists
        return (
            above is not None and bool(lists) and lists[-1].span.end >= above.end and above.text.rstrip().endswith(";")
        )

    def _group(self, ln: Line, rest: list[Line], absent: bool = False) -> tuple[list[Line], Line] | None:
        """The names of a labelled group on ``ln`` (of those ``absent``) and of the lines under it that it runs on
        over, and the last line it takes; None if ``ln`` is no labelled group."""
        found = _absent(ln) if absent else labelled_group(ln, one_word=not (self.session.turns or self.turn))
        if not found:
            return None
        names = list(found)
        return names, self._run_on(ln, rest, names)

    def _groups_below(self, ln: Line, kind: str | None, rest: list[Line]) -> bool:
        """A label alone on its line ("Present:", "Present C.C."), its names on the lines below: in labelled
        groups ("Members of the Politburo: Comrades A, B" / "Candidates ...: Comrades C"), or a line at a time,
        a name with its post ("A. N. Kosygin — Chairman of ...") or a few, under labels alone on lines of
        their own ("Candidate members:", "From the BCP:"). A group of those excused or absent is a list of
        their absence; a group of those invited is a list of guests of its own. The first line that is none of
        these ends the list, and so does a blank line unless a label stands before or after it: a name alone
        there may be a speaker's."""
        main = _Group(kind, ln)
        groups = [main]
        group = main  # where the names of the next line go
        labelled = True  # the line before is a label alone
        single = False  # the last line of names held one name: the list is printed one name a line
        before = ln
        for i, nxt in enumerate(rest[:_LIST_LINES]):
            if nxt.start in self.consumed:
                continue  # the run-on lines of the group before
            gap = self.text.count("\n", before.end, nxt.start) > 1  # a blank line between
            found: tuple[Line, ...] = ()
            label, of = _label_kind(nxt.text, kind, kind, inside=True)
            if label:
                group = main if of == kind else _Group(of, nxt)
            elif _RECORDER.match(nxt.text):
                break  # "Recorded by: O. Schön": who kept the record, no group of those present
            elif _ABSENT.match(nxt.text):
                group = _Group("absent", nxt)  # and the names it runs on over
                found = _absent(nxt)
            elif found := labelled_group(nxt) or ():
                guests = (
                    _INVITED.match(nxt.text)
                    or nxt.text.startswith("For ")
                    and FOR_ITEM.match(nxt.text)
                    or _FROM_DEPARTMENT.match(nxt.text)
                    and any(g.names for g in groups)  # a department's men under the members, not heading the list
                )
                chair = _CHAIR.match(nxt.text)  # "Chair: Comrade Erich Honecker" under the members
                group = _Group("guest", nxt) if guests else _Group("chair", nxt) if chair else main
            elif gap and not labelled or (m := SPEAKER.match(nxt.text)) and not is_post(m["text"]):
                break  # a name and what he said, not a name and his post
            elif not labelled and is_post(nxt.text) and not _LEADERS.match(nxt.text):
                # the post of the name above, wrapped onto a line of its own (not a post that dots lead to its man)
                self.consumed.add(nxt.start)
                group.last = before = nxt
                continue
            elif not (found := self._list_line(nxt, rest[i + 1 :], before is ln and not gap, groups, single)):
                break
            if group is not main and group not in groups:
                groups.append(group)
            if len(found) == 1 and (leaders := _LEADERS.match(nxt.text)):
                post = leaders["before"] if is_post(leaders["before"]) else nxt.text[leaders.end() :]
                if is_post(post):  # the post before the dots or after them
                    self.session.posts.append((post, found[0]))
            self.consumed.add(nxt.start)
            group.names.extend(found)
            group.last = self._run_on(nxt, rest[i + 1 :], group.names) if found else nxt
            labelled, before = not found, group.last
            single = len(found) == 1 if found else single
        for g in groups:
            if g.names and g.kind:
                self._add_list(g.kind, tuple(g.names), Line(g.first.start, (g.last or g.first).end, ""))
        return any(g.names for g in groups)

    def _list_line(
        self, ln: Line, rest: list[Line], first: bool, groups: list[_Group], single: bool
    ) -> tuple[Line, ...]:
        """The names of a line that goes on with a list printed a line at a time; () if it does not. Only the
        ``first`` line, under the list's own label, may give a group's ("Present:" / "Cdes. A, B; candidate
        members C"); a later one is names and nothing else, not a speaker's name and what he said on the same
        line ("BREZHNEV. Comrades, ...") or on the next ("Brezhnev" / "Comrades, the situation ..."): a name
        alone before other words is the list's last only where it goes on with a list printed one name a
        line (``single``) or printed as the list prints its names (with initials or without), and is not one
        it has named already."""
        if first and not _LEADERS.match(ln.text):  # (a post and the dots to its man are read as the lines after)
            return list_groups(ln, 0, list_end(ln.text))
        if not (found := _names_of(ln)):
            return ()
        nxt = rest[0] if rest else None
        joined = nxt is not None and self.text.count("\n", ln.end, nxt.start) == 1
        if len(found) == 1 and joined and not _names_only(nxt) and self._alone(ln, rest):
            listed = [n.text for g in groups for n in g.names]
            named = {_surname(n) for n in listed}
            alike = single or not listed or _initialled(listed[-1]) == _initialled(found[0].text)
            if not alike or _surname(found[0].text) in named:
                return ()
        return found

    def _item_order(self) -> int | None:
        """The item being discussed: the last one opened, or the one of the agenda taken up again."""
        s = self.session
        return self.resumed or (s.items[-1].order if s.items else None)

    def _taken_up(self, number: str, ln: Line, offset: int) -> bool:
        """Whether a numbered line takes up an item listed above with the same number, on which nothing has
        been said yet, or an item of an agenda: "1. Report on ..." printed again as the head of its discussion,
        or "1. Comrade X reports ..." (his turn, told in the third person). Not a sub-point's "1." under "II."."""
        s = self.session
        title = ln.text[offset:].strip(" .").lower()
        item = next((it for it in s.items if it.number == number), None) or next(
            (
                it
                for it in s.items
                if it.title and _item_value(it.number) == _item_value(number) and it.title.text.lower() == title
            ),
            None,
        )  # "I. Report on the visit" taking up the agenda's "1. Report on the visit"
        if item is None:
            return False
        # what was said after an agenda listed is on none of its items yet, whatever the last one listed
        listed = self.agenda is not None and len(self.agenda[1]) > 1 and item in self.agenda[1]
        spoken = any(t.item == item.order for t in s.turns) or self.turn and self._item_order() == item.order
        if spoken and not listed:
            return False
        self._resume(number, ln)
        # (its title printed again and a turn after its stop: "2. Current matters. Comrade Ewald informed ...")
        titled = item.title and re.match(rf"{re.escape(item.title.text.rstrip(' .'))}\.\s+", ln.text[offset:], re.I)
        if (found := self._speaker(sub_line(ln, offset + (titled.end() if titled else 0)))) and found[2]:
            self._start_turn(found)
        elif paren := self._spoke_in(ln, offset):  # "1. On Hungary (Khrushchev, Zhukov)": who spoke on it
            self._speaker_list(ln, paren.start(), require_start=False)
        return True

    def _resume(self, number: str, ln: Line) -> bool:
        """ "Re 1:" after an agenda: the discussion of the item printed there as "1." begins; False if the
        session has no such item (the line is then read as any other)."""
        value = _item_value(number)
        order = next((it.order for it in self.session.items if _item_value(it.number) == value), None)
        if order is None:
            return False
        self._close_turn()
        self._unlisted_discussion()
        # under a label over the decisions of every item, their points for this one start again: "Decisions:" / "Re
        # item 1:" / "1. ..."
        self.resumed, self.points, self.agenda = order, 0 if self.all_decided else None, None
        self.session.resumed.append((ln.start, order))
        self.expect_list = True
        return True

    def _unlisted_discussion(self) -> None:
        """When an item of an agenda listed above is taken up again, what was said between the agenda and
        here was on none of its items (not on the last one listed): a discussion the record does not place."""
        if self.agenda is None or len(self.agenda[1]) < 2:
            return
        s, end = self.session, self.agenda[1][-1].span.end
        s.turns = [replace(t, item=None) if t.span.start >= end else t for t in s.turns]
        s.lists = [replace(lst, item=None) if lst.span.start >= end else lst for lst in s.lists]
        s.resumed.append((end, None))

    def _chair_speaks(self, t: str) -> Line | None:
        """The chair, where a line is his words printed by his office ("CHAIRMAN: Cde. Mikoyan."): the one man the
        session's lists name its chair ("Presiding: N. S. Khrushchev"), not from such a line themselves."""
        if not _BY_CHAIR.match(t):
            return None
        chairs = [
            name
            for found in self.session.lists
            if found.kind == "chair" and not _BY_CHAIR.match(found.span.text)
            for name in found.names
        ]
        return chairs[0] if len(chairs) == 1 else None

    def _co_reporters(self, ln: Line) -> tuple[tuple[Line, ...], Line, bool, Line | None] | None:
        """The names of a protocol's "HEARD:" line that records several men's reports, the line, and what they
        reported on (None if nothing follows the names); None where it records one man's."""
        if not (m := _HEARD_LIST.match(ln.text)):
            return None
        start = m.start("list")
        end = start + list_end(m["list"])
        if topic := re.search(r"\s+(?!and\b)[a-z]", ln.text[start:end]):  # "... Ponomarev on the talks"
            end = start + topic.start()
        names = split_names(ln, start, end)
        if not names or len(names) < 2:
            return None
        if _sent(ln.text, end) and not all(self._listed(n.text) for n in names):
            return None  # "... of Cdes. Mikoyan and Suslov from Budapest (cipher telegram, read out ...)"
        said = end + len(ln.text[end:]) - len(ln.text[end:].lstrip())
        return names, ln, False, sub_line(ln, said) if ln.text[said:].strip(" .") else None

    def _add_list(
        self, kind: str, names: tuple[Line, ...], span: Line, carried: bool = False, said: Line | None = None
    ) -> None:
        s = self.session
        s.lists.append(NameList(kind, names, span, self._item_order(), carried, said))
        s.events.append((len(s.events), "list", len(s.lists) - 1))

    def _decision_point(self, number: str, point: Line, nxt: Line | None) -> bool:
        """Whether a numbered line is the next point of the decision under a label ("Resolved:" / "1. The report
        is approved" / "2. Cde. X is charged with ..."), or of one whose first point opens as a decision does
        with no label ("1. To approve ..." / "2. The ministry is to ..."). A line that does not go on with the
        points ends them, and an item's never is one: a Roman number, a title ("2. On Berlin", "2. Heard: ..."),
        or a line that its discussion follows ("3. Letters of working people" / "Heard: report of ...")."""
        value = _item_value(number) if number.isdigit() else None
        rest = point.text
        ends = bool(re.search(r"[.!?:;)\]]$", rest.rstrip()))
        heard = _HEARD_WORD.match(rest) and not _POINT_VERB.match(rest)  # not "Information ... is to be prepared"
        if _UNNUMBERED_ITEM.match(rest) or heard or value is None or self._discussed(nxt, ends):
            self.points = None
        elif self.points is not None and value == self.points + 1:
            self.points = value
        elif opens_decision(rest) and not (self._spoke_in(point) or re.match(r"\S+\s+of\b", rest)):
            self.points = value  # not "2. Recall of the ambassador (Molotov, Shepilov)", an item's title
        else:
            self.points = None
        return self.points is not None

    def _discussed(self, ln: Line | None, after_stop: bool) -> bool:
        """Whether a line is the discussion of an item whose title is above it: whose report was heard, who
        spoke (in brackets or in his own words). Under a line that stops mid-sentence, a name and a full stop
        ("... made by" / "Nikita Sergeevich Khrushchev. The MFA ...") goes on with it: only a colon or a dash
        after a name makes him speak there."""
        if ln is None or ITEM.match(ln.text):
            return False
        t = ln.text
        # "(Cdes. Kosygin, Ustinov)", not "(Cde. X) is to ..." nor the record's "(Agreed.)"
        bracket = re.fullmatch(r"\((?!\d)[^()]*\)", t) and any(
            self.known(n.text) for n in self._names_in_parens(ln) or ()
        )
        if _HEARD_WORD.match(t) or _SPOKE.match(t) or bracket:
            return True
        found = self._speaker(ln)
        return bool(found) and (
            after_stop or bool(re.search(r"[:—–]", t[found[0].end - ln.start : found[1].start - ln.start]))
        )

    def _item(
        self, ln: Line, number: str | None, offset: int, spoke_below: bool = False, then: Line | None = None
    ) -> None:
        """``spoke_below``: those who spoke are in brackets on the line under the title, so a bracket that ends
        the title is its own ("... with the USA and Great Britain (Harriman, Hailsham)"); ``then``: the line under
        the title."""
        self._close_turn()
        self.resumed = None
        self.points = None
        s = self.session
        if self._narrated_item(ln, number, offset, then):
            return
        rest = ln.text[offset:]
        title_end = len(ln.text)
        if not spoke_below and (paren := self._spoke_in(ln, offset)):
            title_end = paren.start()
        else:
            stop = next((m for m in _SENTENCE_END.finditer(rest, 20) if ends_sentence(rest[: m.start() + 1])), None)
            if stop:
                title_end = offset + stop.end()
        title = sub_line(ln, offset, title_end)
        # a wrapped title's words as one line: "Nuclear Ex-" / "plosions" is "Nuclear Explosions"
        printed = self.text[title.start : title.end] if "\n" in self.text[title.start : title.end] else title.text
        words = one_line(printed)
        title = Line(title.start, title.end, TRAILING_MARK.sub("", words).rstrip(" .")) if title.text else None
        s.items.append(RawItem(len(s.items) + 1, number, title if title and title.text else None, ln))
        if self.agenda is not None and len(s.events) == self.agenda[0]:
            self.agenda[1].append(s.items[-1])  # listed under the agenda's label, nothing yet said
        self.expect_list = True
        if title_end < len(ln.text) and not self._speaker_list(ln, title_end, require_start=False):
            # a flattened copy: "I. On X.[2] Cde. Gromyko informed ..."
            if found := self._speaker(sub_line(ln, title_end)):
                self._start_turn(found)
            else:
                s.free.append(sub_line(ln, title_end))

    def _wrapped_title(self, ln: Line, offset: int, rest: list[Line]) -> Line:
        """An item's title with the lines it wraps onto ("1. On a Unilateral Moratorium on Nuclear Ex-" /
        "plosions and the Preparation of the Meeting in" / "Geneva"), maybe closed by those who spoke on it in
        brackets ("III. On the control figures (Kosygin, Kozlov," / "Mikoyan)"); a speaker's line ends it."""
        lines = [ln]
        for nxt in rest[:2]:
            if not self._title_goes_on(lines, nxt) or self._speaker(nxt):
                break
            lines.append(nxt)
            if self._spoke_in(join_lines(lines), offset) and not self._spoke_below(nxt, rest):
                self.consumed.update(b.start for b in lines[1:])
                return join_lines(lines)
        # with no bracket to close it, only after a broken word or a joining word ("... the Meeting in" / "Geneva"),
        # not into "Invited for this item: ... (X)", a decision ("confirm the text") or the item's points ("a) ...")
        words = [ln]
        for nxt in lines[1:]:
            above = words[-1].text.rstrip()
            if not breaks_off(above) or opens_decision(nxt.text):
                break
            words.append(nxt)
        self.consumed.update(b.start for b in words[1:])
        return join_lines(words)

    def _spoke_below(self, title: Line, rest: list[Line]) -> bool:
        """Whether the line under a title is a bracket of its own naming those who spoke ("(Gromyko, Khrushchev)"),
        and a bracket the title ends in names no one the session lists, so that it is the title's own ("... with
        the USA and Great Britain (Harriman, Hailsham)"), not its reporter ("On the talks (Suslov)")."""
        nxt = next((b for b in rest if b.start > title.end), None)
        if nxt is None or not re.fullmatch(r"\((?!\d)[^()]*\)", nxt.text.strip()):
            return False
        if not any(self.known(n.text) for n in self._names_in_parens(nxt) or ()):
            return False
        last = list(SPEAKER_LIST.finditer(title.text))[-1:]
        own = split_names(title, last[0].start("list"), last[0].end("list")) if last else None
        return not any(self._listed(n.text) for n in own or ())

    def _title_goes_on(self, lines: list[Line], nxt: Line) -> bool:
        """Whether ``nxt``, printed right under a title's lines, goes on with it: in small letters, inside an
        open bracket, after a joining word ("... the visit of"), or closed by a bracket ("Castro (Mikoyan)");
        not after a title that ends on its line, nor a line read as its own kind (a bracket on a line of its own,
        "(Read aloud.) (Suslov, Mikoyan)", an item, a decision)."""
        above = lines[-1].text.rstrip()
        if above.endswith((".", ":", ";", ")")) or self.text.count("\n", lines[-1].end, nxt.start) != 1:
            return False
        if nxt.text.startswith("(") or ITEM.match(nxt.text):
            return False
        closing = TRAILING_MARK.sub("", nxt.text.rstrip()).endswith(")") and not opens_decision(nxt.text)
        return nxt.text[:1].islower() or _open_bracket(join_lines(lines)) or breaks_off(above) or closing

    def _narrated_item(self, ln: Line, number: str | None, offset: int, then: Line | None) -> bool:
        """An item opened by a turn told in the third person, with no title of its own: "2. Comrade X informs
        the committee about ...". The item is numbered, the rest of the line is X's turn; but a title that names
        the report of the man who speaks on the line under it ("I. Report of Cde. Khrushchev on ..." / "Khr.--The
        meeting showed ...") is the item's title, his turn below it."""
        found = self._speaker(sub_line(ln, offset))
        if not found or not found[2] or _REPORT_TITLE.match(ln.text, offset):
            return False  # "1. Report of Cde. Gromyko: to be approved as a basis": the item's (or decision's) title
        below = self._speaker(then) if then is not None else None
        if below and _abbreviates(below[0].text, found[0].text):
            return False
        s = self.session
        s.items.append(RawItem(len(s.items) + 1, number, None, ln))
        self._start_turn(found)
        return True

    @staticmethod
    def _closes_title(ln: Line, paren: re.Match[str]) -> bool:
        """Whether a bracket ends its sentence, as a list of those who spoke ends an item's title; one the
        sentence goes on after is an aside: "The USSR Gosplan (Cde. X) is to submit proposals"."""
        return not re.match(r"\s*[a-z]", ln.text[paren.end() :])

    def _spoke_in(self, ln: Line, offset: int = 0) -> re.Match[str] | None:
        """The bracketed list of those who spoke on an item, in its title line: "On X (Suslov, Brezhnev)"."""
        for paren in SPEAKER_LIST.finditer(ln.text, offset):
            if not self._closes_title(ln, paren):
                continue
            names = split_names(ln, paren.start("list"), paren.end("list"))
            sent = _SENT_FROM.search(ln.text, offset, paren.start()) if len(names or ()) == 1 else None
            if sent and not self._sender_named(sent["place"]):
                continue  # "Ciph. Tel. from Budapest (Cde. Andropov)": who sent it; not "from Cde. Pushkin (Suslov)"
            head = _PARTY_HEAD.search(ln.text, offset, paren.start()) and re.match(rf"\(\s*{CDE}", paren.group())
            if len(names or ()) == 1 and head:
                if not self._listed(names[0].text):
                    continue  # "... with the delegation of the Italian Communist Party (Cde. E. Berlinguer)": its head
            if names and any(self.known(n.text) or self._listed(n.text) for n in names):
                return paren  # (men the people file knows, or the session lists: "(Georgi Atanasov, Petko Danchev)")
        return None

    def _sender_named(self, words: str) -> bool:
        """Whether a telegram's title names its sender after "from": a comrade ("from Cde. Pushkin, Berlin") or a man
        the people file knows ("from Firyubin in Belgrade"), not a place ("from Peking on the conversation with
        Mao")."""
        first = re.match(rf"[{UPPER}][\w\-]+", words)
        return bool(re.match(CDE, words)) or bool(first and self.known(first[0]))

    def _unnumbered_item(self, ln: Line, rest: list[Line]) -> bool:
        """An agenda item without a number: "On X" followed by those who spoke on it, in brackets at its
        end or on the next line, or by a speaker."""
        if not _UNNUMBERED_ITEM.match(ln.text) or ln.text.endswith(".") or len(ln.text) > 160:
            return False
        if self._spoke_in(ln):
            return True
        if not rest:
            return False
        nxt = rest[0].text
        if nxt.startswith("(") and self._names_in_parens(rest[0]) or self._speaker(rest[0]):
            return True
        # (or by a speaker after the record's word on what was read out: "Cde. Rudakov reads out the reference ...")
        return len(rest) > 1 and bool(_READS_OUT.match(nxt)) and bool(self._speaker(rest[1]))

    def _names_in_parens(self, ln: Line, offset: int = 0) -> tuple[Line, ...] | None:
        m = SPEAKER_LIST.match(ln.text, offset) or SPEAKER_LIST.match(ln.text.lstrip(), 0)
        if not m:
            return None
        return split_names(ln, m.start("list"), m.end("list"))

    def _speaker_list(self, ln: Line, offset: int, require_start: bool) -> bool:
        """A bracketed list of those who spoke on an item, and any text after it."""
        m = SPEAKER_LIST.search(ln.text, offset)
        if not m or (require_start and m.start() != offset) or not self._closes_title(ln, m):
            return False
        if not ln.text[offset : m.start()].strip() == "" or not (self.expect_list or require_start):
            return False
        # "(Report of Cde. Gromyko)" under the item; not "(Information from Cde. Andropov)", who is away
        report = re.match(r"(?i:report)\s+(?:of|by)\s+", m["list"])
        names = split_names(ln, m.start("list") + (report.end() if report else 0), m.end("list"))
        if not names or not any(self.known(n.text) or self._listed(n.text) for n in names):
            return False
        self._close_turn()
        self._add_list("spoke", names, sub_line(ln, m.start(), m.end()))
        # a reporter's bracket, then those who spoke on the report: "On the plan (Cde. Stepakov) (Cdes. A, B, C)"
        if re.match(r"\s*\(", ln.text[m.end() :]) and self._speaker_list(ln, m.end(), require_start=False):
            return True
        self.expect_list = False
        if ln.text[m.end() :].strip():
            self.session.free.append(sub_line(ln, m.end()))
        return True

    def _listed_surnames(self) -> list[str]:
        """The surnames the session's lists give as present, gathered as lists are added, each list once (a
        flattened line of many bracketed lists of those who spoke adds them one at a time)."""
        session, counted, names = self.listed_cache
        if session != id(self.session) or counted > len(self.session.lists):
            session, counted, names = id(self.session), 0, []
        lists = self.session.lists
        names.extend(_surname(n.text) for lst in lists[counted:] if lst.kind != "absent" for n in lst.names)
        self.listed_cache = (session, len(lists), names)
        return names

    def _listed(self, name: str) -> bool:
        """Whether the session's own lists name this surname: "ZAKHARCHENKO." speaks if he was present; or its
        agenda does as an item's rapporteur, where no one's turn is open (not what a report tells he said elsewhere:
        "Comrade Buda said at that meeting ...")."""
        surname = _surname(name)
        rapporteur = self.turn is None and surname in self.rapporteurs.get(id(self.session), ())
        return surname in self._listed_surnames() or rapporteur

    def _listed_apart(self, name: str) -> bool:
        """Whether the session's lists name a man of this very surname whom the people file does not know ("Pavlov
        V. S."): "PAVLOV." is then his name and its stop, not an abbreviation of a name the file holds (Pavlovsky's);
        a list of abbreviations ("(Khr., Mik.)") names no one apart."""
        surname = _surname(name)
        return any(
            _surname(n.text) == surname and not self._known(n.text)
            for lst in self.session.lists
            if lst.kind != "absent"
            for n in lst.names
        )

    def _listed_as(self, abbreviation: str) -> bool:
        """Whether the session's lists name someone whose surname an abbreviation begins ("Khr." Khrushchev)."""
        return any(_abbreviates(abbreviation, n) for n in self._listed_surnames())

    def _listed_in_full(self, name: str) -> int:
        """How much of this name is the one a speaker goes by, if the session lists it with the same given
        name (or its initial: "Walter Ulbricht:" where "W. Ulbricht" is listed): all of "Paul Niculescu-Mizil:",
        where "Paul Niculescu" is listed; "Komócsin" of the Hungarian order's "Komócsin Zoltán:", where "Zoltán
        Komócsin" is; 0 if it lists no such name."""
        printed = name.split()
        words = [fold(w) for w in printed]  # (a transcript's capitals are the list's name: "BERECZ JÁNOS:")
        for lst in self.session.lists:
            for n in lst.names:
                listed = [fold(w) for w in n.text.split()]
                if len(listed) < 2:
                    continue
                initial = re.fullmatch(r"(\w{1,2})\.", listed[0])
                given = words[0] == listed[0] or bool(initial and words[0].startswith(initial[1]) and len(words) == 2)
                if given and words[-1].split("-")[0] == listed[-1].split("-")[0]:
                    return len(name)
                if len(words) == 2 and words == listed[::-1]:
                    # the surname is the list's last word, unless the people file knows its first instead
                    first_known = self._known(listed[0]) and not self._known(listed[-1])
                    surname = listed[0] if first_known else listed[-1]
                    return len(printed[0]) if words[0] == surname else len(name)
        return 0

    def _named_in_full(self, name: str) -> int:
        """How much of a full name at a line's head is the speaker's (``_listed_in_full``); or all of it, of a man the
        session does not list, in capitals where the record prints its speakers so, his surname before his given
        name: "KÁRPÁTI FERENC:" after "GRÓSZ KÁROLY:"."""
        if found := self._listed_in_full(name):
            return found
        spoken = self.session.turns
        caps = name.isupper() and bool(spoken) and all(t.name.text.isupper() for t in spoken)
        return len(name) if caps and surname_first(name.split()) else 0

    def _known(self, name: str) -> bool:
        """Known to the authority as printed ("Khr.") or without a closing full stop ("Bulganin.")."""
        return self.known(name) or self.known(name.rstrip("."))

    def _speaks(self, name: str, prefixed: bool, sep: str, ln: Line | None = None) -> bool:
        """Whether a name printed at the head of a line, before ``sep``, is a speaker's.

        A known person, one the session lists, or one after "Cde." is. An unknown word is only if it is
        shaped like a name and not an ordinary word ("Resolution—", "DECISION:", "Iraq—" are not): before a
        dash ("Soldatic—"), or in capitals or after initials ("ZAKHARCHENKO:", "Yu. Ya. BETIYKIN:",
        "ZAKHARCHENKO."). A mixed-case word closed by a full stop, or alone on its line (``sep`` empty),
        needs the stronger evidence: too many sentences and headings start so.
        """
        if self._known(name) or name.endswith(".") and self._listed_as(name):
            return True  # "Per.—" where Pervukhin is listed, though "per" is an ordinary word
        parts = NAME_PARTS.fullmatch(name.strip())
        surname = parts["surname"].rstrip(".") if parts else name
        if name.isupper() and surname_first(name.split()):
            name = surname = name.split()[0]  # "KÁRPÁTI FERENC", his surname first
        if HEADER_LABEL.match(name) or common_word(surname):
            return False
        if prefixed or self._listed(name):
            return True
        if sep == "" or sep == "." and not surname.isupper():
            return False
        dash = sep[:1] in ("—", "–", "-")
        if dash and name.endswith(".") and " " not in name:
            return True  # an abbreviation ("Mzhav.—"): a turn, though no one may be found for it
        initials = bool(parts and parts["initials"])
        if not name_shaped(name):
            return False
        if surname.isupper() and ln is not None and _TITLE.match(ln.text, ln.text.find(name) + len(name)):
            # a site's initials and its name: "GHDI - German History in Documents and Images" (not Malin's
            # "Serdyuk — For Comrade Khrushchev")
            return False
        return dash or surname.isupper() or initials or ln is not None and self._unlisted_speaks(surname, sep, ln)

    def _unlisted_speaks(self, surname: str, sep: str, ln: Line) -> bool:
        """Whether a man the session does not list speaks in a record that prints its turns as a name and a
        colon ("Gorbachev: ..."), at least twice before: "Kvitsinsky: The visit ...". The record must name him
        elsewhere, on another line, as a man: after his initials or "Cde." ("Yu. A. Kvitsinsky"), or in a list
        of comrades ("Cdes. Gromyko, Chebrikov and Zamyatin"); so a label of the same shape ("Responsible:"),
        a place ("Krasnoyarsk:") or a gloss ("Kochemasov: V. I. Kochemasov, ambassador") is none. Nor is a
        line under one that ends in a colon (a conversation read out, a list: "... proposes:" / "Kamentsev:
        first deputy chairman"), nor one whose words after the colon open in small letters."""
        if sep != ":":
            return False
        if sum(self.text[name.end : text.start].strip() == ":" for name, text in self._printed_turns()) < 2:
            return False
        if self.previous is not None and self.previous.text.rstrip().endswith(":"):
            return False
        if not ln.text.partition(":")[2].lstrip()[:1].isupper():
            return False  # "Silaev: deputy chairman of ...": a post given after his name, not his words
        if surname not in self.named_as_men:  # looked up once a document: a long record asks of many lines
            initial = rf"{INITIAL_LETTER}\s?"
            comrades = rf"\b(?:Cdes?\.|Comrades?)\s+(?:(?:{initial})*[{UPPER}][\w’'\-]+(?:,\s*|\s+and\s+))*"
            named = re.compile(rf"(?:(?:\b{initial})+|{comrades}(?:{initial})*){re.escape(surname)}\b")
            self.named_as_men[surname] = [(m.start(), m.end()) for m in named.finditer(self.text)]
        return any(not ln.start <= a < ln.end for a, _ in self.named_as_men[surname])

    def _after_comma(self, ln: Line) -> bool:
        """Whether the open turn's last line, just above ``ln``, ends with a comma after a comrade it names ("Comrade
        Milea, Comrade Vlad,"): ``ln`` goes on with its sentence ("Comrade Postelnicu — I will keep you ...")."""
        return (
            self.turn is not None
            and bool(_NAMED_LAST.search(self.turn[2].text.rstrip()))
            and self.text.count("\n", self.turn[2].end, ln.start) == 1
        )

    def _label_in_words(self, t: str, m: re.Match[str]) -> bool:
        """Whether a label alone on its line with no colon ("Present", "Present (at the test site)") is words of a
        sentence: in small letters ("who will be" / "attending" / "Gromyko and ..."), or amid a speech in its
        speaker's words."""
        alone = not m["list"] and not re.search(r"[:—–-]\s*$", t)
        return alone and (t[:1].islower() or self.turn is not None and not self.turn[3])

    def _point_goes_on(self, ln: Line) -> bool:
        """Whether ``ln`` is the wrapped line of a decision's point read amid a turn, the point's line stopping
        mid-sentence ("2. Cdes. Saburov and Kaganovich are to submit within two weeks" / "proposals on the
        deliveries."): it is the record's line as its point is, so the point is read whole in the record's voice."""
        return (
            self.previous is not None
            and self.session.free[-1:] == [self.previous]
            and self.text.count("\n", self.previous.end, ln.start) == 1
            and not re.search(r"[.!?:;)\]”\"]$", self.previous.text.rstrip())
        )

    def _mid_sentence(self, ln: Line) -> bool:
        """Whether the open turn's last line stops mid-sentence ("... a meeting with Kania and"), or with no turn
        open the line just read, a decision's say ("... the statement made at the session by"): ``ln`` goes on
        with it, even if it opens with a name and a full stop ("Jaruzelski. This ..."). A blank line between
        ends the sentence (an item's title "... Cde. W. Jaruzelski" over "BREZHNEV. As you know ...")."""
        if self.turn is not None:
            last = self.turn[2].text
        elif (
            self.previous is not None
            and self.sessions
            and self.session.free[-1:] == [self.previous]
            and self.text.count("\n", self.previous.end, ln.start) == 1
        ):
            last = self.previous.text
        else:
            return False
        last = TRAILING_MARK.sub("", last.rstrip())
        # a sentence ends before a note's marker: "... (1)", "...¹", and a book's bare number ("... at all.45");
        # not at "Cde." before the name the line broke off ("... talks to Cde." / "Gromyko. Cdes. ..."), nor at a
        # man's initials after "and" before his name in small letters ("... Grishin and G. A." / "Aliev. The ..."),
        # though "... in Annexes A and B." or a list's "Ustinov, D. F." ends before "KOSYGIN. We can ..."
        if re.search(r"\b(?:Cdes?|Comr)\.$", last) or (
            re.search(r"\band\s+(?:[A-Z]\.\s?){2,3}$", last) and not ln.text.split(".", 1)[0].isupper()
        ):
            return True
        # (a dash after the stop sets off the next speaker's words: "... kilometers. —" / "GORBACHEV. You mean ...?")
        if not last or re.search(r"[.!?:;…”\"’)\]](?:\d{1,3})?(?:\s*[—–])?$", last):
            return False
        # a speech broken off by the next man, a paragraph of his own: "... letters every day—" / "" / "GORBACHEV. ..."
        end = self.turn[2].end if self.turn is not None else self.previous.end
        return not (re.search(r"\w(?:[—–]|\s?--)$", last) and self.text.count("\n", end, ln.start) > 1)

    def _speaker(self, ln: Line) -> tuple[Line, Line, bool] | None:
        """(name, text, narrative) if the line opens a turn; one that opens with an archive reference does not
        ("RGANI. F. 3. Op. 14. D. 149." is no "RGANI." speaking)."""
        t = ln.text
        if reference_at_start(t) is not None:
            return None
        if point := _SUB_POINT.match(t):
            return self._point_told(sub_line(ln, point.end()))
        # the report is the turn, told in the third person; a second report heard is cut from the line above
        if heard := _HEARD.match(t) or (ln.start in self.heard_more and _HEARD_PART.match(t)):
            if self._sent_in(t, heard) or _HEARD_PROPOSAL.match(t) and not self._listed(heard["name"]):
                return None  # "Heard: Information of Cde. Molotov from Geneva (cipher telegram ..., read out)"
            start, end = heard.span("name")
            if t[end - 1] == "." and (not self.known(t[start:end]) or self.known(t[start : end - 1])):
                end -= 1  # the sentence's full stop ("Cde. V. M. Chebrikov."), not an abbreviation's ("Khr.")
            after = max(end, heard.end())  # past the initials after a surname ("Cde. Ustinov D. F.")
            said = after + len(re.match(r"[.:;,\s]*", t[after:])[0])  # "Report of Cde. X. The ...": from "The"
            return sub_line(ln, start, end), sub_line(ln, said), True
        if self.session.posts and (m := _BY_POST.match(t)) and (holder := holder_of(m["post"], self.session.posts)):
            self.holders[ln.start + m.start("post")] = holder
            return sub_line(ln, m.start("post"), m.end("post")), sub_line(ln, m.start("text")), False
        if (m := _BY_CHAIR.match(t)) and (chair := self._chair_speaks(t)):  # a stenogram's "CHAIRMAN: ..."
            self.holders[ln.start + m.start("post")] = chair
            return sub_line(ln, m.start("post"), m.end("post")), sub_line(ln, m.start("text")), False
        if (
            self.spoken_table
            and (row := _SPOKEN_ROW.match(t))
            and (self._listed(row["name"]) or self._known(row["name"]))
        ):
            return sub_line(ln, row.start("name"), row.end("name")), sub_line(ln, row.end()), False
        prefixed = bool(re.match(CDE, t))
        for pattern in (SPEAKER, SPEAKER_GIVEN, SPEAKER_NAMED, SPEAKER_PATRONYMIC, SPEAKER_STOP):
            m = pattern.match(t)
            if not m or pattern in (SPEAKER_STOP, SPEAKER_PATRONYMIC) and self._mid_sentence(ln):
                continue  # "... set out correctly by" / "Andrei Andreevich Gromyko. We should ...": his name
            if pattern is SPEAKER and self._after_comma(ln):
                continue  # a speaker's "Comrade Milea, Comrade Vlad," / "Comrade Postelnicu — I will keep you ..."
            if pattern is SPEAKER_PATRONYMIC and is_post(m["text"]):
                continue  # "Leonid Il'ich Brezhnev — General Secretary of the CC CPSU": a list's name and post
            if pattern is SPEAKER_STOP and given_name(m["name"]) and _SURNAME_AFTER.match(t, m.end("sep")):
                continue  # "Comrade Mieczysław F. Rakowski said ...": his given name, initial and surname
            end = m.end("name")
            end -= len(m["name"]) - len(m["name"].rstrip(SUPERSCRIPTS))  # (a marker the name took: "GOSTEV²:")
            # a copy's bare note number after the name ("Dymshitz3—"); a marker set as a superscript after a name in
            # capitals is a speaker's ("GOSTEV². The Ministry ...")
            marked = t[end : end + 1].isdigit() and not (t[end] in SUPERSCRIPTS and m["name"].isupper())
            if marked and (not (self._listed(m["name"]) or self._known(m["name"])) or is_post(m["text"])):
                continue  # "Congress21—", "Kazakhstan12 —" (no man's), "Lomako4 – deputy chairman of ..." (a list's)
            if (bracket := m["name"].find(" [")) > 0 and not self._known(m["name"][bracket + 2 : -1]):
                end = m.start("name") + bracket  # "Cde. Kociołek [Gdańsk]:", a place the editor adds, no name
            if pattern is SPEAKER_NAMED and not (end := m.start("name") + self._named_in_full(m["name"])):
                continue  # "Instruct Gromyko —", "Item II:", "Imre Nagy: '...'" quoted in a speech
            sep = m["sep"] or "."  # a patronymic's surname closed by its full stop
            # the full stop closes an abbreviation: "Mik. I am against." (not "PAVLOV." where the list names Pavlov)
            name = m["name"]
            if sep == "." and self._known(name + ".") and not self._known(name) and not self._listed_apart(name):
                end += 1
            if sep == "-" and not self._listed_as(m["name"]):
                continue  # "Khr.-To sum up" where Khrushchev is listed; not "Gen.-Col. Ivanov", "U.S.-Soviet"
            if self._speaks(t[m.start("name") : end], prefixed, sep.strip(), ln):
                return sub_line(ln, m.start("name"), end), sub_line(ln, m.start("text")), False
        if told := self._told_bare(ln):
            return told
        m = NARRATIVE.match(t)
        if m is None and (cut := _CUT_BEFORE.match(t)) and (self.turn is None or self.turn[3]):
            # "[...] Comrade Jassó reported ...": a turn told after an editor's cut (amid a speech, it goes on)
            if m := NARRATIVE.match(t[cut.end() :]):
                ln, t = sub_line(ln, cut.end()), t[cut.end() :]
        if m and self._tells_turn(m, ln):
            # "Report of Cde. Malinovsky: by 15 March ...", "Report of Cde. Pervukhin—Ulbricht is insisting ..."
            after = m.end("initials") if m["initials"] else m.end("name")  # "Cde. Kapitonov I. V. supported ..."
            if mark := _MARK.match(t, after):  # (the note's marker on his name: "Rusakov(2) conveyed ...")
                after = mark.end()
            said = after + len(re.match(r"[:—–]?", t[after:])[0])
            return sub_line(ln, m.start("name"), m.end("name")), sub_line(ln, said), True
        # a record's turn told with the bare name of someone it lists, in a paragraph of its own: "SUSLOV thinks
        # that ...", "Medvedev proposes ..."; not a speaker quoting him ("Kosygin thinks we should wait, and I
        # agree"), nor a decision's line ("Kosygin proposes to postpone; adopted.")
        m = _BARE_NAME.match(t)
        if (
            m
            and _BARE_TOLD.match(t[m.end() :])  # the cheap tests first: _speaker reads every line
            and not _FIRST_PERSON.search(t)
            and self._listed(m["name"])
            and self.points is None
            and self._own_paragraph(ln)
        ):
            return sub_line(ln, m.start("name"), m.end("name")), sub_line(ln, m.end("name")), True
        # a name run into its statement, not before its initials ("... entrusted to Cde." / "Gorbachev M. S.", a
        # list's "Shevardnadze E. A., Chebrikov V. M.) to ..."), nor his possessive ("Nasser's Alexandria speech")
        m = re.match(
            rf"^(?P<name>[A-Z][\w’'\-]+)(?<![’']s)\s+(?=[A-Z])"
            rf"(?!(?:{INITIAL_LETTER}\s?){{1,3}}(?:$|[;)]|,\s*[A-Z][\w’'\-]+\s+{INITIAL_LETTER}|\s*and\s+[A-Z]))",
            t,
        )
        if m and self.known(m["name"]) and " " in t and not self.known(t[m.end() :].split(" ", 1)[0]):
            # "Suslov M. A. proposed ...": his words begin at "proposed" (not "Gromyko U. S. policy ...": at "U. S.")
            initials = _INITIALS_BEFORE.match(t, m.end())
            said = initials.end() if initials and _NARRATIVE_VERB.match(t[initials.end() - 1 :]) else m.end()
            return sub_line(ln, 0, m.end("name")), sub_line(ln, said), False
        # ... but a heading in his possessive over his speech is his turn: "Andropov's Concluding Remarks"
        if (m := _SPEECH_HEADING.match(t)) and self._listed(m["name"]):
            return sub_line(ln, m.start("name"), m.end("name")), Line(ln.end, ln.end, ""), False
        return None

    def _tells_turn(self, m: re.Match[str], ln: Line) -> bool:
        """Whether a line that opens with a comrade's name (``NARRATIVE``) tells his turn. In the past tense only
        where no one is speaking in his own words (at an item's start, or after a turn told so too: "Comrade X
        reported on this" inside a speech is a sentence of it) or, in a record that tells turns so, in a
        paragraph of its own after one in direct speech, without the speaker's own "asked me", "I agree"; and
        only of someone the session lists ("Comrade Tito stated in Pula that ..." tells what an absent man said),
        or of a man it does not list in a paragraph of his own (``_told_unlisted``).
        A full name the session does not list only where the record tells turns ("Comrade Walter Ulbricht says
        in his letter ..." quotes a letter); a decision's "Report of Cde. X was heard." is none."""
        if m["report"] and self.points is not None and _PASSIVE_TAKEN.match(m["text"]):
            return False
        # (the speaker's own "I agree" within a paragraph's reach: a flattened line of many turns is not read to
        # its end from each of them)
        after_speech = (
            (self.tells or self._told_between(m, ln))
            and not self._mid_sentence(ln)
            and not _SPEAKER_SELF.search(ln.text, 0, 400)
        )
        told = self.turn is None or self.turn[3] or after_speech
        listed = self._listed(m["name"])
        full = " " in m["name"] and not _initialled(m["name"])
        # "Cde. Jaruzelski did not support ..." in a report on another meeting, "Cde. Kádár shares our view"
        if not listed and (_NOT_DONE.match(m["text"]) or _LISTED_ONLY.match(m["text"])):
            return False
        if not listed and _ELSEWHERE.search(m["text"], 0, _told_words_end(m["text"])):
            return False  # "Cde. L. Brezhnev, in the letter, stated that ...": what an absent man said elsewhere
        return (listed or not full or told) and _narrated(m, past=told and (listed or self._told_unlisted(m, ln)))

    def _told_between(self, m: re.Match[str], ln: Line) -> bool:
        """Whether a past-tense line tells its man's turn before the record has told one so: a record in direct
        speech ("Comrade Mielke: ...") may tell a turn between two, in a paragraph of its own by a verb of speaking
        at this meeting ("Comrade Stoph stated that he could not agree ...", "Comrade Mittag agreed with the
        proposal."), the next man's turn, the next item or a decision's label opening the paragraph after it. Not a
        line amid a speech's paragraph, nor what was said on another occasion ("stated there", "stated in the Sejm",
        "said yesterday"), nor a paragraph a speech goes on after ("Comrade Jaruzelski stated ..." / "The party is
        determined ..."), nor in a speech on another meeting ("I inform the Politburo about the talks in Moscow." /
        "Comrade Axen expressed the support of the SED ..."): what a speaker tells of another man."""
        said, words = m["text"], m["text"][: _told_words_end(m["text"])]
        if not (self._own_paragraph(ln) and _TOLD_VERB_PAST.match(said)) or _ANOTHER_OCCASION.match(said):
            return False
        if _ELSEWHERE.search(words) or _ANOTHER_MEETING.search(words):
            return False
        if self._on_another_meeting():
            return False  # a speech on the talks in Moscow goes on with what was said there
        return self._piece_after(ln)

    def _piece_after(self, ln: Line) -> bool:
        """Whether the paragraph after a line's own opens the next piece: a speaker's turn, one told, an item or a
        label (not a speech that goes on)."""
        after = _PARAGRAPH_BREAK.search(self.text, ln.end)
        if after is None:
            return True
        end = self.text.find("\n", after.end())
        nxt = self.text[after.end() : end if end >= 0 else None].strip()
        return bool(SPEAKER.match(nxt) or NARRATIVE.match(nxt) or ITEM.match(nxt) or nxt.endswith(":"))

    def _told_unlisted(self, m: re.Match[str], ln: Line) -> bool:
        """Whether a past-tense line naming a man the session does not list tells his turn: minutes list the
        body's members, not always the men invited ("Comrade Rakowski stated that the government ..." in a
        Politburo's minutes, of the deputy premier). Only where the record has told turns so, in a paragraph of
        its own, by a verb of speaking, not of another occasion ("stated there"), nor within a report (what others
        said at the meeting it reports on); ``_tells_turn`` leaves out what he said elsewhere ("in his letter"). Or
        the first told turn where no turn is open and none has been given in the speaker's own words, a paragraph of
        its own before the next piece ("Comrade János Péter(2) reported that ..." / "2. ..."), of a man the people
        file does not know or whom the editor's note marker on his name explains (not "Comrade Brezhnev reported
        that ..." in another party's minutes, what they were told of)."""
        explained = not self.known(m["name"]) or bool(_EDITOR_MARK.match(m.string, m.end("name")))
        own = self._own_paragraph(ln)
        first = self.turn is None and not self.spoken and explained and own and self._piece_after(ln)
        return bool(
            (self.tells or first)
            and (own or not self.spoken and self._flattened_piece(ln))
            and (not self._reporting() or _TOLD_TO_BODY.match(m["text"]))
            and (_TOLD_VERB_PAST.match(m["text"]) or _REPORTED_HERE.match(m["text"]))
            and not _ANOTHER_OCCASION.match(m["text"])
        )

    def _reporting(self) -> bool:
        """Whether the open turn is a report told in the third person ("Comrade Kádár reported on the meeting in
        Moscow.", "Comrade Kania stated that the meeting in Moscow had been difficult"), whose paragraphs may go on
        with what others said there ("Comrade Brezhnev stated that ..."). Not a report on events in a clause of its
        own ("Comrade Obzina informed the Presidium that the organs had detained ..."), which may be followed by
        another man's own ("Comrade Chňoupek reported that the Western press ...")."""
        if self.turn is None or not self.turn[3]:
            return False
        said = self.turn[1].text
        if (events := _ON_EVENTS.match(said)) and not _MEETING_WORD.search(_first_sentence(said), events.end()):
            return False
        # (a proposal or a report on a matter presented tells of no meeting: "Comrade Jagielski presented the proposal
        # of the Government Presidium." may be followed by an uninvited minister's own report; "presented the
        # information of the delegation" tells of one)
        presented = _PRESENTED.match(said) and _MEETING_WORD.search(_first_sentence(said))
        return bool(_REPORTED.match(said) or presented or self._on_another_meeting())

    def _on_another_meeting(self) -> bool:
        """Whether the open turn opens on another meeting ("I inform the Politburo about the talks in Moscow."),
        whose words may go on with what was said there."""
        return self.turn is not None and bool(_ANOTHER_MEETING.search(_first_sentence(self.turn[1].text)))

    def _reported_elsewhere(self) -> bool:
        """Whether the open turn is a report on another body's meeting ("Comrade X reported on the Plenum of the
        CPSU CC."), after which men the session does not list spoke there, not here."""
        if self.turn is None:
            return False
        said = self.turn[1].text
        return bool(_REPORTED.match(said) and REPORTED_MEETING.search(_first_sentence(said)))

    def _own_paragraph(self, ln: Line) -> bool:
        """Whether a blank line parts this line from the one read before it."""
        return self.previous is None or self.text.count("\n", self.previous.end, ln.start) > 1

    def _flattened_piece(self, ln: Line) -> bool:
        """Whether this line is a piece of a flattened copy's line, run on after the one read before it: a
        record's paragraphs, where no one has spoken in his own words ("... than we did. Cde. Kornienko gave
        information on ...")."""
        return self.previous is not None and "\n" not in self.text[self.previous.end : ln.start]

    def _point_told(self, ln: Line) -> tuple[Line, Line, bool] | None:
        """The turn a lettered point of a record told in the third person opens ("a) Cde. Babiuch presented
        the draft ..."): in the past tense, of someone the session lists, where no one is speaking in his own
        words; a speech's or a decision's points ("a) Cde. Kania said ..." in Brezhnev's words, "c) Cde. X
        reports to the Politburo within two weeks") are none."""
        found = self._speaker(ln)
        if not found or not found[2] or self.turn and not self.turn[3] or not self._listed(found[0].text):
            return None
        return found if _PAST_VERB.match(ln.text[found[0].end - ln.start :]) else None

    def _alone(self, ln: Line, rest: list[Line]) -> tuple[Line, Line, bool] | None:
        """A speaker's name alone on a line ("A. A. GROMYKO", "Matern", "PODGORNY (interjecting)", "Hermann Axen"),
        then what was said on the next."""
        m = _NAME_ALONE.fullmatch(ln.text)
        nxt = rest[0] if rest else None
        if (
            not m
            or nxt is None
            or ITEM.match(nxt.text)
            or _TITLE_ABOVE.search(self.text, max(0, ln.start - 40), ln.start)
            or m["cde"]
            and _GOES_ON_BELOW.search(self.text, max(0, ln.start - 40), ln.start)
        ):
            # (a name whose title closes the line above: "... I support the line of Cde." / "Khrushchev."; or that the
            # sentence above goes on with: "... agreed with the proposal of" / "Cde. Demichev.")
            return None
        told = self._speaker(nxt)
        # "Cde. Saburov supports ...", "Cde. Khrushchev proposes ..." tell that man's turn; "Cde. Molotov is against
        # everything new" under another's name is what that speaker says of him
        after = nxt.text[told[0].end - nxt.start :] if told else ""
        said = _NARRATIVE_VERB.match(after) and not _DESCRIBED.match(after)
        if told and (said or not (told[2] and self._names_alone())):
            return None
        name = sub_line(ln, m.start("name"), m.end("name"))
        if name.text.endswith("-") and not self._known(name.text[:-1]):  # "Cde. Shevard-" / "nadze informed ..."
            name = mend_break(name, nxt)
            if name is None or not _NARRATIVE_VERB.match(nxt.text[name.end - nxt.start :]):
                return None
            if not self._speaks(name.text, bool(m["cde"]), ""):
                return None
            return name, sub_line(nxt, name.end - nxt.start), True
        if not self._speaks(name.text, bool(m["cde"]), ""):
            return None
        if " " in name.text.strip() and not self._given_name_speaks(name.text, nxt, rest):
            return None
        if told:  # in a record that prints its speakers so, "Cde. Molotov is against ..." is said of Molotov
            self.consumed.add(nxt.start)
            return name, nxt, False
        return name, Line(nxt.start, nxt.start, ""), False  # (his words, from the next line: see ``_close_turn``)

    def _over_file(self, ln: Line) -> bool:
        """Whether the text's next line names an archive file, as under a record's signature."""
        line = self.text[ln.end : ln.end + 300].lstrip().split("\n", 1)[0]
        return next(find_references(line), (None,))[0] == 0 or source_line(line)

    def _given_name_speaks(self, name: str, nxt: Line, rest: list[Line]) -> bool:
        """Whether a given name and surname alone on a line ("Hermann Axen") open his turn: a man the session lists,
        with words under him, not his post ("Erich Honecker" / "General Secretary of the CC", a signature, a
        delegation's list), nor another name so (a commission's members, a letter's address)."""
        if not self._listed(name) or is_post(nxt.text):
            return False
        alone = _NAME_ALONE.fullmatch(nxt.text)
        return not (alone and (self._known(nxt.text) or self._listed(nxt.text)))  # (his "Agreed." is his words)

    def _names_alone(self) -> bool:
        """Whether the session's turns so far are printed as a name alone on its line, the words under it."""
        printed = self._printed_turns()
        return bool(printed) and all("\n" in self.text[name.end : text.start + 1] for name, text in printed)

    def _printed_turns(self) -> list[tuple[Line, Line]]:
        """The session's turns so far, the open one too, each as (its name, its first words)."""
        return [(t.name, t.text) for t in self.session.turns] + ([self.turn[:2]] if self.turn else [])

    def _labelled_decision(self, t: str) -> bool:
        """Whether a line under a turn is the body's decision under its label ("Decision: The Political Committee
        took note ..."), not a resolution the speaker reads out ("He read out the passage of the joint letter:" /
        "Resolution: The five parties will not allow ...")."""
        quoted = self.previous is not None and self.previous.text.rstrip().endswith(":")
        return not quoted and bool(_LABELLED_DECISION.match(t))

    def _body_decides(self, t: str) -> bool:
        """Whether a line under a turn is the body's decision in a sentence of its own (``_BODY_DECIDES``): under a
        turn the record tells, any such line; under a speaker's own words, where a paragraph of his may tell what
        the body did before ("The Presidium approved the terms when Gomułka was here, but ..."), only one sentence
        in the present tense that is not his ("The Politburo agrees with me that ...")."""
        m = _BODY_DECIDES.match(t)
        if m is None or self.turn is None:
            return False
        if m["party"] and m["party"] not in (self.session.body or self.file_body or ""):
            return False  # another party's body: "The Presidium of the CC CPSU agreed ..." in the HSWP's minutes
        return self.turn[3] or (
            m["verb"].split()[0].endswith("s")
            and len(list(sentences(t, 0, len(t)))) == 1
            and not _FIRST_PERSON.search(t)
        )

    def _turn(self, ln: Line, rest: list[Line]) -> bool:
        found = self._speaker(ln) or self._alone(ln, rest)
        if found is None or not found[1].text and self._over_file(ln):
            return False  # (a signature over the record's file: "W. Ulbricht" / "SAPMO-BArch, DY 30/J IV 2/2/880, ...")
        if self.turn and self._report_told(self.turn, found):  # the report a "HEARD:" line named: his words begin
            self.turn = (self.turn[0], found[1], found[1], True)
            return True
        self._close_turn()
        self._start_turn(found)
        return True

    def _report_told(self, turn: tuple[Line, Line, Line, bool], found: tuple[Line, Line, bool]) -> bool:
        """Whether a turn told ("Cde. Stepakov reports that ...") is the report that the open turn, a protocol's
        "HEARD: Cde. Stepakov." with no words of his yet, names: one turn, not two. Only an editor's brackets may
        stand between ("[Record of the discussion]")."""
        name, first, _, narrative = turn
        if not found[2]:
            return False
        heard = _HEARD_BEFORE.search(self.text, max(0, name.start - 80), name.start)
        between = self.text[first.start : found[0].start]
        return (
            narrative
            and heard is not None
            and _surname(name.text) == _surname(found[0].text)
            and bool(_EDITORS_ONLY.fullmatch(between))
        )

    def _start_turn(self, found: tuple[Line, Line, bool]) -> None:
        """Opens the turn ``_speaker`` or ``_alone`` found: (name, its first text, told in the third person)."""
        name, text, narrative = found
        # (a turn told between two in direct speech is no sign that the record tells its turns so)
        self.tells = self.tells or narrative and not self.spoken and bool(_PAST_VERB.match(text.text))
        self.turn = (name, text, text if text.text else Line(text.start, text.start, ""), narrative)
        self.expect_list = False

    def _close_turn(self) -> None:
        if self.turn is None:
            return
        name, first, last, narrative = self.turn
        self.turn, self.spoken = None, not narrative
        s = self.session
        end = max(first.end, last.end)
        start = first.start
        if not first.text and (lead := _OPENING_MARK.match(self.text, start, end)):
            start = lead.end()  # his words on the lines under his name and its colon open with his dash ("— Agree.")
        if narrative and (aside := _ANSWER_LEAD.match(self.text, start, end)):
            start = aside.end()  # the record's aside before his words: "Cde. X, answering Cde. Y's question: ..."
        if trail := _CLOSING_MARK.search(self.text, start, end):
            end = trail.start()  # the dash that sets off the next man's words in an exchange ("... Oka? — LIGACHEV.")
        text = Line(start, end, "")
        holder = self.holders.get(name.start)
        s.turns.append(RawTurn(name, text, Line(name.start, end, ""), self._item_order(), narrative, holder))
        s.events.append((len(s.events), "turn", len(s.turns) - 1))
