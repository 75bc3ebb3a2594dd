"""Positions, assignments and decisions, each cue family and phrasing pinned by a short text of our own."""

from __future__ import annotations

import pytest

HEAD = "Working Notes from the Session of the CPSU CC Presidium on 2 March 1957\nPresent: Khrushchev, Mikoyan, Molotov, Suslov, Kaganovich, Zhukov, Bulganin\nI. On the draft resolution\n"


def _stances(facts_of, body: str) -> list[tuple[str, str, str]]:
    [s] = facts_of(HEAD + body).sessions
    speaker = {t.seq: t.person.id for t in s.turns}
    return [(speaker[p.turn], p.stance.value, p.cue) for p in s.positions]


def _stance(facts_of, turn: str) -> tuple[str, str]:
    """The stance and cue of a note of one turn (it must have one position)."""
    [(_, stance, cue)] = _stances(facts_of, turn + "\n")
    return stance, cue


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Mikoyan—overall it should be adopted.", "supports", "overall it should be adopted"),
        ("Cde. Suslov—the draft is correct; we must support it.", "supports", "the draft is correct"),
        ("Cde. Zhukov—a good document.", "supports", "a good document"),
        ("Cde. Molotov—I vehemently object.", "opposes", "I vehemently object"),
        ("Cde. Molotov—it's impossible to adopt this text.", "opposes", "it's impossible to adopt"),
        ("Cde. Molotov—the composition is still unknown. Where will it lead?", "opposes", "is still unknown"),
        ("Cde. Suslov—We support the letter, and it should be sharp.", "supports", "We support the letter"),
        ("Cde. Suslov—The statement is correct.", "supports", "The statement is correct"),
        ("Cde. Khrushchev—So, we adopt the statement.", "supports", "So, we adopt the statement."),
        # the chair's summing up, after "then let us", "so:", "comrades", and of "them"
        (
            "Cde. Khrushchev—Then let us adopt the directives, with the amendment.",
            "supports",
            "Then let us adopt the directives,",
        ),
        ("Cde. Khrushchev—So, comrades, we adopt the draft.", "supports", "So, comrades, we adopt the draft."),
        (
            "Cde. Khrushchev—So: we adopt the directives, taking the remarks into account.",
            "supports",
            "So: we adopt the directives,",
        ),
        # (not a man's proposal, which may be another course; nor an objector's irony, nor a condition)
        ("Cde. Khrushchev—So we accept Cde. Mazurov's proposal.", "unclear", ""),
        ("Cde. Mazurov—Then we accept the draft, and in a year we are back with our hat in our hand.", "unclear", ""),
        ("Cde. Khrushchev—Well, we adopt it, if the Yugoslavs accept our amendments.", "unclear", ""),
        ("Cde. Khrushchev—So we adopt them. The doubts will be taken into account.", "supports", "So we adopt them."),
        ("Cde. Khrushchev—Then let us adopt it, but not now.", "unclear", ""),
        ("Cde. Suslov—We must explain it correctly. I support.", "supports", "I support."),
        ("Cde. Zhukov—I am for the purchase.", "supports", "I am for the purchase"),
        # an editor's insertions read as words, quoted with his brackets
        ("Cde. Zhukov—[I am] for adopting it.", "supports", "[I am] for adopting"),
        ("Cde. Zhukov—[I] support [it].", "supports", "[I] support [it]"),
        ("Cde. Zhukov—I support [the] draft.", "supports", "I support [the] draft"),
        ("Cde. Zhukov—I [do] not agree with the draft.", "opposes", "I [do] not agree with the draft."),
        ("Cde. Zhukov—[We] support [the draft].", "supports", "[We] support [the draft]"),
        # siding with another, a condition, a purpose other than the proposal: no stance of these words
        ("Cde. Zhukov—Cde. Molotov's proposal—I support.", "unclear", ""),
        ("Cde. Zhukov—I am for the draft as a whole.", "supports", "I am for the draft"),
        ("Cde. Zhukov—I support the publication of the statement.", "supports", "I support the publication"),
        ("Cde. Zhukov—I am for the proposal to postpone the signing.", "unclear", ""),
        # for a course, or a man put forward; not for putting it off
        ("Cde. Zhukov—I am for bringing him to trial.", "supports", "I am for bringing"),
        ("Cde. Zhukov—I am for postponing the question.", "unclear", ""),
        ("Cde. Zhukov—I am for waiting until the plenum.", "unclear", ""),
        ("Cde. Zhukov—I am for putting it off until the plenum.", "unclear", ""),
        ("Cde. Zhukov—I am for revising the draft.", "unclear", ""),
        ("Cde. Zhukov—I support the amendments.", "unclear", ""),
        ("Cde. Zhukov—I support the talks of the Americans.", "unclear", ""),
        ("Cde. Zhukov—I support the draft of the Foreign Ministry.", "supports", "I support the draft"),
        ("Cde. Zhukov—I support the candidacy of Cde. Bulganin.", "supports", "I support the candidacy"),
        ("Cde. Zhukov—I support the decree. It is late already.", "supports", "I support the decree"),
        ("Cde. Zhukov—I am against his candidacy.", "opposes", "I am against"),
        ("Cde. Zhukov—I support publication of the facts, not the purchase.", "unclear", ""),
        (
            "Cde. Zhukov—The General Staff is against announcing it.",
            "opposes",
            "The General Staff is against announcing",
        ),
        # what others are against, a criticism of the document answered, a procedure adopted: no stance
        ("Cde. Suslov—Mao is against publishing the correspondence.", "unclear", ""),
        ("Cde. Suslov—The Chinese letter is harmful.", "unclear", ""),
        ("Cde. Khrushchev—Let us approve the procedure: first the report.", "unclear", ""),
        ("Cde. Khrushchev—We are agreed that the reply cannot go out before the plenum.", "unclear", ""),
        ("Cde. Zhukov—raises the question: who wrote it?", "unclear", ""),
        # for the paper (a message is one) or adopting it, with the amendments or changes it is taken with
        ("Cde. Kosygin—For the message.", "supports", "For the message"),
        (
            "Furts.—for the draft with Cde. Mikoyan's amendment.",
            "supports",
            "for the draft with Cde. Mikoyan's amendment",
        ),
        (
            "Cde. Zhukov—For the draft, subject to Cde. Molotov's remarks.",
            "supports",
            "For the draft, subject to Cde. Molotov's remarks",
        ),
        ("Khr.—Adopt, with the amendment.", "supports", "Adopt, with the amendment."),
        ("Khr.—Adopt with the changes we discussed.", "supports", "Adopt with the changes we discussed."),
        ("Khr.—Adopt, but only after the plenum.", "unclear", ""),
        ("Khr.—Adopt, with the amendments—but only after the plenum.", "unclear", ""),
        ("Khr.—Adopt with the amendments, or reject it altogether.", "unclear", ""),
        ("Cde. Kosygin—For the message not to be sent.", "unclear", ""),
        ("Cde. Kosygin—For the message, but not now.", "unclear", ""),
        ("Cde. Zhukov—For the draft, with the Chinese.", "unclear", ""),
        # a turn told with its degree
        ("Cde. Zhukov—firmly supports the draft.", "supports", "firmly supports the draft"),
        ("Cde. Zhukov—strongly objects to the draft.", "opposes", "strongly objects to the draft"),
        ("Cde. Zhukov—objects to the draft of the Americans.", "unclear", ""),
        # a one-word assent in the past participle, as working records print it
        ("ROMANOV.—Agreed.", "supports", "Agreed"),
        ("Cde. Suslov—Agreed. The Americans will regret it.", "supports", "Agreed"),
        ("Cde. Suslov—Agreed with the Americans on the date.", "unclear", ""),
        # the body's "Agreed." on a line of its own after a report is no stance of the reporter's
        ("Cde. Suslov—reports on the preparations.\nAgreed.", "unclear", ""),
        # a note's marker after the cue's stop
        ("Cde. Suslov—Supports.¹", "supports", "Supports"),
        ("Cde. Suslov—Agree.(2)", "supports", "Agree"),
        ("Cde. Suslov—For the draft.4", "supports", "For the draft"),
        # a proposal to approve what is before the body, its object left out
        ("Cde. Suslov—Without imports we will not manage. I propose to approve.", "supports", "I propose to approve."),
        ("Cde. Suslov—proposed to approve.", "supports", "proposed to approve."),
        ("Cde. Suslov—The Americans propose to approve. We wait.", "unclear", ""),
        ("Cde. Suslov—I do not propose to approve.", "unclear", ""),
        # a note's marker after a quote's stop ends the sentence: the question before it is not the proposal's
        (
            'Cde. Suslov—They ask whether we read "Pravda."(2) We propose to approve the draft.',
            "supports",
            "We propose to approve the draft",
        ),
        # a proposal that the paper itself be accepted, and the chair's ruling that it is
        (
            "Cde. Suslov—I propose that the draft be accepted as a basis.",
            "supports",
            "I propose that the draft be accepted",
        ),
        ("Cde. Suslov—I propose that the draft be accepted, but not before the plenum.", "unclear", ""),
        ("Cde. Suslov—I propose that the draft be returned.", "unclear", ""),
        (
            "Cde. Suslov—Cde. Molotov is right. But the draft is accepted as the basis.",
            "supports",
            "But the draft is accepted as the basis.",
        ),
        ("Cde. Suslov—The draft is accepted by the Americans.", "unclear", ""),
        (
            "Cde. Suslov—In the Gosplan the draft was examined. It is accepted. But I am against it.",
            "opposes",
            "I am against",
        ),
        # the departments or the commission that prepared the paper, supported as a whole
        ("Cde. Kirilenko—I support the departments.", "supports", "I support the departments"),
        ("Cde. Kirilenko—I support the commission; the question is ripe.", "supports", "I support the commission"),
        ("Cde. Kirilenko—I support the departments in their view that we should wait.", "unclear", ""),
        ("Cde. Kirilenko—I support the department's request for more staff.", "unclear", ""),
        # minutes that tell a man found the department's papers right, or supported its conclusions
        (
            "Cde. Suslov—considered the proposals of the Department to be correct and timely.",
            "supports",
            "considered the proposals of the Department to be correct",
        ),
        ("Cde. Suslov—considered the proposals of Cde. Zhukov to be correct.", "unclear", ""),
        ("Cde. Suslov—considered the draft to be correct only in part.", "unclear", ""),
        ("Cde. Suslov—supported the conclusions and the draft resolution.", "supports", "supported the conclusions"),
        # a note taker's "speaks in support", with nothing after it
        (
            "Cde. Suslov—speaks in support; proposes to stress that the treaty threatens no one.",
            "supports",
            "speaks in support",
        ),
        ("Cde. Suslov—spoke in favour, but only after the congress.", "unclear", ""),
        ("Cde. Suslov—spoke in support of Cde. Tito.", "unclear", ""),
        # "we should agree", to what is before the body
        ("Cde. Suslov—We should agree. The conference is a step.", "supports", "We should agree"),
        ("Cde. Suslov—I think we can agree to this.", "supports", "I think we can agree to this"),
        ("Cde. Suslov—We should agree on the date first.", "unclear", ""),
        ("Cde. Suslov—If they insist, we should agree.", "unclear", ""),
        ("Cde. Suslov—We can agree to this only if the Americans withdraw their bases.", "unclear", ""),
        ("Cde. Suslov—We can agree to it in principle, but the text must be rewritten.", "unclear", ""),
        ("Cde. Suslov—There are two drafts. We must agree. Let the commission decide which.", "unclear", ""),
        # the rapporteur who presents the body's paper speaks for it, unless he says otherwise
        ("Cde. Suslov—reports the draft.", "supports", "reports the draft"),
        ("Cde. Suslov—justified the submission.", "supports", "justified the submission"),
        ("Cde. Suslov—presented the draft of the Americans.", "unclear", ""),
        ("Cde. Suslov—reports the draft. I am against point 3 of it.", "opposes", "I am against"),
        ("Cde. Suslov—reported on the situation in Berlin.", "unclear", ""),
        ("Cde. Suslov—presented the proposals made by the Americans in London. They are unacceptable.", "unclear", ""),
        ("Cde. Suslov—explained the text which the three powers had handed over.", "unclear", ""),
        # ... and so does his ministry's request
        (
            "Cde. Suslov—The ministry has examined the draft; we ask that it be approved.",
            "supports",
            "we ask that it be approved",
        ),
        # ... not another's request he quotes
        (
            "Cde. Suslov—The Poles write in their letter: we ask that the proposal be approved. I am against.",
            "opposes",
            "I am against",
        ),
    ],
)
def test_direct_cues(facts_of, turn, stance, cue):
    assert _stance(facts_of, turn) == (stance, cue)


def test_stances_by_reference(facts_of):
    body = (
        "Cde. Mikoyan—overall it should be adopted.\n"
        "Cde. Molotov—I vehemently object.\n"
        "Cde. Bulganin—I support Cde. Mikoyan.\n"
        "Cde. Suslov—Cde. Molotov is incorrect.\n"
        "Cde. Zhukov—Cde. Mikoyan is wrong.\n"
        "Cde. Kaganovich—Cde. Molotov's statements are correct.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("mikoyan", "supports"),
        ("molotov", "opposes"),
        ("bulganin", "supports"),  # siding with a supporter
        ("suslov", "supports"),  # calling an opponent wrong
        ("zhukov", "opposes"),  # calling a supporter wrong
        ("kaganovich", "opposes"),  # siding with an opponent
    ]


def test_a_turn_that_affirms_the_one_before(facts_of):
    """ "Correct." at a turn's head affirms the turn before it: support where that speaker supports the item; no
    stance where he objected (it may answer the proposal), asked, or where no one spoke before."""
    assert _stances(facts_of, "Cde. Mikoyan—overall it should be adopted.\nCde. Zhukov—Correct. It is overdue.\n")[1][
        :2
    ] == ("zhukov", "supports")
    assert _stances(facts_of, "Cde. Molotov—I vehemently object.\nCde. Zhukov—Correct. It is overdue.\n")[1][:2] == (
        "zhukov",
        "unclear",
    )
    assert _stances(facts_of, "Cde. Mikoyan—Is it overdue?\nCde. Zhukov—Correct. It is overdue.\n")[1][:2] == (
        "zhukov",
        "unclear",
    )


def test_a_but_between_cues_is_unclear(facts_of):
    body = (
        "Cde. Molotov—I vehemently object.\n"
        "Cde. Zhukov—Cde. Molotov's statements are fundamentally correct. But in this case it's impossible to adopt.\n"
    )
    assert _stances(facts_of, body)[1][:2] == ("zhukov", "unclear")


def test_criticising_people_who_disagree_decides_nothing(facts_of):
    body = (
        "Cde. Mikoyan—overall it should be adopted.\n"
        "Cde. Molotov—I vehemently object.\n"
        "Cde. Zhukov—Cdes. Molotov and Mikoyan are incorrect.\n"
    )
    assert _stances(facts_of, body)[2][:2] == ("zhukov", "unclear")


def test_agreeing_with_the_proposals_of_a_man_takes_his_stance(facts_of):
    body = "Cde. Molotov—Against.\nCde. Kaganovich—Agree with the proposals of Molotov.\n"
    assert _stances(facts_of, body)[1][:2] == ("kaganovich", "opposes")


def test_sharing_a_man_s_opinion_takes_his_stance_but_sharing_his_concern_does_not(facts_of):
    body = "Cde. Molotov—Against.\nCde. Kaganovich—I share Cde. Molotov's opinion.\n"
    assert _stances(facts_of, body)[1][:2] == ("kaganovich", "opposes")
    body = "Cde. Molotov—Against.\nCde. Kaganovich—I share Cde. Molotov's concern. Manoeuvres—yes, but quietly.\n"
    assert _stances(facts_of, body)[1][:2] == ("kaganovich", "unclear")


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Suslov—I cannot agree to the figure of 48,000 tons.", "opposes", "I cannot agree to"),
        ("Cde. Suslov—I would not agree to the side table.", "opposes", "I would not agree to"),
        (
            "Cde. Suslov—The Ministry of Finance cannot agree with articles 17 and 19.",
            "opposes",
            "Ministry of Finance cannot agree with",
        ),
        ("Cde. Suslov—He did not agree with the tempo proposed.", "opposes", "He did not agree with"),
        # not a past story, nor disagreeing with people, with doubts, or with putting the item off
        ("Cde. Suslov—We did not agree to the second and the third.", "unclear", ""),
        ("Cde. Suslov—I cannot agree with the Chinese comrades.", "unclear", ""),
        ("Cde. Suslov—I cannot agree with those who want to wait.", "unclear", ""),
        ("Cde. Suslov—I cannot agree with the objections to the draft.", "unclear", ""),
        ("Cde. Suslov—I do not agree with postponing it.", "unclear", ""),
        ("Cde. Suslov—I cannot agree that the draft is bad.", "unclear", ""),
        # a told refusal is another's where the turn has named him
        ("Cde. Suslov—Cde. Molotov spoke. He did not agree with the tempo proposed.", "unclear", ""),
    ],
)
def test_refusing_to_agree_to_what_is_before_the_body_opposes_it(facts_of, turn, stance, cue):
    assert _stance(facts_of, turn) == (stance, cue)


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        (
            "Cde. Suslov: The Bulgarian delegation supports the draft in full.",
            "supports",
            "The Bulgarian delegation supports the draft",
        ),
        (
            "Cde. Suslov: The delegation of the SED and the GDR fully supports the draft.",
            "supports",
            "The delegation of the SED and the GDR fully supports the draft",
        ),
        ("Cde. Suslov: The government supports the proposal.", "supports", "The government supports the proposal"),
        ("Cde. Suslov: The SED supports the draft Declaration.", "supports", "The SED supports the draft"),
        ("Cde. Suslov: We agree with the draft and with the assessment.", "supports", "We agree with the draft"),
        ("Cde. Suslov: We agree with the draft, but not with its section on Berlin.", "unclear", ""),
        (
            "Cde. Suslov stated that the Czechoslovak delegation agrees with the draft.",
            "supports",
            "stated that the Czechoslovak delegation agrees with the draft",
        ),
        (
            "Cde. Suslov: The delegation of the Romanian Communist Party cannot agree to approve the draft today.",
            "opposes",
            "The delegation of the Romanian Communist Party cannot agree to",
        ),
        # not another delegation's paper, nor the body's decision told
        ("Cde. Suslov: The Polish delegation supports the proposal of Cde. Gomulka.", "unclear", ""),
    ],
)
def test_a_speaker_for_his_delegation_or_government(facts_of, turn, stance, cue):
    assert _stance(facts_of, turn) == (stance, cue)


def test_supporting_a_man_s_statement_takes_his_stance(facts_of):
    body = "Cde. Molotov—Against.\nCde. Kaganovich supported the statement of Cde. Molotov.\n"
    assert _stances(facts_of, body)[1][:2] == ("kaganovich", "opposes")


@pytest.mark.parametrize(
    ("turn", "stance"),
    [
        # a refusal of what the other side asks is a weaker word than the speaker's stance on the item itself
        ("Cde. Suslov—The draft directives are good. We cannot agree to on-site inspections.", "supports"),
        ("Cde. Suslov—I cannot agree with the critics of the draft. It is a good document.", "supports"),
        ("Cde. Suslov—I do not agree with some comrades who say the draft is too sharp.", "unclear"),
        ("Cde. Suslov—I do not fully agree with the draft, but I will vote for it.", "unclear"),
        ("Cde. Suslov—The Yugoslavs say that we would not agree to an independent line. That is a lie.", "unclear"),
        # another country's delegation or government is not the speaker's, nor is another's proposal to put it off
        ("Cde. Suslov—The Chinese delegation could not agree to the final communique.", "unclear"),
        ("Cde. Suslov—The American government supports the draft treaty, but the Senate is against.", "unclear"),
        ("Cde. Suslov—stated that the American government supports the plan.", "unclear"),
        (
            "Cde. Suslov—Our government supports the proposal of the Romanian comrades to postpone the decision.",
            "unclear",
        ),
        ("Cde. Suslov—Our delegation cannot agree to the draft in this form.", "opposes"),
        # a delegation named by its country, the speaker's unless an adversary's
        ("Cde. Suslov—The Romanian delegation cannot agree to an increase in military expenditure.", "opposes"),
        ("Cde. Suslov—The American delegation cannot agree to an increase in military expenditure.", "unclear"),
        ("Cde. Suslov—We support. The position of Comrade Ceausescu is incomprehensible.", "supports"),
        ("Cde. Suslov—We support, but only if it is amended.", "unclear"),
        # a ministry or the government the speaker speaks for, in a sentence of its own
        ("Cde. Suslov—The Ministry of Finance agrees. The currency will be covered.", "supports"),
        ("Cde. Suslov—The Council of Ministers of the RSFSR is in favor.", "supports"),
        ("Cde. Suslov—The Ministry of Finance agrees that the prices are too high.", "unclear"),
        ("Cde. Suslov—The Ministry for Foreign Affairs agrees, but only after the talks.", "unclear"),
    ],
)
def test_what_a_refusal_or_a_government_s_support_does_not_say(facts_of, turn, stance):
    assert _stance(facts_of, turn)[0] == stance


def test_another_s_words_to_come_are_no_stance_and_a_refusal_parted_by_an_aside_no_task(facts_of):
    assert _stance(facts_of, "Cde. Suslov—Adenauer will say: I consider the compromise acceptable.") == ("unclear", "")
    tasks, _ = _tasks(
        facts_of, "Cde. Suslov—We cannot, however, instruct Cde. Zhukov to go. Instruct Cde. Molotov to go.\n"
    )
    assert tasks == [("molotov", "go")]


@pytest.mark.parametrize(
    ("turn", "stance"),
    [
        ("Cde. Suslov—We agree with the draft, however the passage must be deleted.", "unclear"),
        ("Cde. Suslov—We agree with the text in part.", "unclear"),
        ("Cde. Suslov—We agree with the draft as a basis for further work; we cannot sign it.", "unclear"),
        ("Cde. Suslov—The SPD supports the proposal. The CDU is against it.", "unclear"),
        ("Cde. Suslov—The CPSU supports the proposal only in words. We must wait.", "unclear"),
        ("Cde. Suslov—I will say: I support the draft directives.", "supports"),
        ("Cde. Suslov—The Ministries say that the draft is feasible, and I support the draft.", "supports"),
    ],
)
def test_what_support_spoken_for_others_or_with_a_reservation_says(facts_of, turn, stance):
    assert _stance(facts_of, turn)[0] == stance


def test_a_speaker_s_is_to_is_no_task_a_man_charged_after_it_is_bound_by(facts_of):
    """ "The task is to isolate ..." says what should be: the man under it speaks, he is not charged, on his own line
    or run on in a flattened copy; a refusal needs its auxiliary ("or not, in any case, instruct" is a task)."""
    body = "Cde. Suslov—The strikes go on. The task\nis to isolate the councils.\nCde. Zhukov—send party workers to help.\n"
    [s] = facts_of(HEAD + body).sessions
    assert [t.person.id for t in s.turns] == ["suslov", "zhukov"] and s.assignments == []
    body = "Cde. Mikoyan—The task is to win over opinion. Cde. Zhukov—send it anyway; it is propaganda.\n"
    [s] = facts_of(HEAD + body).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan", "zhukov"] and s.assignments == []
    tasks, _ = _tasks(
        facts_of, "Whether Tito agrees or not, in any case, instruct Cde. Suslov to prepare a statement.\n"
    )
    assert tasks == [("suslov", "prepare a statement")]


def test_doubts_are_the_speaker_s_own_only_where_no_one_else_has_them(facts_of):
    assert _stance(facts_of, "Cde. Suslov—I have a doubt: should we not wait?") == ("opposes", "I have a doubt")
    assert _stance(facts_of, "Cde. Suslov—has doubts about the timing.") == ("opposes", "has doubts")
    assert _stance(facts_of, "Cde. Suslov—Cde. Molotov always has doubts about anything new.") == ("unclear", "")


def _tasks(facts_of, body: str):
    [s] = facts_of(HEAD + body).sessions
    return [(a.person.id if a.person else a.organisation, a.task) for a in s.assignments], [d.text for d in s.decisions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cde. Bulg. is to negotiate with Cde. Dej.", [("bulganin", "negotiate with Cde. Dej")]),
        # a note's marker after a name: "(2)", "[2]", "**"
        (
            "Cdes. Mikoyan(2), Suslov[3] and Zhukov** are to transmit our changes.",
            [
                ("mikoyan", "transmit our changes"),
                ("suslov", "transmit our changes"),
                ("zhukov", "transmit our changes"),
            ],
        ),
        (
            "Cdes. Mikoyan, Suslov, and Zhukov are to transmit our changes.",
            [
                ("mikoyan", "transmit our changes"),
                ("suslov", "transmit our changes"),
                ("zhukov", "transmit our changes"),
            ],
        ),
        ("Cde. Kaganovich is to be sent to Sverdlovsk.", [("kaganovich", "be sent to Sverdlovsk")]),
        (
            "Instruct Comrades Zhukov and Bulganin to prepare the order.",
            [("zhukov", "prepare the order"), ("bulganin", "prepare the order")],
        ),
        ("Cde. Suslov must consider the question of cadres.", [("suslov", "consider the question of cadres")]),
        # an aside on what to take into account before the task
        (
            "Instruct Cdes. Mikoyan and Suslov, taking into account the exchange of opinions, to finalize the draft.",
            [("mikoyan", "finalize the draft"), ("suslov", "finalize the draft")],
        ),
        # an instruction not to do something is a task too
        (
            "Instruct Cde. Suslov not to conclude any agreements until the CC decides.",
            [("suslov", "not to conclude any agreements until the CC decides")],
        ),
        # those named to do it with him, after what they are to make
        (
            "Cde. Suslov is to prepare the final text together with Cdes. Zhukov and Molotov.",
            [
                ("suslov", "prepare the final text together with Cdes. Zhukov and Molotov"),
                ("zhukov", "prepare the final text together with Cdes. Zhukov and Molotov"),
                ("molotov", "prepare the final text together with Cdes. Zhukov and Molotov"),
            ],
        ),
        # a place that is a task: talks with a delegation, the head of a work, a delegation's head who is also to
        # prepare something
        (
            "Cde. Suslov is to lead the talks with the Polish delegation.",
            [("suslov", "lead the talks with the Polish delegation")],
        ),
        (
            "Cdes. Mikoyan and Suslov are to be at the head of the work on the festival.",
            [
                ("mikoyan", "be at the head of the work on the festival"),
                ("suslov", "be at the head of the work on the festival"),
            ],
        ),
        # an event gone by is no partner's task
        (
            "Cde. Suslov is to study the results of the talks held together with Cde. Zhukov.",
            [("suslov", "study the results of the talks held together with Cde. Zhukov")],
        ),
        # ... but the other side of talks is no partner in the task
        (
            "Cde. Suslov is to settle the question together with Cde. Ulbricht.",
            [("suslov", "settle the question together with Cde. Ulbricht")],
        ),
        # men charged under a task with what they are to do: two men speak no turn together
        (
            "Cde. Suslov is to receive the ambassador.\nCdes. Molotov and Zhukov—continue the airlift; report on the fuel."
            "\nCde. Kaganovich—an article in Pravda.",
            [
                ("suslov", "receive the ambassador"),
                ("molotov", "continue the airlift"),
                ("zhukov", "continue the airlift"),
                ("kaganovich", "an article in Pravda"),
            ],
        ),
        # ... after a semicolon, and with a note's marker after the stop
        (
            "Cde. Suslov is to receive the ambassador; Cde. Kaganovich—the trucks.(4)",
            [("suslov", "receive the ambassador"), ("kaganovich", "the trucks")],
        ),
        (
            "Cde. Suslov is to receive the ambassador. Cde. Kaganovich—the trucks.²",
            [("suslov", "receive the ambassador"), ("kaganovich", "the trucks")],
        ),
        # instructions given him with what they say
        (
            "Confirm the instructions to Cde. Suslov: insist on the withdrawal of all Belgian personnel.",
            [("suslov", "insist on the withdrawal of all Belgian personnel")],
        ),
        # a mission: sending a man somewhere, and a mandate to act
        ("Send Cde. Suslov to Budapest for two weeks.", [("suslov", "to Budapest for two weeks")]),
        (
            "4. Send Cde. Zhukov to the GDR as the representative of the CC.",
            [("zhukov", "to the GDR as the representative of the CC")],
        ),
        ("Authorize Cde. Mikoyan to sign the agreement.", [("mikoyan", "sign the agreement")]),
        (
            "Prepare a reply to the Poles.\nTo Cdes. Mikoyan and Suslov.",
            [("mikoyan", "Prepare a reply to the Poles"), ("suslov", "Prepare a reply to the Poles")],
        ),
        (
            "Instructions to: The Foreign Ministry, the KGB, and On the visit.",
            [("Foreign Ministry", "On the visit"), ("KGB", "On the visit")],
        ),
        # a summing up told in the passive: "Cde. X is asked to ..."
        (
            "Cde. Suslov is asked to keep the theatre under his attention.",
            [("suslov", "keep the theatre under his attention")],
        ),
    ],
)
def test_assignment_phrasings(facts_of, text, expected):
    assert _tasks(facts_of, text + "\n")[0] == expected


def test_the_chairs_summing_up_gives_tasks_that_anothers_words_do_not(facts_of):
    """The chair's "I ask Cdes. A and B to ...", "Let Cde. X talk with ...", "Cde. X will prepare ..." give tasks; the
    same words in another's turn do not, nor does the floor the chair gives ("Let Cde. X report.", "I ask Cde. X to
    report, and then ...", "Andrei Andreevich will inform us.")."""
    head = (
        "Working record of the session of the Politburo of the CC CPSU, 4 October 1979\n\nCde. L. I. BREZHNEV "
        "presiding.\n\nPresent: Cdes. Yu. V. Andropov, A. A. Gromyko, M. A. Suslov, B. N. Ponomarev.\n\n"
    )
    summing_up = (
        "I ask Cdes. Gromyko and Andropov to follow the situation closely. Let Cde. Suslov talk with the Polish "
        "friends. Andrei Andreevich and Cde. Ponomarev will prepare the draft of a letter.\n"
    )
    [s] = facts_of(head + "BREZHNEV. " + summing_up).sessions
    assert sorted(a.person.id for a in s.assignments) == ["andropov", "gromyko", "gromyko", "ponomarev", "suslov"]
    [s] = facts_of(head + "SUSLOV. " + summing_up.replace("Cde. Suslov", "Cde. Brezhnev")).sessions
    assert s.assignments == []
    [s] = facts_of(
        head + "BREZHNEV. Let Cde. Gromyko report. I ask Cde. Andropov to report, and then we decide. Andrei "
        "Andreevich will inform us.\n"
    ).sessions
    assert s.assignments == []
    # ... but a report to another body, or at a later session, is a task
    [s] = facts_of(head + "BREZHNEV. Let Cde. Gromyko report on the talks to the Central Committee.\n").sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("gromyko", "report on the talks to the Central Committee")
    ]
    # (not where those words are another clause's, or what he said to another body)
    for floor in (
        "Let Cde. Gromyko report on his trip, and at the next session we will decide.",
        "Let Cde. Gromyko report first, at the next session we shall hear Cde. Andropov.",
        "Let Cde. Gromyko report on what he said to the Politburo of the PZPR.",
    ):
        [s] = facts_of(head + "BREZHNEV. " + floor + "\n").sessions
        assert s.assignments == [], floor


@pytest.mark.parametrize(
    "text",
    [
        "(The report of Cde. Serov is read aloud.)",
        "Recall Cdes. Zhukov and Bulganin to Moscow.",
        # instructions sent to a man are no mission of his; a task refused is none
        "Send Cde. Zhukov instructions to bring the forces to full readiness.",
        # (the second review: a question, a rest, a post, a refusal, a reference, a place not his task)
        "Cde. Mikoyan—Send Cde. Suslov to Budapest? No, not now.",
        "Send Cde. Suslov to Barvikha for treatment.",
        "Send Cde. Suslov to Mongolia as ambassador.",
        "Cde. Mikoyan—Nobody will authorize Cde. Gromyko to make concessions.",
        "Cde. Mikoyan—Authorize Cde. Zhukov to open fire?",
        "Confirm the instructions to Cde. Zhukov: see the appendix.",
        "Cde. Mikoyan—We cannot instruct Cde. Suslov, taking into account the situation, to go to Bonn.",
        "Cde. Mikoyan—We can't authorize Cde. Suslov to sign it.",
        "Cde. Mikoyan—Comrades Zhukov and Bulganin had a useful meeting.",
        # a man's place in a delegation is a decision about him, as recalling him is
        "Approve the proposal. Cde. N. S. Khrushchev is to head the Soviet delegation; Cdes. Gromyko and Zhukov are to "
        "be its members.",
        "Cde. Khrushchev is to head the CPSU delegation to the congress.",
        "Cde. Kaganovich—Cdes. Mikoyan and Suslov should be at the head.",
        # the floor given in the passive
        "Cde. Gromyko is asked to speak.",
        "Cde. Gromyko is asked to leave the room for this item.",
    ],
)
def test_not_assignments(facts_of, text):
    assert _tasks(facts_of, text + "\n")[0] == []


def test_decisions_of_an_item(facts_of):
    body = "II. On the telegram (Zhukov, Bulganin) Affirm as an unfortunate event.(9)\nIII. On Bucharest\n(Khr., Mik.) It's not advisable.\nRecall Cdes. Zhukov and Bulganin to Moscow.\n"
    assert _tasks(facts_of, body)[1] == [
        "Affirm as an unfortunate event",
        "It's not advisable",
        "Recall Cdes. Zhukov and Bulganin to Moscow",
    ]


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Suslov—In favor.", "supports", "In favor."),
        ("Cde. Suslov—Support the draft.", "supports", "Support the draft"),
        ("Cde. Suslov—I fully support the draft.", "supports", "I fully support the draft"),
        ("Cde. Suslov—I do not object.", "supports", "I do not object"),
        ("Cde. Suslov—No objections.", "supports", "No objections"),
        ("Cde. Suslov—I vote for the proposal.", "supports", "I vote for"),
        ("Cde. Molotov—Against.", "opposes", "Against."),
        ("Cde. Molotov—I don't agree.", "opposes", "I don't agree."),
        ("Cde. Molotov—The draft is not correct.", "opposes", "The draft is not correct"),
        ("Cde. Molotov—It cannot be adopted in this form.", "opposes", "It cannot be adopted"),
        ("Cde. Molotov—We must not adopt this text.", "opposes", "We must not adopt"),
        ("Cde. Molotov—the text must be reworked.", "opposes", "must be reworked"),
        ("Cde. Molotov—It will be better to postpone it.", "opposes", "better to postpone"),
        ("Cde. Molotov—In this form I cannot vote for it.", "opposes", "I cannot vote for it"),
        (
            "Cde. Molotov—I do not agree with such a broad approach.",
            "opposes",
            "I do not agree with such a broad approach",
        ),
        ("Cde. Suslov—I consider the compromise acceptable.", "supports", "I consider the compromise acceptable"),
        ("Cde. Suslov—It is acceptable to the General Staff. We can accept it.", "supports", "We can accept it."),
        (
            "Cde. Suslov—The proposal of the Ministry of Foreign Affairs is correct.",
            "supports",
            "The proposal of the Ministry of Foreign Affairs is correct",
        ),
        ("Cde. Zhukov—We can accept it, but only after the talks.", "unclear", ""),
        (
            "Cde. Zhukov—I cannot vote for it without the amendments; with them I support it.",
            "supports",
            "I support it",
        ),
        # words that look like cues but are not the speaker's stance on the proposal
        ("Cde. Zhukov—I agree that the situation is difficult.", "unclear", ""),
        ("Cde. Zhukov—No one is against the draft.", "unclear", ""),
        ("Cde. Zhukov—Who says the draft should not be adopted?", "unclear", ""),
        ("Cde. Zhukov—Some say it should be adopted; I am not convinced.", "unclear", ""),
        ("Cde. Zhukov—If the draft is correct, why hurry?", "unclear", ""),
        ("Cde. Zhukov—I cannot vote for Cde. Mikoyan.", "unclear", ""),
        ("Cde. Zhukov—I do not speak against the proposal, I only ask for a commission.", "unclear", ""),
        ("Cde. Zhukov—This is not a good draft.", "unclear", ""),
        # a condition's main clause is his own: he says on what terms he stands where
        (
            "Cde. Shelest—If the letter stays unilateral, then I withdraw my objection.",
            "supports",
            "I withdraw my objection",
        ),
        ("Cde. Shelest—If it is signed now, then I am against.", "opposes", "I am against"),
        # (not a hypothesis about the draft, nor a condition inside another's words or a question)
        ("Cde. Shelest—If Cde. Mikoyan is right, then the draft is wrong.", "unclear", ""),
        ("Cde. Shelest—Some say that if we wait, then I am against the Poles. That is untrue.", "unclear", ""),
        ("Cde. Shelest—I do not know whether, if they insist, then we should support the draft.", "unclear", ""),
        # a negation that adds to the cue does not take it back
        ("Cde. Shelest—I am not only against the draft, but against the whole line.", "opposes", "against the draft"),
        ("Cde. Shelest—I am for the plan's withdrawal.", "unclear", ""),
        ("Cde. Shelest—I am for the textile industry getting the credits.", "unclear", ""),
        ("Cde. Shelest—I will never support this draft.", "unclear", ""),
        ("Cde. Shelest—I will certainly support the draft.", "supports", "I will certainly support the draft"),
        ("Cde. Shelest—I am for the agreement. The miners must see it at once.", "supports", "I am for the agreement"),
        (
            "Cde. Khrushchev—Let us approve the agreement signed in Kuzbass and act on it.",
            "supports",
            "Let us approve the agreement signed",
        ),
        ("Cde. Khrushchev—Let us approve the agreement signed in Kuzbass, but not now.", "unclear", ""),
        # minutes' "withdrew his objection", with no subject before it in its clause
        (
            "Cde. Ponomarev at first expressed doubts, but, after the explanation, withdrew his objection.",
            "supports",
            "but, after the explanation, withdrew his objection",
        ),
        # (not another's, whom the clause before names: "... reported that Rácz withdrew his objection")
        ("Cde. Ponomarev reported that the council and Rácz withdrew his objection.", "unclear", ""),
    ],
)
def test_terse_negated_and_unasserted_cues(facts_of, turn, stance, cue):
    assert _stance(facts_of, turn) == (stance, cue)


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        # a note taker's shorthand, with no "I": "Agrees.", "Support.", "For the draft."
        ("Cde. Suslov—Agrees. Announce it through TASS.", "supports", "Agrees"),
        ("Cde. Suslov—In the main — agree. Transport must stay whole.", "supports", "In the main — agree"),
        ("Cde. Suslov—For the draft. Nine regions are enough.", "supports", "For the draft"),
        (
            "Cde. Suslov—Supports the proposal for a meeting of the heads of government.",
            "supports",
            "Supports the proposal",
        ),
        ("Cde. Suslov—Approve the draft with the amendments.", "supports", "Approve the draft"),
        ("Cde. Suslov—Affirm the note, with the amendments.", "supports", "Affirm the note"),
        (
            "Cde. Suslov—Approve the work of the delegation. The credits can wait.",
            "supports",
            "Approve the work of the delegation",
        ),
        (
            "Cde. Suslov—Approve the work of the commission, but the draft must be reworked.",
            "opposes",
            "must be reworked",
        ),
        ("Cde. Suslov—Approve the work of the delegation later, after the plenum.", "unclear", ""),
        ("Cde. Suslov—Approve the work of Tito.", "unclear", ""),
        ("Cde. Suslov—For the proposal; the deadline is too short. I propose to wait.", "unclear", ""),
        ("Cde. Suslov—For the proposals; but the ships must wait.", "unclear", ""),
        ("Cde. Suslov—I support [it]. Gosplan must be given rights.", "supports", "I support [it]"),
        # minutes in the third person, and a speaker for his ministry
        ("Cde. Suslov—supported the proposal, with one amendment.", "supports", "supported the proposal"),
        ("Cde. Suslov—spoke in favour of the draft.", "supports", "spoke in favour of the draft"),
        ("Cde. Suslov—supported the directive.", "supports", "supported the directive"),
        ("Cde. Suslov—The assessment is correct. I support approval.", "supports", "I support approval"),
        ("Cde. Khrushchev—So, the draft is supported, with remarks.", "supports", "So, the draft is supported"),
        # the chair's summing-up, not a told record's decision in a turn's line
        ("Cde. Khrushchev—The draft is supported by the Americans.", "unclear", ""),
        ("Cde. Khrushchev—proposes an amendment. The draft is approved with it.", "unclear", ""),
        (
            "Cde. Suslov—summing up, stated that the Presidium supported the directive.",
            "supports",
            "stated that the Presidium supported the directive",
        ),
        ("Cde. Suslov—stated that the CPSU Politburo supported the directive.", "unclear", ""),
        ("Cde. Suslov—spoke in favour of postponing it.", "unclear", ""),
        ("Cde. Suslov—spoke in favour of the proposal to postpone the decision.", "unclear", ""),
        ("Cde. Suslov—spoke in favour of sending the directive back to the commission.", "unclear", ""),
        ("Cde. Suslov—spoke in favour of deleting point 7 of the directive.", "unclear", ""),
        ("Cde. Suslov—spoke for this reason against any haste.", "unclear", ""),
        # round 63: the departments' proposals are the item's; publication a deed spoken against, a thing opposed
        (
            "Cde. Suslov—spoke in favour of the proposals of the Departments.",
            "supports",
            "spoke in favour of the proposals",
        ),
        ("Cde. Suslov—spoke in favour of the proposals of Cde. Kirilenko.", "unclear", ""),
        ("Cde. Suslov—opposed the draft of the appeal.", "opposes", "opposed the draft"),
        ("Cde. Suslov—opposed the proposal of Comrade Kádár.", "unclear", ""),
        # (what he opposes may be another thing than the item's proposal, or its postponement: no stance read)
        ("Cde. Suslov—spoke against withdrawal of the draft.", "unclear", ""),
        ("Cde. Suslov—opposed the proposal to postpone the publication.", "unclear", ""),
        ("Cde. Suslov—opposed the cancellation of the visit.", "unclear", ""),
        # (from the second review) a "not" later in his reasons leaves his opposition
        (
            "Cde. Suslov—opposed the draft because it does not protect the workers.",
            "opposes",
            "opposed the draft",
        ),
        (
            "Cde. Suslov—opposed the opposition's demands. He supported the proposal.",
            "supports",
            "He supported the proposal",
        ),
        (
            "Cde. Suslov—The Ministry of Defense supports the agreement.",
            "supports",
            "The Ministry of Defense supports the agreement",
        ),
        ("Cde. Suslov—Gosplan has no objections to the draft.", "supports", "Gosplan has no objections to the draft"),
        # Malin's "no objections" and "we can agree", as round 50's notes put them; not others' objections, nor an
        # agreement on terms
        (
            "Cde. Zhukov—From the military point of view there are no objections.",
            "supports",
            "From the military point of view there are no objections.",
        ),
        ("Cde. Zhukov—There are no objections from the Americans.", "unclear", ""),
        (
            "Cde. Khrushchev—We can agree to the subcommittee. It costs us nothing.",
            "supports",
            "We can agree to the subcommittee.",
        ),
        ("Cde. Khrushchev—We can agree only if they withdraw.", "unclear", ""),
        ("Cde. Khrushchev—We can agree to it, but not now.", "unclear", ""),
        ("Cde. Khrushchev—Can we agree to this?", "unclear", ""),
        # (what he can agree to may be nothing, or another course; a "but" after a semicolon is still his)
        ("Cde. Malinovsky—We can agree to nothing of the kind.", "unclear", ""),
        ("Cde. Malinovsky—We can agree to reject it.", "unclear", ""),
        ("Cde. Malinovsky—We can agree to the subcommittee; but on inspection we must not yield.", "unclear", ""),
        # (others' objections, or none "in principle, but ...", are no stance of his)
        ("Cde. Kuznetsov—Rusk told Cde. Gromyko that there are no objections in Washington.", "unclear", ""),
        ("Cde. Kuznetsov—From the Hungarian comrades there are no objections.", "unclear", ""),
        ("Cde. Kuznetsov—There are no objections in principle, but inspection must be settled.", "unclear", ""),
        ("Cde. Kuznetsov—There are no objections to the draft.", "supports", "There are no objections to the draft."),
        ("Cde. Kuznetsov—On my part there are no objections.", "supports", "On my part there are no objections."),
        ("Cde. Suslov—We cannot accept the draft in this form.", "opposes", "We cannot accept the draft in this form."),
        (
            "Cde. Suslov—The International Department supports the proposals.",
            "supports",
            "The International Department supports the proposals",
        ),
        ("Cde. Khrushchev—So, comrades, we agree.", "supports", "So, comrades, we agree."),
        ("Cde. Khrushchev—So, we agree: the letter goes out today.", "supports", "So, we agree:"),
        ("Cde. Khrushchev—With the Americans we agree on the principle of control posts.", "unclear", ""),
        ("Cde. Khrushchev—So, we agree: we return the draft to the commission.", "unclear", ""),
        ("Cde. Suslov—in the republic we will support this wholeheartedly.", "supports", "we will support this"),
        ("Cde. Suslov—the proposal is politically correct.", "supports", "the proposal is politically correct"),
        ("Cde. Suslov—The work of the delegation should be approved.", "supports", "should be approved"),
        ("Cde. Suslov—It's the right step.", "supports", "It's the right step"),
        ("Cde. Suslov—The question has been put correctly.", "supports", "The question has been put correctly"),
        ("Cde. Molotov—speaks against publishing the letter now.", "opposes", "speaks against publishing"),
        ("Cde. Molotov—did not support the proposal in its present form.", "opposes", "did not support the proposal"),
        (
            "Cde. Molotov—In its present form he could not support the draft.",
            "opposes",
            "In its present form he could not support the draft",
        ),
        (
            "Cde. Molotov—said that in its present form he could not support the draft.",
            "opposes",
            "said that in its present form he could not support the draft",
        ),
        (
            "Cde. Molotov—said he could not support the draft in its present form.",
            "opposes",
            "said he could not support the draft",
        ),
        (
            "Cde. Molotov—In its present form I could not support the draft.",
            "opposes",
            "I could not support the draft.",
        ),
        # a deed the body decides on, but not another party's
        (
            "Cde. Molotov—I would not agree to the conference now.",
            "opposes",
            "I would not agree to the conference now.",
        ),
        ("Cde. Molotov—I cannot agree to the talks of the Americans.", "unclear", ""),
        ("Cde. Molotov—I cannot agree to the amendment.", "unclear", ""),
        ("Cde. Molotov—I would not agree to the meeting being postponed.", "unclear", ""),
        (
            "Cde. Molotov—I would not agree with the proposal in this form.",
            "opposes",
            "I would not agree with the proposal in this form.",
        ),
        (
            "Cde. Molotov—I cannot agree with this section of the communiqué.",
            "opposes",
            "I cannot agree with this section of the communiqué.",
        ),
        ("Cde. Molotov—I am not ready to agree; study it in a commission.", "opposes", "I am not ready to agree"),
        ("Cde. Molotov—I would not hurry with this.", "opposes", "I would not hurry"),
        ("Cde. Molotov—I remain of my opinion.", "opposes", "I remain of my opinion"),
        ("Cde. Molotov—Premature. Take a few regions as an experiment.", "opposes", "Premature"),
        ("Cde. Molotov—I propose to send the draft back for revision.", "opposes", "send the draft back"),
        ("Cde. Suslov—agreed with the draft and proposed two amendments.", "supports", "agreed with the draft"),
        (
            "Cde. Molotov—The Chinese delegation could not associate itself with the assessment in the draft.",
            "opposes",
            "The Chinese delegation could not associate itself with",
        ),
        (
            "Cde. Suslov—said that the Polish delegation fully agreed with the draft.",
            "supports",
            "said that the Polish delegation fully agreed with the draft",
        ),
        (
            "Cde. Molotov—The draft letter is too soft. In this form I would not send it.",
            "opposes",
            "I would not send it",
        ),
        # the same words about others, the past, or the body's own decision: no stance
        ("Cde. Zhukov—We must support those who remain loyal.", "unclear", ""),
        # a "Correct." that answers, another party's stance, the past, a quotation, a hedge, others' papers
        ("Cde. Zhukov—Correct. He asked for it on the evening of the 27th.", "unclear", ""),
        # minutes in the past tense: "he was against", "said that he did not agree", "considered the proposal wrong"
        (
            "Cde. Zhukov—He was against this measure and asked that it be removed.",
            "opposes",
            "He was against this measure",
        ),
        (
            "Cde. Zhukov—said that he did not agree with halting the exercise.",
            "opposes",
            "said that he did not agree with halting",
        ),
        (
            "Cde. Zhukov—declared that he considered the proposal politically wrong.",
            "opposes",
            "declared that he considered the proposal politically wrong",
        ),
        ("Cde. Zhukov—I consider the proposal premature.", "opposes", "I consider the proposal premature"),
        ("Cde. Zhukov—objected to the draft in its present form.", "opposes", "objected to the draft"),
        (
            "Cde. Zhukov—declared that he could not agree with the reduction of the deliveries.",
            "opposes",
            "declared that he could not agree with the reduction",
        ),
        (
            "Cde. Zhukov—said that he agreed with the proposal.",
            "supports",
            "said that he agreed with the proposal",
        ),
        ("Cde. Zhukov—the draft is realistic.", "supports", "the draft is realistic"),
        (
            "Cde. Zhukov—, summing up, said that the submission was correct.",
            "supports",
            ", summing up, said that the submission was correct",
        ),
        ("Cde. Zhukov—said that Cde. Molotov's submission was correct.", "unclear", ""),
        ("Cde. Khrushchev—Adopt the memorandum as a basis.", "supports", "Adopt the memorandum"),
        ("Cde. Zhukov—The army is ready. I support the withdrawal.", "supports", "I support the withdrawal"),
        # ... not another's deed, nor another man's stance
        ("Cde. Zhukov—said that he was against the intervention of the Americans.", "unclear", ""),
        ("Cde. Zhukov—said that Cde. Molotov was against the withdrawal.", "unclear", ""),
        ("Cde. Zhukov—objected to the proposal of Cde. Molotov.", "unclear", ""),
        ("Cde. Zhukov—objected to the draft of the Americans.", "unclear", ""),
        ("Cde. Zhukov—said that he could not agree with the amendments. The draft should stand.", "unclear", ""),
        ("Cde. Zhukov—stated that the decision was correct at the time.", "unclear", ""),
        ("Cde. Zhukov—said that he did not agree with the intervention of the Americans.", "unclear", ""),
        ("Cde. Zhukov—I talked with Cde. Molotov. He said that he agreed with the proposal.", "unclear", ""),
        ("Cde. Zhukov—I talked with the Hungarian ambassador. He was against this measure.", "unclear", ""),
        ("Cde. Zhukov—The Poles raised the prices on their own. I consider the decision wrong.", "unclear", ""),
        ("Cde. Zhukov—I consider the draft not premature at all.", "unclear", ""),
        ("Cde. Zhukov—said that the Bulgarian comrades supported the draft of the Soviet delegation.", "unclear", ""),
        ("Cde. Zhukov—said that the Romanian delegation could not associate itself with the statement.", "unclear", ""),
        ("Cde. Zhukov—The government approved the declaration on neutrality last night.", "unclear", ""),
        ("Cde. Zhukov—The General Staff supported the proposal of the Foreign Ministry at first.", "unclear", ""),
        ('Cde. Zhukov—He told our ambassador: "I am not ready to agree to martial law."', "unclear", ""),
        ("Cde. Zhukov—Such a purchase should be approved only after the harvest figures are known.", "unclear", ""),
        ("Cde. Zhukov—The agreement is good for the Americans, not for us.", "unclear", ""),
        ("Cde. Zhukov—The measures of the Americans are very good for their industry.", "unclear", ""),
        ("Cde. Zhukov—We are against the plan of deploying the missiles.", "unclear", ""),
        ("Cde. Zhukov—The statement can be issued tomorrow. I would not publish the details.", "unclear", ""),
        ("Cde. Zhukov—I remain of my opinion that the Americans are not sincere.", "unclear", ""),
        ("Cde. Zhukov—It's the right step for the Ukraine.", "unclear", ""),
        ("Cde. Zhukov—The draft is hardly acceptable.", "unclear", ""),
        ('Cde. Zhukov—He told our ambassador: "We shall wait. I am not ready to agree."', "unclear", ""),
        ("Cde. Zhukov—spoke against the imperialists.", "unclear", ""),
        ("Cde. Zhukov—We will support the proposal only if the Poles ask.", "unclear", ""),
        ("Cde. Zhukov—we must decisively support Cde. Kadar.", "supports", "we must decisively support"),
        ("Cde. Zhukov—The Chinese note is unacceptable to us.", "unclear", ""),
        ("Cde. Zhukov—The Committee will take the necessary measures.", "unclear", ""),
        ("Cde. Zhukov—Tito supported the proposal of the Americans.", "unclear", ""),
        # Malin's "For X." and "Against X." of whatever the item proposes, but not "For now." or "Against the
        # background of ..."
        ("Cde. Zhukov—For the trip, but keep the line on party relations.", "supports", "For the trip"),
        ("Cde. Zhukov—Cde. Molotov is wrong. For the trip.", "supports", "For the trip"),
        ("Cde. Molotov—Against going to Belgrade. Let them come to Moscow.", "opposes", "Against going to Belgrade."),
        ("Cde. Zhukov—For now. We shall see what they answer.", "unclear", ""),
        ("Cde. Zhukov—For example, the Poles.", "unclear", ""),
        ("Cde. Zhukov—Against the background of the crisis.", "unclear", ""),
        # the chair's bare "Adopt.", agreeing with the proposals, adopting a body's proposals
        ("Cde. Zhukov—Adopt.", "supports", "Adopt."),
        ("Cde. Zhukov—Agree with the proposals.", "supports", "Agree with the proposals"),
        (
            "Cde. Zhukov—So, we adopt the commission's proposals.",
            "supports",
            "So, we adopt the commission's proposals.",
        ),
        # a refusal of one part "in its present form", a third person's "did not agree with ...ing"
        (
            "Cde. Zhukov—I would not agree to the text on the radio in its present form.",
            "opposes",
            "I would not agree to the text on the radio in its present form.",
        ),
        (
            "Cde. Zhukov—warned against haste. He did not agree with asking for a date.",
            "opposes",
            "He did not agree with asking",
        ),
        (
            "Cde. Zhukov—spoke about the army and supported the proposal.",
            "supports",
            "spoke about the army and supported the proposal",
        ),
        # ... but not where the one who supported it may be another: a "that" clause's subject, a party reported
        ("Cde. Zhukov—stated that the government considered it needed and supported the proposal.", "unclear", ""),
        (
            "Cde. Zhukov—Talked with the Chinese comrades. They read the draft declaration and approved it.",
            "unclear",
            "",
        ),
        ("Cde. Zhukov—The Polish comrades met yesterday and supported the proposal.", "unclear", ""),
        # "not against" is no objection, nor is a disagreement with "everything" in a report
        ("Cde. Zhukov—I'm not against a letter.", "unclear", ""),
        (
            "Cde. Zhukov—He did not agree with everything in the report, but in the main supports the declaration.",
            "unclear",
            "",
        ),
        # a proposal of one's own is no stance on the item: it may defer, replace or close it
        ("Cde. Zhukov—He proposed that the Presidium ask for a date.", "unclear", ""),
        ("Cde. Zhukov—I propose to return to this question at the next session.", "unclear", ""),
        ("Cde. Zhukov—I propose that we limit ourselves to a TASS statement.", "unclear", ""),
        # "For ..." and "Against ..." that name no deed or paper: a phrase, not Malin's vote
        ("Cde. Zhukov—For information.", "unclear", ""),
        ("Cde. Zhukov—For a long time. Now it is different.", "unclear", ""),
        ("Cde. Zhukov—For the army. We must act.", "unclear", ""),
        ("Cde. Zhukov—Troops must be used decisively. Against the counterrevolution.", "unclear", ""),
        ("Cde. Zhukov—Against revisionism.", "unclear", ""),
        ("Cde. Zhukov—Against Peking.", "unclear", ""),
        # Malin's "For X."/"Against X." of a deed with its words before it, or of "it"
        ("Cde. Zhukov—Against armed intervention.", "opposes", "Against armed intervention."),
        ("Cde. Zhukov—Against such a step.", "opposes", "Against such a step."),
        ("Cde. Zhukov—Against it.", "opposes", "Against it."),
        ("Cde. Zhukov—For a political solution.", "supports", "For a political solution"),
        # a proposal to adopt the paper
        (
            "Cde. Zhukov—I propose to adopt the draft letter with the amendments.",
            "supports",
            "I propose to adopt the draft letter",
        ),
        # "... and supported the proposal" after "Cde. X" or "that he", not of a body a relative clause names
        (
            "Cde. Zhukov—agreed with Cde. Suslov and supported the proposal.",
            "supports",
            "agreed with Cde. Suslov and supported the proposal",
        ),
        (
            "Cde. Zhukov—pointed out the resolution of the conference, which condemned the letter and supported the "
            "proposal.",
            "unclear",
            "",
        ),
        # the political line, a programme, and what minutes told in the past call correct; a minister for his ministry
        ("Cde. Zhukov—Agree with the line.", "supports", "Agree with the line"),
        ("Cde. Zhukov—The line is correct and should be affirmed.", "supports", "The line is correct"),
        # ... but not a past decision called correct, nor another party's programme called wrong, nor "For the
        # draft of the CC" taken from the speaker
        ("Cde. Zhukov—The 1963 decision was correct; there is no need to change the prices now.", "unclear", ""),
        ("Cde. Zhukov—The Yugoslav programme is revisionist. The programme was wrong already in 1952.", "unclear", ""),
        ("Cde. Zhukov—For the draft of the CC.", "supports", "For the draft of the CC"),
        ("Cde. Zhukov—Against the line of the Yugoslavs.", "unclear", ""),
        ("Cde. Zhukov—stated that the Finance ministry supported the proposal, but he had doubts.", "unclear", ""),
        # another party's draft "in its present form" is no refusal of the item; "the proposals of Molotov" are his
        ("Cde. Zhukov—We cannot agree with their draft in its present form. Our directives stand.", "unclear", ""),
        # an SED protocol's "submission" (Vorlage) is the body's paper; asking its approval; "on the whole correct"
        ("Cde. Zhukov—I support the submission.", "supports", "I support the submission"),
        ("Cde. Zhukov—The submission is to be confirmed.", "supports", "The submission is to be confirmed"),
        (
            "Cde. Zhukov—The draft has been agreed with Gosplan. I ask that it be approved.",
            "supports",
            "I ask that it be approved",
        ),
        (
            "Cde. Zhukov—The draft is on the whole correct, and we approve it.",
            "supports",
            "The draft is on the whole correct",
        ),
        # Malin's "it is premature" and "I would wait"; a deed called useful; a proposal that the body approve
        (
            "Cde. Zhukov—it is premature. A week after our note they will say we run after them. I would wait.",
            "opposes",
            "it is premature",
        ),
        ("Cde. Zhukov—I would wait for their answer before we reply.", "unclear", ""),
        ("Cde. Zhukov—From our side the trip is useful.", "supports", "the trip is useful"),
        ("Cde. Zhukov—The trip is useful for them only.", "unclear", ""),
        ("Cde. Zhukov—I doubt that the trip is useful.", "unclear", ""),
        # Malin's "a letter is needed", "I would not send a letter now", the chair's "we will send the letter"
        (
            "Cde. Zhukov—the Romanians have taken offense. A letter is needed, but a calm one.",
            "supports",
            "A letter is needed",
        ),
        ("Cde. Zhukov—A letter is needed only later, after the talks.", "unclear", ""),
        ("Cde. Zhukov—I would not send a letter now.", "opposes", "I would not send a letter"),
        (
            "Cde. Zhukov—we will send the letter. Cde. Suslov is to prepare a draft.",
            "supports",
            "we will send the letter",
        ),
        # the chair's "So, we approve." with no object; "I propose that we approve ..."
        ("Cde. Zhukov—So, we approve. Let the Council of Ministers bring the measures.", "supports", "So, we approve."),
        ("Cde. Zhukov—We approve, but only the first part.", "unclear", ""),
        ("Cde. Zhukov—I propose that we approve the results of the visit.", "supports", "I propose that we approve"),
        ("Cde. Zhukov—I propose that we return to it in May, after we approve the plan.", "unclear", ""),
        # ... but "he" proposed after the turn has named another: what that man proposed
        ("Cde. Zhukov—Gomulka came to see me yesterday. He proposed that we approve the credits.", "unclear", ""),
        ("Cde. Zhukov—I would wait no longer. Then the troops must act.", "unclear", ""),
        ("Cde. Zhukov—I move to adopt the proposal of Cde. Molotov to defer for two years only.", "unclear", ""),
        ("Cde. Zhukov—I ask that the appeal be adopted only after Nagy agrees to it.", "unclear", ""),
        ("Cde. Zhukov—The agreement is to be confirmed by their Sejm.", "unclear", ""),
        (
            "Cde. Zhukov—He proposed that the Presidium adopt a decision on this only after the first quarter.",
            "unclear",
            "",
        ),
        (
            "Cde. Zhukov—He proposed that the Presidium approve the plan.",
            "supports",
            "He proposed that the Presidium approve",
        ),
        ("Cde. Zhukov—He proposed that the Presidium return to the question in May.", "unclear", ""),
        # "not against" the body's paper is no objection to it
        (
            "Cde. Zhukov—I did not say that. I am not against the resolution.",
            "supports",
            "I am not against the resolution",
        ),
        ("Cde. Zhukov—I am not against it, but I ask that the comrades keep in mind what this costs.", "unclear", ""),
        ("Cde. Zhukov—I'm not against the draft in principle. But why announce it now?", "unclear", ""),
        # the quotation a record tells a turn by is the speaker's own words; another's inside it is not
        (
            'Cde. Zhukov declared: "We must not do this." The people would not understand it.',
            "opposes",
            "We must not do this",
        ),
        ('Cde. Zhukov said: "I cannot agree."', "opposes", "I cannot agree."),
        ('Cde. Zhukov said that Molotov had told him: "I cannot agree."', "unclear", ""),
        ("Cde. Zhukov said that he was for the proposal.", "supports", "said that he was for the proposal"),
    ],
)
def test_the_genre_s_shorthand_and_third_person_cues(facts_of, turn, stance, cue):
    assert _stance(facts_of, turn) == (stance, cue)


def test_a_turn_told_with_no_subject_or_he_is_the_speaker_s_only_until_he_names_another(facts_of):
    """ "Agrees.", "He spoke against ...", "He shared the view of ..." are the speaker's as a note taker or the
    minutes record him, but not after the turn names another man they may stand for."""
    body = (
        "Cde. Mikoyan—overall it should be adopted.\n"
        "Cde. Zhukov—Agrees. Announce it through TASS.\n"
        "Cde. Suslov—I spoke with Kadar's office. Kadar is for the meeting. Agrees.\n"
        "Cde. Bulganin—Rakosi bears the chief responsibility. He spoke against the rehabilitation.\n"
        "Cde. Molotov—Nagy is playing a double game. He shared the view of Cde. Mikoyan only to gain time.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("mikoyan", "supports"),
        ("zhukov", "supports"),
        ("suslov", "unclear"),
        ("bulganin", "unclear"),
        ("molotov", "unclear"),
    ]


def test_he_stands_for_the_speaker_unless_the_sentences_before_name_another_as_their_subject(facts_of):
    """A man named after a preposition is no one "he" stands for; one named in the sentence before, or before a
    run of sentences that go on with "He", is."""
    body = (
        "Cde. Zhukov—The appointment of Cde. Kadar is a positive step. He supported the draft.\n"
        "Cde. Molotov—I spoke with Cde. Kaganovich. Kaganovich is for it. He supported the draft.\n"
        "Cde. Bulganin—Rakosi bears the blame. He made mistakes. He supported the draft.\n"
        "Cde. Suslov—Rakosi bears the blame. The situation is grave. He supported the draft.\n"
        # no "I" of the speaker's, nor a man named by his post
        "Cde. Kaganovich—The question of Section I was political. He supported the draft.\n"
        "Cde. Khrushchev—The general situation was difficult. He supported the draft.\n"
        # a man named in the possessive amid the sentence is not its subject; at its head, he is its topic
        "Cde. Mikoyan—It would hand Kadar's adversaries the best argument. He supported the draft.\n"
        "Cde. Voroshilov—Cde. Kadar's reply came last night. He supported the draft.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("zhukov", "supports"),
        ("molotov", "unclear"),
        ("bulganin", "unclear"),
        ("suslov", "supports"),
        ("kaganovich", "supports"),
        ("khrushchev", "supports"),
        ("mikoyan", "supports"),
        ("voroshilov", "unclear"),
    ]


def test_sharing_another_s_view_is_a_stance_by_reference_but_granting_him_a_point_is_not(facts_of):
    body = (
        "Cde. Mikoyan—overall it should be adopted.\n"
        "Cde. Molotov—I vehemently object.\n"
        "Cde. Bulganin—shared the view of Cde. Molotov.\n"
        "Cde. Suslov—He agreed with Cde. Mikoyan.\n"
        "Cde. Zhukov—Cde. Molotov is right to raise the question of cost.\n"
        "Cde. Kaganovich—disagreed with Comrade Molotov. The statement is addressed to the workers.\n"
        "Cde. Pervukhin—disagreed with Comrade Molotov only on the timing of the publication.\n"
        "Cde. Saburov—said that he disagreed with Comrade Molotov.\n"
        "Cde. Khrushchev—I support the draft. Otherwise Cde. Molotov is right in his worry.\n"
        "Cde. Voroshilov—Cde. Molotov is right in saying that the draft is too soft.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("mikoyan", "supports"),
        ("molotov", "opposes"),
        ("bulganin", "opposes"),
        ("suslov", "supports"),
        ("zhukov", "unclear"),
        ("kaganovich", "supports"),
        ("pervukhin", "unclear"),
        ("saburov", "supports"),
        ("khrushchev", "supports"),
        ("voroshilov", "opposes"),
    ]


def test_agreeing_or_objecting_with_a_person_is_a_stance_by_reference(facts_of):
    body = (
        "Cde. Mikoyan—overall it should be adopted.\n"
        "Cde. Molotov—I vehemently object.\n"
        "Cde. Bulganin—I agree with Cde. Molotov.\n"
        "Cde. Suslov—I object to Cde. Molotov.\n"
        "Cde. Zhukov—Agree with Cde. Mikoyan.\n"
        "Cde. Kaganovich—I do not agree with Cde. Molotov.\n"
        "Cde. Khrushchev—I support Cde. Bulganin.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("mikoyan", "supports"),
        ("molotov", "opposes"),
        ("bulganin", "opposes"),  # not "I agree": with whom
        ("suslov", "supports"),  # not "I object": to whom
        ("zhukov", "supports"),
        ("kaganovich", "supports"),
        ("khrushchev", "unclear"),  # Bulganin's stance is itself by reference: no chain of guesses
    ]


def test_agreeing_with_one_who_laid_out_a_course_with_no_stance_supports_it(facts_of):
    """Khrushchev's course with no cue of a stance ("We must tell the Congress"), opening the item, is what the item
    is about: agreeing with him supports it and calling him wrong opposes it, weakly; not one who speaks after, nor
    one whose stance is by reference, nor one who did not open the item."""
    body = (
        "II. On the report to the Congress\n"
        "Cde. Khrushchev—We must tell the Congress, in a closed session.\n"
        "Cde. Bulganin—Agree with Cde. Khrushchev.\n"
        "Cde. Molotov—Cde. Khrushchev is wrong.\n"
        "Cde. Suslov—I agree with Cde. Kaganovich.\n"
        "Cde. Kaganovich—The facts are terrible.\n"
        "Cde. Zhukov—I support Cde. Bulganin.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("khrushchev", "unclear"),
        ("bulganin", "supports"),
        ("molotov", "opposes"),
        ("suslov", "unclear"),  # Kaganovich speaks after him
        ("kaganovich", "unclear"),
        ("zhukov", "unclear"),  # Bulganin's stance is by reference: no chain of guesses
    ]
    # one who speaks later with no cue laid out no course: an objection the cues miss, a question
    body = (
        "II. On the delegation\nCde. Suslov—Proposes not to send a delegation.\n"
        "Cde. Mikoyan—I would nevertheless send a small one.\nCde. Khrushchev—Cde. Mikoyan is wrong. No delegation.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)][2] == ("khrushchev", "unclear")


def test_stances_by_reference_stay_within_their_item(facts_of):
    body = "Cde. Molotov—I vehemently object.\nII. On the second question\nCde. Zhukov—I support Cde. Molotov.\n"
    assert _stances(facts_of, body)[1][:2] == ("zhukov", "unclear")


def test_the_first_proposal_on_an_item_is_supported_by_its_maker_and_those_who_agree_with_him(facts_of):
    body = (
        "II. On the Berlin question\n"
        "Cde. Gromyko—the talks are stuck; the Americans will not move.\n"
        "Cde. Khrushchev—I propose that we answer with a statement of the government.\n"
        "Cde. Mikoyan—I agree with Cde. Khrushchev.\n"
        "Cde. Suslov—I propose that we also call a meeting of the parties.\n"  # an addition, not the item's
    )
    assert [(p, s, cue) for p, s, cue in _stances(facts_of, body)] == [
        ("gromyko", "unclear", ""),
        ("khrushchev", "supports", "I propose"),
        ("mikoyan", "supports", "I agree with Cde. Khrushchev."),
        ("suslov", "unclear", ""),
    ]


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Khrushchev—Stalin was wrong. Propose: a report in closed session.", "supports", "Propose:"),
        ("Cde. Khrushchev—Propose to the Yugoslavs a meeting at the highest level.", "supports", "Propose to"),
        ("Cde. Khrushchev—Propose to postpone the question.", "unclear", ""),
        ("Cde. Khrushchev—Propose: to hear Cde. Gromyko first.", "unclear", ""),
        ("Cde. Khrushchev—Proposed by the Americans.", "unclear", ""),
        ("Cde. Khrushchev—Propose to whom? The Yugoslavs have not asked.", "unclear", ""),
        # a report of the proposal of the reporter's department or ministry, not one to put it off, nor another's
        (
            "Cde. Stepakov reports that the manuscript is long. The Department of Propaganda proposes to publish it.",
            "supports",
            "The Department of Propaganda proposes to",
        ),
        ("Cde. Ponomarev—The International Department proposes to postpone the visit.", "unclear", ""),
        # (not a ministry's, which he may report and reject)
        (
            "Cde. Gromyko reports. The Ministry of Defence proposes to resume the tests. We consider this premature.",
            "unclear",
            "",
        ),
        ("Cde. Gromyko—The State Department proposes that we meet in Geneva.", "unclear", ""),
        ("Cde. Gromyko—reports. The Department of State proposes to publish the letters.", "unclear", ""),
        ("Cde. Gromyko—reports. The Chinese International Liaison Department proposes a meeting.", "unclear", ""),
    ],
)
def test_a_note_s_proposal_with_no_subject_is_its_maker_s(facts_of, turn, stance, cue):
    """Malin's "Propose: ..." and "Propose to ...", with no subject, put the item's first proposal forward as "I
    propose" does; not one to put it off or of procedure."""
    [(_, got, got_cue)] = _stances(facts_of, "II. On the Berlin question\n" + turn + "\n")
    assert (got, got_cue) == (stance, cue)


@pytest.mark.parametrize(
    "body",
    [
        # made after two turns: another course, a side issue, or an objection the cues do not read
        "Cde. Gromyko—the talks are stuck.\nCde. Zhukov—the troops are ready.\nCde. Khrushchev—He proposed that we wait.\n",
        # made after a stance was taken on the item: an amendment
        "Cde. Molotov—I vehemently object.\nCde. Khrushchev—I propose that we answer with a statement.\n",
        # a motion of procedure (one to put the question off is against it now: see below)
        "Cde. Khrushchev—I propose to hear Cde. Gromyko first.\n",
        "Cde. Khrushchev—I propose we hear Cde. Gromyko first.\n",
        "Cde. Khrushchev—I propose a short break.\n",
        # a refusal or another course
        "Cde. Gromyko—Tito asks for our troops.\nCde. Khrushchev—I propose that we not send troops.\n",
        "Cde. Khrushchev—I propose that we give them weapons instead.\n",
        # no proposal: another sense of the verb, or another man's
        "Cde. Khrushchev—Good. Now I move to the question of the Chinese.\n",
        "Cde. Khrushchev—I suggest that the Iranians are behind the rising.\n",
        "Cde. Khrushchev—The American ambassador came to see me. He proposed that we hold consultations.\n",
        "Cde. Khrushchev—Tito telephoned me. He said: we propose that you send troops.\n",
    ],
)
def test_a_proposal_that_is_not_the_item_s_is_no_stance(facts_of, body):
    *_, (person, stance, _) = _stances(facts_of, "II. On the Berlin question\n" + body)
    assert (person, stance) == ("khrushchev", "unclear")


@pytest.mark.parametrize("label", ["Proposals:", "Proposal:", "My proposal:", "Our proposals:"])
def test_a_report_that_ends_in_proposals_under_a_label_supports_them(facts_of, label):
    """Malin's "Cde. Gromyko—... Proposals: a message ...; a TASS statement." is the item's first proposal, as
    "I propose" is; a proposal to put it off under the label is none."""
    body = f"II. On Cuba\nCde. Gromyko—the landing began. {label} a message to Kennedy; a TASS statement.\n"
    assert _stances(facts_of, body) == [("gromyko", "supports", label)]
    for proposals in ("postpone the question.", "none."):
        body = f"II. On Cuba\nCde. Gromyko—the landing began. {label} {proposals}\n"
        assert _stances(facts_of, body) == [("gromyko", "unclear", "")]


def test_a_note_amid_a_turn_breaks_none_of_its_cues(facts_of):
    """A book's (or a wiki page's) note set under the line its marker is in, the speaker's words going on under it,
    and a marker glued to a cue's word inside its sentence."""
    body = (
        "Bulganin — Agree.¹\n¹ Added in pencil.\nThe ministries can be reorganized.\n"
        "Suslov — I am against² the letter in this form.\n² Underlined twice.\n"
    )
    assert _stances(facts_of, body) == [("bulganin", "supports", "Agree"), ("suslov", "opposes", "I am against")]


def test_saying_a_man_is_not_right_or_right_on_a_point_takes_no_stance_of_his(facts_of):
    body = (
        "II. On Berlin\nCde. Zhukov—I propose a statement.\nCde. Suslov—I do not think Cde. Zhukov is right.\n"
        "Cde. Molotov—If Cde. Zhukov is right, we must act.\n"
        "Cde. Kaganovich—Cde. Zhukov is right that the Germans must be told first.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("zhukov", "supports"),
        ("suslov", "unclear"),
        ("molotov", "unclear"),
        ("kaganovich", "unclear"),
    ]


def test_supporting_a_man_named_by_first_name_and_patronymic_at_a_sentence_s_end(facts_of):
    body = (
        "II. On Sakharov\nCde. Zhukov—I propose a statement of the academicians.\n"
        "Cde. Suslov—I support Georgii Konstantinovich.\nCde. Molotov—I do not agree with Georgy Konstantinovich.\n"
    )
    assert [(p, s) for p, s, _ in _stances(facts_of, body)] == [
        ("zhukov", "supports"),
        ("suslov", "supports"),
        ("molotov", "opposes"),
    ]


def test_a_proposal_after_a_motion_of_procedure_is_the_item_s(facts_of):
    body = "II. On Berlin\nCde. Khrushchev—I propose to hear Cde. Gromyko.\nCde. Gromyko—We propose a free city.\n"
    assert _stances(facts_of, body)[1] == ("gromyko", "supports", "We propose")


@pytest.mark.parametrize(
    "heading", ["On the draft reply to Adenauer", "On the drafts of the letters", "On the project"]
)
def test_a_proposal_under_a_heading_that_puts_a_draft_before_the_body_is_no_stance(facts_of, heading):
    body = f"II. {heading}\nCde. Khrushchev—I propose that we answer with a TASS statement.\n"
    assert _stances(facts_of, body)[0][:2] == ("khrushchev", "unclear")


def test_a_decision_after_the_last_turn_is_not_the_speaker_s_stance(facts_of):
    body = "Cde. Zhukov—who wrote it?\nConfirm that the appeal should be adopted.\n"
    assert _stances(facts_of, body) == [("zhukov", "unclear", "")]
    assert _tasks(facts_of, body)[1] == ["Confirm that the appeal should be adopted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Entrust Cdes. Suslov and Zhukov with editing the text.",
            [("suslov", "editing the text"), ("zhukov", "editing the text")],
        ),
        ("Assign Cde. Suslov to edit the text.", [("suslov", "edit the text")]),
        ("Oblige Cde. Bulganin to report in a week.", [("bulganin", "report in a week")]),
        ("Cde. Suslov to prepare a draft reply.", [("suslov", "prepare a draft reply")]),
        (
            "Cde. Khrushchev—We need them there. Cdes. Zhukov and Bulganin should be sent to Warsaw.",
            [("zhukov", "be sent to Warsaw"), ("bulganin", "be sent to Warsaw")],
        ),
        (
            "Instruct Cdes. M. A. Suslov and G. K. Zhukov to follow developments.",
            [("suslov", "follow developments"), ("zhukov", "follow developments")],
        ),
        ("The Foreign Ministry is to prepare a statement.", [("Foreign Ministry", "prepare a statement")]),
        # bodies with the man who answers for each: the bodies and the men
        (
            "Instruct Gosplan (Cde. Kosygin) and the Ministry of Foreign Trade (Cde. Patolichev) to examine it.",
            [
                ("Ministry of Foreign Trade", "examine it"),
                ("Gosplan", "examine it"),
                ("kosygin", "examine it"),
                ("patolichev", "examine it"),
            ],
        ),
        # a body's initials in brackets are no man, nor a second body
        (
            "Instruct the Ministry of Foreign Affairs (MFA) to prepare a statement.",
            [("Ministry of Foreign Affairs", "prepare a statement")],
        ),
        # a body and its men between dashes; first names and patronymics of those at the session
        (
            "The Politburo Commission—Cdes. Andropov and Gromyko—is to report.",
            [("andropov", "report"), ("gromyko", "report")],
        ),
        ("Nikita Sergeevich is to prepare it.", [("khrushchev", "prepare it")]),
        # an ambassador named after his post; a task wrapped over lines with a word broken, a book's marker
        (
            "Instruct the Soviet ambassador in Addis Ababa, Cde. A. P. Ratanov, to inform Cde. Mengistu.",
            [("ratanov", "inform Cde. Mengistu")],
        ),
        (
            "Cdes. Zhukov and Suslov are to prepare propos-\nals on Berlin.4 Instruct Cde. Mikoyan to go.",
            [("zhukov", "prepare proposals on Berlin"), ("suslov", "prepare proposals on Berlin"), ("mikoyan", "go")],
        ),
        # a line without a full stop is a point of its own; a clock time does not end the task
        (
            "Cdes. Mikoyan and Zhukov are to prepare the schedule of deliveries\nCde. Suslov is to inform the Poles",
            [
                ("mikoyan", "prepare the schedule of deliveries"),
                ("zhukov", "prepare the schedule of deliveries"),
                ("suslov", "inform the Poles"),
            ],
        ),
        (
            "Cde. Suslov is to send out the instructions by 10.00 Moscow time and report.",
            [("suslov", "send out the instructions by 10.00 Moscow time and report")],
        ),
        # a helper named between the man and his task shares it
        (
            "Cde. Zhukov, with the participation of Cde. Konev, is to submit the draft.",
            [("zhukov", "submit the draft"), ("konev", "submit the draft")],
        ),
        # the minutes' own passive, with a helper after his post
        (
            "The Committee took note of the report. Comrade Konev, together with the Chief of Staff, Comrade A. I. "
            "Antonov, was instructed to submit proposals by 1 May.",
            [("konev", "submit proposals by 1 May"), ("antonov", "submit proposals by 1 May")],
        ),
        # a decision's lettered points, each closed by ";", and a second instruction in one sentence
        (
            "The Political Bureau resolved:\na) to approve the activity of the delegation;\nb) to instruct Comrade "
            "Zhukov to prepare an article;\nc) to instruct Comrade Suslov to prepare informational material.",
            [("zhukov", "prepare an article"), ("suslov", "prepare informational material")],
        ),
        (
            "The Political Bureau resolved to instruct the Ministry of Foreign Affairs (Comrade Mikoyan) to prepare "
            "a memorandum, and to instruct Comrade Suslov to inform the ambassador.",
            [
                ("Ministry of Foreign Affairs", "prepare a memorandum"),
                ("mikoyan", "prepare a memorandum"),
                ("suslov", "inform the ambassador"),
            ],
        ),
        # a lettered point whose man is named after his post, or his post after him, is a point of its own
        (
            "The Politburo decides:\nb) Comrade Zhukov is to inform the board;\nc) the Minister of Culture and Art, "
            "Comrade Suslov, is to prepare a weekly;\nd) Comrade Konev, the Minister of Defense, is to help.",
            [("zhukov", "inform the board"), ("suslov", "prepare a weekly"), ("konev", "help")],
        ),
        # ... and a numbered point, or a decision's sentence, that names him after his post
        (
            "The Politburo decides:\n1. Comrade Zhukov is to inform the board.\n2. The Minister of Internal Affairs, "
            "Comrade Suslov, is to take measures to keep order.",
            [("zhukov", "inform the board"), ("suslov", "take measures to keep order")],
        ),
        ("The Minister of Defense, Cde. Konev, is to report by 1 May.", [("konev", "report by 1 May")]),
        # ... but not a post in a sentence that is no task's
        ("The Minister of Defense, Cde. Konev, is to be relieved of his post.", []),
        # ... not under a colon other than a decision's label: what a telegram or a task lists
        (
            "Cde. Mikoyan read out the telegram of the Hungarian comrades:\na) Comrade Kosygin is to arrive on 5 May;"
            "\nb) the talks begin on 6 May.",
            [],
        ),
        # the contents one task lists in lettered points stay the task's
        (
            "Instruct Cdes. Zhukov and Suslov to determine the deliveries, including:\na) fuel for the army;\n"
            "b) Trucks and spare parts.",
            [
                ("zhukov", "determine the deliveries, including: a) fuel for the army; b) Trucks and spare parts"),
                ("suslov", "determine the deliveries, including: a) fuel for the army; b) Trucks and spare parts"),
            ],
        ),
        # a partner body after "together with" is told nothing
        (
            "Instruct the Ministry of Defense (Cde. Zhukov) together with the Ministry of National Defense of the "
            "PPR (Cde. Rokossovsky) to extend the exercises.",
            [("Ministry of Defense", "extend the exercises"), ("zhukov", "extend the exercises")],
        ),
        # a comrade after "together with" shares the task, printed with commas or without
        (
            "Instruct Cde. Zhukov together with Cde. Konev to prepare the draft.",
            [("zhukov", "prepare the draft"), ("konev", "prepare the draft")],
        ),
        (
            "Instruct Cdes. Zhukov and Suslov, together with Cde. Konev, to prepare the draft.",
            [("zhukov", "prepare the draft"), ("suslov", "prepare the draft"), ("konev", "prepare the draft")],
        ),
        (
            "Instruct Cdes. Zhukov and Suslov, with the participation of Cde. Konev, to prepare the draft.",
            [("zhukov", "prepare the draft"), ("suslov", "prepare the draft"), ("konev", "prepare the draft")],
        ),
        (
            "Instruct Cdes. Zhukov and Suslov, with the assistance of Cde. Konev, to prepare the draft.",
            [("zhukov", "prepare the draft"), ("suslov", "prepare the draft"), ("konev", "prepare the draft")],
        ),
        # ... but not the other side of talks the task names, nor a man's body by his possessive
        (
            "Instruct Cde. Zhukov to meet together with Cde. Tito in Brioni and explain our position.",
            [("zhukov", "meet together with Cde. Tito in Brioni and explain our position")],
        ),
        (
            "Instruct Cde. Zhukov to prepare together with Cde. Kadar's government the measures.",
            [("zhukov", "prepare together with Cde. Kadar's government the measures")],
        ),
        (
            "Cde. Khrushchev is to settle together with Cde. Gomulka the question of the advisers.",
            [("khrushchev", "settle together with Cde. Gomulka the question of the advisers")],
        ),
        # "together with" a body and its man without commas, but not another party's body
        (
            "Cde. Zhukov M. A. together with the Ministry of Railways (Cde. Pavlovsky I. G.) is to examine the cars.",
            [
                ("zhukov", "examine the cars"),
                ("Ministry of Railways", "examine the cars"),
                ("pavlovsky", "examine the cars"),
            ],
        ),
        (
            "Cde. Zhukov together with the Ministry of National Defense of the PPR (Cde. Rokossovsky) is to prepare "
            "the exercises.",
            [("zhukov", "prepare the exercises")],
        ),
        # ... though the task may name another party
        (
            "Cde. Zhukov together with Cde. Suslov is to inform the Polish comrades.",
            [("zhukov", "inform the Polish comrades"), ("suslov", "inform the Polish comrades")],
        ),
        # the protocol's "Control over ... is entrusted to"
        (
            "Control over the fulfillment of the resolution is entrusted to the CC Department of Propaganda (Cde. "
            "Suslov) and to Cde. Mikoyan A. I.",
            [
                ("CC Department of Propaganda", "Control over the fulfillment of the resolution"),
                ("suslov", "Control over the fulfillment of the resolution"),
                ("mikoyan", "Control over the fulfillment of the resolution"),
            ],
        ),
        # a proposal the record names is no proposal told: its task stands
        (
            "To approve the measures proposed by the Agricultural Department and to instruct Cde. Zhukov to report.",
            [("zhukov", "report")],
        ),
        # a journey made together
        (
            "Cde. Suslov is to go together with Cde. Mikoyan to Warsaw.",
            [
                ("suslov", "go together with Cde. Mikoyan to Warsaw"),
                ("mikoyan", "go together with Cde. Mikoyan to Warsaw"),
            ],
        ),
        # ... nor a body of another party, nor its man
        (
            "Instruct Cde. Zhukov, together with the Ministry of National Defense of the PPR (Cde. Rokossovsky), to "
            "prepare the draft.",
            [("zhukov", "prepare the draft")],
        ),
        # a man with his body after him, and two bodies each with its man
        (
            "Cde. Zhukov and Cde. Kuzmin (Gosplan) are to submit proposals within a week.",
            [("zhukov", "submit proposals within a week"), ("kuzmin", "submit proposals within a week")],
        ),
        (
            "Instruct the USSR Ministry of Defense (Cde. D. F. Ustinov) together with the CC Defense Industry "
            "Department (Cde. I. F. Dmitriev) to submit proposals within a month.",
            [
                ("CC Defense Industry Department", "submit proposals within a month"),
                ("USSR Ministry of Defense", "submit proposals within a month"),
                ("ustinov", "submit proposals within a month"),
                ("dmitriev", "submit proposals within a month"),
            ],
        ),
        # a decision's points under "The resolution is adopted (see the attachment):", not the agenda's items
        (
            "The resolution is adopted (see the attachment):\n1. Cde. Zhukov is to meet Cde. Kadar.\n"
            "2. Cde. Suslov is to prepare materials for the press.",
            [("zhukov", "meet Cde. Kadar"), ("suslov", "prepare materials for the press")],
        ),
        # a Secretariat's protocol: the task before those it is entrusted to; a department named at length; a
        # Soviet ministry "of the USSR" as a partner
        (
            "Entrust the reception of the delegation to the International Department of the CC CPSU (Cde. Suslov "
            "M. A.) and the Moscow City Committee of the CPSU (Cde. Zhukov G. K.).",
            [
                ("Moscow City Committee of the CPSU", "the reception of the delegation"),
                ("International Department", "the reception of the delegation"),
                ("suslov", "the reception of the delegation"),
                ("zhukov", "the reception of the delegation"),
            ],
        ),
        (
            "Instruct the Department of the CC CPSU for Liaison with Communist and Workers' Parties of Socialist "
            "Countries (Cde. Zhukov G. K.) to prepare proposals.",
            [("zhukov", "prepare proposals")],
        ),
        (
            "Instruct the Culture Department of the CC CPSU (Cde. Suslov M. A.) together with the Ministry of Culture "
            "of the USSR (Cde. Mikoyan A. I.) to approve the repertoire.",
            [
                ("Ministry of Culture", "approve the repertoire"),
                ("suslov", "approve the repertoire"),
                ("mikoyan", "approve the repertoire"),
            ],
        ),
        ("Entrust the matter to chance.", []),
        # a Hungarian record's "shall"
        (
            "The Council of Ministers (Cde. Zhukov G. K.) shall submit proposals by the end of June.",
            [
                ("Council of Ministers", "submit proposals by the end of June"),
                ("zhukov", "submit proposals by the end of June"),
            ],
        ),
        # blame is no task, though it is written "is to" or "is responsible for"
        ("Cde. Zhukov, the Minister of Defense, is to blame.", []),
        ("The resolution is adopted:\n1. Cde. Zhukov is responsible for the failure of the exercise.", []),
        # "Cde. A, Cde. B": men of a list, not a body's head between commas
        (
            "Instruct Cde. Mikoyan, Cde. Suslov and Cde. Zhukov to prepare the reply.",
            [("mikoyan", "prepare the reply"), ("suslov", "prepare the reply"), ("zhukov", "prepare the reply")],
        ),
        # a body's man between commas, and men named by first name and patronymic with the editor's surname
        (
            "Gosplan, Cde. Baibakov, is to provide for the currency.",
            [("Gosplan", "provide for the currency"), ("baibakov", "provide for the currency")],
        ),
        (
            "Gosplan USSR, Cde. Baibakov, is to provide for the currency.",
            [("Gosplan", "provide for the currency"), ("baibakov", "provide for the currency")],
        ),
        (
            "Mikhail Andreevich [Suslov] and Anastas Ivanovich [Mikoyan] are to prepare the reply.",
            [("suslov", "prepare the reply"), ("mikoyan", "prepare the reply")],
        ),
        # initials set close, where the full stop after them ends no sentence
        (
            "Comrades P.N. Demichev and M.V. Zimyanin are to prepare materials for the press.",
            [("demichev", "prepare materials for the press"), ("zimyanin", "prepare materials for the press")],
        ),
        # men and bodies in one list, a body's head in brackets
        (
            "Instruct Cde. M. V. Zimyanin and the Department of Propaganda of the CC CPSU (Cde. E. M. Tyazhelnikov) "
            "to prepare materials for the press.",
            [
                ("zimyanin", "prepare materials for the press"),
                ("Department of Propaganda", "prepare materials for the press"),
                ("tyazhelnikov", "prepare materials for the press"),
            ],
        ),
        (
            "Instruct Cde. Gromyko together with the Ministry of Defense (Cde. Malinovsky) to prepare a note.",
            [
                ("gromyko", "prepare a note"),
                ("Ministry of Defense", "prepare a note"),
                ("malinovsky", "prepare a note"),
            ],
        ),
        # a man after his post, between commas, shares the task; a man of another party does not
        (
            "Instruct Cde. Suslov, together with the Minister of Higher Education, Cde. Elyutin, to prepare proposals.",
            [("suslov", "prepare proposals"), ("elyutin", "prepare proposals")],
        ),
        (
            "Instruct Cde. Suslov, together with the Minister of Foreign Affairs of the PPR, Cde. Rapacki, to prepare "
            "the talks.",
            [("suslov", "prepare the talks")],
        ),
        (
            "Instruct Cde. Suslov, together with the First Secretary of the CC of the PUWP, Cde. E. Gierek, to prepare "
            "the talks.",
            [("suslov", "prepare the talks")],
        ),
        # another country's ministry and its man are no partners, named in any of the usual ways; a man is one
        # though the task itself goes to another party
        (
            "Instruct Cde. Suslov, with the participation of the Ministry of National Defense of Poland "
            "(Cde. W. Jaruzelski), to prepare the exercises.",
            [("suslov", "prepare the exercises")],
        ),
        (
            "Instruct Cde. Suslov, with the participation of the GDR Ministry of National Defense (Cde. H. Hoffmann), "
            "to prepare the exercises.",
            [("suslov", "prepare the exercises")],
        ),
        (
            "Instruct Cde. Suslov, with the participation of the KGB (Cde. V. A. Kryuchkov), to send a group to the "
            "Polish comrades.",
            [
                ("suslov", "send a group to the Polish comrades"),
                ("KGB", "send a group to the Polish comrades"),
                ("kryuchkov", "send a group to the Polish comrades"),
            ],
        ),
        # a passive's irregular verb, by a man (not by his speech); a decision's or an agenda's "will" is no task
        (
            "Decided:\n1. Approve the line.\n2. Cde. Suslov will speak at a meeting of the aktiv; the date is to be set "
            "by Cde. Zhukov.",
            [("zhukov", "the date is to be set by Cde. Zhukov")],
        ),
        ("Decided:\n1. Approve the line.\n2. The line of the press is to be set by Cde. Suslov's speech.", []),
        # a body that takes part, with its head in brackets, shares the task; a man of another party does not
        (
            "Instruct Cde. Suslov, with the participation of the Main Political Administration of the Soviet Army "
            "(Cde. A. A. Epishev), to finalize the text.",
            [("suslov", "finalize the text"), ("epishev", "finalize the text")],
        ),
        (
            "Instruct Cde. Suslov, with the participation of the Polish comrades (Cde. W. Jaruzelski), to prepare "
            "the exhibition.",
            [("suslov", "prepare the exhibition")],
        ),
        # a commission with its men in brackets, a book's note marker after them; a body that authorizes a man
        (
            "To instruct the commission (Cdes. Pospelov, Aristov)3 to complete its work.",
            [("pospelov", "complete its work"), ("aristov", "complete its work")],
        ),
        (
            "The Presidium accepts the proposals and authorizes Cde. Mikoyan to sign the agreement.",
            [("mikoyan", "sign the agreement")],
        ),
        # ... but a country's letters do
        (
            "Cde. Gromyko is to prepare the talks with the U.S. Cde. Suslov is to report on the grain.",
            [("gromyko", "prepare the talks with the U.S"), ("suslov", "report on the grain")],
        ),
        (
            "Cde. Gromyko is to inform the S.E.D. Cde. Suslov is to report on the grain.",
            [("gromyko", "inform the S.E.D"), ("suslov", "report on the grain")],
        ),
        # an aside on when the man is to do it; a task of two deeds
        (
            "Comrade Gromyko, on his return from Geneva, is to report on the talks.",
            [("gromyko", "report on the talks")],
        ),
        (
            "Comrade Suslov is charged with the preparation and direction of the operation.",
            [("suslov", "the preparation and direction of the operation")],
        ),
    ],
)
def test_more_assignment_phrasings(facts_of, text, expected):
    assert _tasks(facts_of, text + "\n")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an edition's inserted words read as printed ones, and a completed abbreviation as the name
        (
            "Cdes. Molotov, Mikoyan, Bulg[anin] [are to] finalize the text.",
            [("molotov", "finalize the text"), ("mikoyan", "finalize the text"), ("bulganin", "finalize the text")],
        ),
        # after a task given in full, "Cde. X [to] ..." is one too, of a man not at the session as well
        (
            "Cde. Molotov [is to] finalize the text. Cde. Kabanov [to] calculate the deliveries.",
            [("molotov", "finalize the text"), ("kabanov", "calculate the deliveries")],
        ),
        # ... and after a semicolon
        (
            "Cdes. Mikoyan and Suslov [are to] edit the letter; Cde. Shepilov [to] take part.",
            [("mikoyan", "edit the letter"), ("suslov", "edit the letter"), ("shepilov", "take part")],
        ),
        # alone, the weaker form gives no task to a man the session does not list, nor does an editor's remark
        ("Cde. Kabanov [to] calculate the deliveries.", []),
        ("Cde. Molotov [illegible] to finalize the text.", []),
        # after a task given in full, what another must or should do is an opinion, and a plain "to" a decision
        # about him: only the editor's "[to]" reads it as his task
        (
            "Cde. Molotov is to finalize the text. Cde. Nagy should make an appeal to the population.",
            [("molotov", "finalize the text")],
        ),
        ("Cde. Molotov is to finalize the text. Cde. Nagy must not be trusted.", [("molotov", "finalize the text")]),
        (
            "Cdes. Suslov and Molotov [are to] finalize the text; Cde. Kadar to address the population.",
            [
                ("suslov", "finalize the text"),
                ("molotov", "finalize the text"),
            ],
        ),
        # an editor's remark is no completion of a name (no man "Serovsic") nor a word of the task
        ("Instruct Cde. Serov[sic] to detain the group.", []),
        (
            "Cde. Molotov is to [two words illegible] the text of the note.",
            [("molotov", "[two words illegible] the text of the note")],
        ),
        # (heading a delegation is a place in it, a decision about him: see test_not_assignments)
        (
            "Cde. Mikoyan [is] to report to the congress.",
            [("mikoyan", "report to the congress")],
        ),
    ],
)
def test_an_edition_s_insertions_in_a_task(facts_of, text, expected):
    assert _tasks(facts_of, "Cde. Khrushchev—Adopt the directives. " + text + "\n")[0] == expected


def test_the_evidence_of_a_task_quotes_the_editor_s_brackets(facts_of):
    [s] = facts_of(HEAD + "Cde. Khrushchev—Cdes. Suslov, Bulg[anin] [are to] finalize the text.\n").sessions
    assert {a.span.quote for a in s.assignments} == {"Cdes. Suslov, Bulg[anin] [are to] finalize the text."}


def test_a_resolution_s_lettered_points_in_the_body_s_past(facts_of):
    """ "The Presidium ... b) instructed Cde. X to ...;" gives X the task, each point its own even after a
    year ("by 2 July 1968;"); a man's post between his name and his task, a comrade the task names as his partner
    ("to prepare together with Cde. Y ..."), and a body after a man's name ("Cde. Loginov (Ministry of Civil
    Aviation)") are read."""
    [s] = facts_of(
        "Minutes of the KSČ CC Presidium meeting, 25 June 1968\nPresent: Comrades Dubček, Černík, Kolder.\n\n"
        "1. On the exercise\nCde. Černík stated that a date was needed.\n\nResolution:\nThe Presidium of the KSČ CC\n"
        "a) took note of the information;\nb) instructed Cde. Kolder to agree on the date, and to report by 2 July "
        "1968;\nc) instructed Cde. V. Prchlík, head of the State Administration Department of the CC, to prepare "
        "together with Cde. Pavel information for the CC;\nd) instructed Cde. Loginov (Ministry of Civil Aviation) "
        "to organize the flights.\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("kolder", "agree on the date, and to report by 2 July 1968"),
        ("prchlik", "prepare together with Cde. Pavel information for the CC"),
        ("pavel-josef", "prepare together with Cde. Pavel information for the CC"),
        ("loginov", "organize the flights"),
    ]


def test_another_meeting_s_decisions_told_in_a_report_are_no_tasks(facts_of):
    """ "Comrade X reported on the session ...: 2. instructed Comrade Yakubovsky to ..." tells what another body
    decided; the same point under this body's label is its task."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Committee held on 25 March 1969\n\nPresent: Comrades Jenő Fock, "
        "Zoltán Komócsin\n\nRe 1.\nComrade Jenő Fock reported on the session of the Political Consultative "
        "Committee. The session:\n1. adopted the statute;\n2. instructed Comrade Yakubovsky to prepare the statute "
        "of the unified command.\n\nComrade Zoltán Komócsin agreed with the report.\n\nThe Political Committee:\n"
        "1. approved the activity of the delegation;\n2. instructed Comrade Jenő Fock to inform the government.\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [("fock", "inform the government")]


def test_assignment_evidence_keeps_the_comrades(facts_of):
    [s] = facts_of(HEAD + "Cde. Mikoyan—a good document. Cdes. Suslov and Zhukov are to transmit it.\n").sessions
    assert [a.span.quote for a in s.assignments] == ["Cdes. Suslov and Zhukov are to transmit it."] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Cde. Zhukov is to be relieved of his duties.",
        "Cde. Zhukov, during the talks in Moscow, is to be told everything.",  # done to him
        "Cde. Khrushchev—Cde. Kadar must act decisively.",  # not at the session: an opinion, not a task
        "The Ministry of Defense (Cde. Malinovsky) reports that the troops are ready.",  # a body's report, no task
        "Cde. Zhukov, with whom Cde. Konev agrees, is right.",  # no task after the aside
        "The KGB (Cde. Andropov) is to be thanked for its information.",  # thanks are no task
        "The Politburo Commission (Cdes. Suslov, Mikoyan) is to be dissolved.",  # done to the body, no task of theirs
        "The Presidium rejects the proposal to raise bread prices.\nResponsible: Comrade Zhukov.",  # no task above
        "Deadline: 2 April 1958.\nResponsible: Comrade Zhukov.",  # a deadline is no task
        "Comrade Zhukov was charged with abuse of office in 1937.",  # an accusation, no task
        "Comrade Zhukov was charged with the murder of Beria.",
        # another session's decision, told in this one's record
        "Cdes. Mikoyan and Suslov were instructed to go to Budapest at the session of 24 October.",
    ],
)
def test_more_not_assignments(facts_of, text):
    assert _tasks(facts_of, text + "\n")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in any man's turn, a task made for men at the session, each clause its own
        (
            "Khr.—Send the crews. Let Cde. Suslov and Cde. Zhukov work out the route; let Cde. Loginov prepare the "
            "aircraft.",
            [("suslov", "work out the route"), ("zhukov", "work out the route")],
        ),
        ("Cde. Mikoyan—So let Cde. Molotov prepare the draft.", [("molotov", "prepare the draft")]),
        # not the floor given, nor a man readying himself, nor a question or what was said before
        ("Khr.—Let Cde. Suslov speak first.", []),
        ("Khr.—Let Cde. Molotov prepare himself for a hard fight.", []),
        ("Cde. Mikoyan—Let Cde. Molotov draft the reply? He has no time for it.", []),
        ("Khr.—In July we said: let Cde. Molotov prepare the draft. He did not do it.", []),
        ("Khr.—We must answer. My proposal: let Cde. Molotov draft the reply.", [("molotov", "draft the reply")]),
    ],
)
def test_a_task_a_speaker_makes_for_a_man_at_the_session(facts_of, text, expected):
    """ "Let Cde. Gromyko and Cde. Malinovsky work out the route" in Khrushchev's turn, by a verb of making: a task
    for men the session lists, as "Cde. X must ..." is; a man not at the session (Loginov) is given none so."""
    assert _tasks(facts_of, text + "\n")[0] == expected


def test_the_one_responsible_for_a_point_that_sets_a_task(facts_of):
    text = "1. Publish the communiqué in Pravda.\nResponsible: Comrade Zhukov.\n"
    assert _tasks(facts_of, text)[0] == [("zhukov", "Publish the communiqué in Pravda")]


def test_a_body_s_lettered_points_under_its_name_each_give_a_task_once(facts_of):
    """Under the body's name on a line of its own, after a turn in the speaker's own words, each lettered point is a
    point of the decision, not a line the one above wraps onto; the man a point instructs is not given it again by
    the "Responsible:" after it, which does give it to another man."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Political Committee, 8 October 1968\n"
        "Present: Comrades János Kádár, Jenő Fock, Rezső Nyers, Sándor Gáspár.\n\n"
        "2. Proposal on the prices\n\nComrade Kádár: The proposal is correct and we adopt it.\n\n"
        "The Political Committee\na) approves the proposal;\n"
        "b) instructs Comrade Nyers to submit the final proposal. Responsible: Comrade Nyers;\n"
        "c) instructs Comrade Gáspár to inform the trade unions. Responsible: Comrade Fock;\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("nyers", "submit the final proposal"),
        ("gaspar", "inform the trade unions"),
        ("fock", "instructs Comrade Gáspár to inform the trade unions"),
    ]


def test_points_a_task_opens_stay_its_own_and_a_body_s_task_is_not_swallowed(facts_of):
    """Points under a task with no colon are what it is to hold; a body's task before a dash keeps its body."""
    text = "Instruct Cdes. Suslov and Zhukov to prepare\na) an appeal to the Hungarian people;\nb) a statement.\n"
    assert _tasks(facts_of, text)[0] == [
        ("suslov", "prepare a) an appeal to the Hungarian people; b) a statement"),
        ("zhukov", "prepare a) an appeal to the Hungarian people; b) a statement"),
    ]
    text = "Instruct the Ministry of Defense to work out the measures—Cdes. Zhukov and Suslov to report in a week.\n"
    assert [who for who, _ in _tasks(facts_of, text)[0]] == ["Ministry of Defense"]
    text = "Decisions: a) The plan is to be submitted. Responsible: Comrade Zhukov;\n"
    assert _tasks(facts_of, text)[0] == [("zhukov", "The plan is to be submitted")]


def test_those_responsible_named_on_a_decision_s_line(facts_of):
    """Minutes name those responsible after the point's sentence, on its line: with commas between "Comrade"s, a
    post after the name, under a decision that the body "agreed to" take; a point that opens with "Information"
    is a point of the decision (it says what is to be done), not an item's title."""
    text = (
        "Decisions on item 1:\n"
        "1. The Political Committee agreed to grant assistance. Responsible: Comrade Suslov, Comrade Mikoyan.\n"
        "2. Information for the party organizations is to be prepared by 20 June. Responsible: Comrade Molotov.\n"
        "3. The delivery is to be agreed with the Soviet side. Responsible: Comrade Georgy Zhukov, Minister of "
        "Defense.\n"
    )
    assert [p for p, _ in _tasks(facts_of, text)[0]] == ["suslov", "mikoyan", "molotov", "zhukov"]
    approved = "Decisions:\n1. The Political Committee approved it without discussion. Responsible: Comrade Suslov.\n"
    assert [p for p, _ in _tasks(facts_of, approved)[0]] == ["suslov"]


@pytest.mark.parametrize(
    "label",
    [
        "Decisions on item 1:",
        "Decision on the first item:",
        "Decisions on items 1 and 2:",
        "Decisions on item 1 of the agenda:",
        "The Political Committee decided on item 1:",
    ],
)
def test_the_labels_over_a_decision_s_points(facts_of, label):
    """Under the label, minutes' numbered lines are the decision's points, and the told turn before it ends there."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP Political Committee, 13 June 1967\n"
        "Present: Comrades János Kádár, Jenő Fock, Antal Apró.\n"
        "1. Information on the Moscow meeting.\n"
        "Comrade Kádár informed the Political Committee about the meeting.\n"
        "Comrade Fock stated that he agreed.\n"
        f"{label}\n"
        "1. The Political Committee agreed to grant assistance. Responsible: Comrade Fock, Comrade Apró.\n"
    ).sessions
    assert [t.text for t in s.turns][-1] == "stated that he agreed."
    assert [a.person.id for a in s.assignments] == ["fock", "apro"]


@pytest.mark.parametrize("reported", ["HEARD: Cde. Tikhonov N. A.", "HEARD: Report of Cde. Tikhonov.", "Tikhonov"])
def test_a_protocol_s_resolution_under_a_report_heard_is_no_stance_of_the_reporter(facts_of, reported):
    """Nor his words: the decision is the record's, under a report heard or a name on a line of its own."""
    [s] = facts_of(
        "PROTOCOL No. 12 of the session of the Politburo of the CC CPSU of 14 May 1981\n"
        "Present: Cdes. Brezhnev, Tikhonov, Suslov.\n"
        "1. On the grain purchases.\n"
        f"{reported}\n"
        "RESOLVED: Agree with the proposals of the USSR Council of Ministers. Approve the draft resolution.\n"
    ).sessions
    assert [(p.stance.value, p.cue) for p in s.positions] == [("unclear", "")]
    assert "RESOLVED" not in s.turns[0].text or reported == "Tikhonov"


def test_a_speaker_s_agree_under_his_name_on_a_line_of_its_own_is_his(facts_of):
    """Not a decision's "Agree ..." (only a record's label, "RESOLVED:", under a name is the record's)."""
    [s] = facts_of(HEAD + "Malenkov\n\nAgree. The draft is correct.\n\nMolotov\n\nI object.\n").sessions
    assert [(p.stance.value, p.cue) for p in s.positions] == [("supports", "Agree"), ("opposes", "I object")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a task given in the passive to its doer, in the record's voice: the whole clause is the task
        (
            "The proposals are to be submitted by Comrade Zhukov by 20 September.\n",
            [("zhukov", "The proposals are to be submitted by Comrade Zhukov by 20 September")],
        ),
        (
            "The meeting is to be held on 10 September; the report is to be given by Cde. Suslov.\n",
            [("suslov", "the report is to be given by Cde. Suslov")],
        ),
        # ... not in a speaker's own words; nor is "by Cde." a sentence's end, after which a man's task would begin
        ("Cde. Khrushchev—The report is to be given by Cde. Suslov, I think.\n", []),
        ("The letter signed by Cde. Suslov is to be published.\n", []),
        ("The proposal prepared by Cdes. Suslov and Zhukov is to be discussed at the next session.\n", []),
        # ... nor in a turn the record tells, nor a post to be filled
        ("Cde. Molotov reports on the letter. The text is to be discussed by Cde. Suslov with the editors.\n", []),
        ("The post is to be filled by Cde. Suslov.\n", []),
        ("The session is to be chaired by Cde. Suslov.\n", []),
        # (but a body and a man are to ...)
        (
            "The Ministry of Defense and Cde. Zhukov are to submit proposals.\n",
            [("Ministry of Defense", "submit proposals"), ("zhukov", "submit proposals")],
        ),
    ],
)
def test_a_task_given_in_the_passive_to_its_doer(facts_of, text, expected):
    assert _tasks(facts_of, text)[0] == expected


def test_a_decision_after_a_turn_under_the_following_is_adopted(facts_of):
    """ "The following is adopted:" ends the last speaker's turn; its points are the body's, the last one too,
    above the record's "(Agreed.)" (no list of those who spoke)."""
    body = (
        "Cde. Khrushchev—We approve it.\nThe following is adopted:\n1. Approve the draft.\n"
        "2. Cde. Suslov is to inform Cde. Gomułka through the ambassador.\n\n(Agreed.)\n"
    )
    assert _tasks(facts_of, body) == (
        [("suslov", "inform Cde. Gomułka through the ambassador")],
        ["Approve the draft"],
    )


def test_decisions_inside_a_line_and_not_a_speaker_s_first_words(facts_of):
    body = "Cde. Khrushchev—Station them secretly. Compose a letter to the Poles.\nCde. Zhukov—Agree with Cde. Khrushchev.\nTo approve the draft.\n"
    assert _tasks(facts_of, body)[1] == ["Compose a letter to the Poles", "To approve the draft"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution's lettered points, as its numbered ones
        (
            "Resolutions:\na) Approve the draft.\nb) Comrades Suslov and Zhukov are to prepare the materials.\n"
            "(c) Comrade Mikoyan is to prepare the communiqué.\n",
            [
                ("suslov", "prepare the materials"),
                ("zhukov", "prepare the materials"),
                ("mikoyan", "prepare the communiqué"),
            ],
        ),
        # minutes in the present tense: the body "instructs", and "It instructs" after its sentence
        (
            "The Presidium\n1. approves the report;\n2. instructs Comrade Suslov to inform the parties.\n",
            [("suslov", "inform the parties")],
        ),
        (
            "The Presidium accepts the proposal. It instructs Comrade Zhukov to revise the draft by 20 March.\n",
            [("zhukov", "revise the draft by 20 March")],
        ),
        # an ambassador named in brackets after his post, as a body's head is
        (
            "The Soviet ambassador in Cairo (Cde. E. D. Kiselev) is to inform Nasser of this decision.\n",
            [("e-d-kiselev", "inform Nasser of this decision")],  # (not Tikhon Kiselev of the people file)
        ),
        (
            "Instruct the Soviet ambassador in Cairo (Cde. E. D. Kiselev) to inform Nasser.\n",
            [("e-d-kiselev", "inform Nasser")],
        ),
        # ... not another country's
        ("The ambassador of Poland (Cde. Jabłoński) is to inform Nasser of this decision.\n", []),
        # a recommendation to a body outside the apparatus, its men to act on it
        (
            "DECIDED:\n3. To recommend that the Board of the Union of Writers of the USSR (Cdes. K. A. Fedin, "
            "G. M. Markov) consider the question of strengthening the editorial board.\n",
            [
                ("fedin", "consider the question of strengthening the editorial board"),
                ("markov", "consider the question of strengthening the editorial board"),
            ],
        ),
        # ... not one done to a man, nor a recommendation for a post
        ("DECIDED:\n1. To recommend that Cde. Furtseva be released from her duties.\n", []),
        ("DECIDED:\n1. Recommend Cde. Furtseva for election as secretary.\n", []),
        ("DECIDED:\n1. To recommend that Cdes. Fedin and Markov be elected to the board.\n", []),
        # ... nor a speaker's recommendation in his turn
        ("Cde. Suslov—I recommend that Cde. Furtseva consider the question again.\n", []),
        # a body named in lower case with its men in brackets
        (
            "DECIDED:\n2. To instruct the secretariat of the Board of the USSR Writers' Union (Cdes. K. A. Fedin, G. M. "
            "Markov) to discuss the work of the journal.\n",
            [("fedin", "discuss the work of the journal"), ("markov", "discuss the work of the journal")],
        ),
        # a point that names the one responsible for a matter, the matter his task ...
        (
            "DECIDED:\n1. Approve the draft.\n2. Responsible for the explanation of the law in the press: Cde. G. K. "
            "Zhukov.\n",
            [("zhukov", "the explanation of the law in the press")],
        ),
        # a man made responsible for a matter, or named with his post in brackets
        (
            "DECIDED:\n1. Comrade Zhukov is responsible for the explanation of the measures in the press.\n",
            [("zhukov", "the explanation of the measures in the press")],
        ),
        (
            "DECIDED:\n1. Cde. G. K. Zhukov (editor-in-chief of Pravda) is to publish the order.\n",
            [("zhukov", "publish the order")],
        ),
        (
            "DECIDED:\n1. Approve the visit.\n2. Responsible for the security of the delegation: Comrade Zhukov.\n",
            [("zhukov", "the security of the delegation")],
        ),
        # ... not a portfolio
        ("DECIDED:\n1. Comrade Zhukov is responsible for the youth movement.\n", []),
        ("DECIDED:\n1. Comrade Zhukov is responsible for the government.\n", []),
        ("DECIDED:\n1. Comrade Zhukov is responsible for the shortcomings in recruitment.\n", []),
        # ... not what a man answers for that went wrong
        ("DECIDED:\n1. Approve the draft.\n2. Responsible for the delay: Comrade Zhukov.\n", []),
        ("DECIDED:\n1. Approve the draft.\n2. Responsible for the situation: Comrade Zhukov.\n", []),
        # ... but under a task given in full, that task (tasks.json's 'to_list')
        (
            "DECIDED:\nPublish the communiqué in Pravda. Responsible for the organization: Comrade Zhukov.\n",
            [("zhukov", "Publish the communiqué in Pravda")],
        ),
        # a message the body sends through a man, who is to carry it
        (
            "II. On the letter\n\nReply orally, through Cde. Zhukov. Tell Cde. Gomułka that we agree.\n",
            [("zhukov", "Reply orally, through Cde. Zhukov")],
        ),
        (
            "II. On the letter\n\nConvey [this] to Cde. Kádár through Cde. Zhukov.[8]\n",
            [("zhukov", "Convey this to Cde. Kádár through Cde. Zhukov")],
        ),
        # ... through two men, what they are to say after them
        (
            "II. On the letter\n\nTell the Chinese friends through Cdes. Yudin and Fedorenko that we agree.\n",
            [
                ("yudin", "Tell the Chinese friends through Cdes. Yudin and Fedorenko that we agree"),
                ("fedorenko", "Tell the Chinese friends through Cdes. Yudin and Fedorenko that we agree"),
            ],
        ),
        # ... what the message says naming other men
        (
            "II. On the letter\n\nTell Mao through Cde. Yudin that Cde. Mikoyan will come in April.\n",
            [("yudin", "Tell Mao through Cde. Yudin that Cde. Mikoyan will come in April")],
        ),
        # ... not a message that came through him
        ("II. On the letter\n\nReply to the message received through Cde. Zhukov that we agree.\n", []),
        # ... not in a speaker's turn, where it is his proposal, nor a letter that came through a man
        ("Cde. Suslov—Consult with the Egyptians through Cde. Zhukov.\n", []),
        ("II. On the letter\n\nThe Poles informed us of it through Comrade Zhukov's letter.\n", []),
    ],
)
def test_tasks_in_a_resolution_s_points_and_in_the_present_tense(facts_of, text, expected):
    assert _tasks(facts_of, text)[0] == expected


@pytest.mark.parametrize("dash", ["—", " – "])
def test_a_body_s_man_between_dashes_is_instructed_and_speaks_no_turn(facts_of, dash):
    """ "Instruct the KGB—Cde. Andropov—to prepare proposals.": the body and its man have the task; "Cde.
    Andropov—" after the dash is no speaker's turn."""
    [s] = facts_of(
        HEAD + f"DECIDED:\n1. Instruct the KGB{dash}Cde. Andropov{dash}to prepare proposals on the border.\n"
    ).sessions
    assert [(a.person.id if a.person else a.organisation, a.task) for a in s.assignments] == [
        ("KGB", "prepare proposals on the border"),
        ("andropov", "prepare proposals on the border"),
    ]
    assert s.turns == []


def test_two_bodies_each_with_its_man_between_dashes_are_instructed(facts_of):
    """ "Instruct the KGB—Cde. Serov—and the MFA—Cde. Shepilov—to ...": both bodies and both men have the task."""
    [s] = facts_of(
        HEAD + "DECIDED:\n1. Instruct the KGB—Cde. Serov—and the MFA—Cde. Shepilov—to prepare proposals.\n"
    ).sessions
    assert sorted((a.person.id if a.person else a.organisation) for a in s.assignments) == [
        "KGB",
        "MFA",
        "serov",
        "shepilov",
    ]
    assert {a.task for a in s.assignments} == {"prepare proposals"}


def test_a_recommendation_is_a_decision_of_the_record(facts_of):
    """ "To recommend that ..." in the record's decisions is one of them, as "To instruct ..." is, not an item of
    the agenda that its number would make it."""
    assert _tasks(facts_of, "DECIDED:\n3. To recommend that the Board (Cde. Fedin) consider it.\n")[1] == [
        "To recommend that the Board (Cde. Fedin) consider it"
    ]


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        # minutes told in the third person
        (
            "Comrade Zhukov said that the Presidium should approve the report.",
            "supports",
            "said that the Presidium should approve the report",
        ),
        ("Comrade Zhukov said that the Presidium should approve the report only after the plenum.", "unclear", ""),
        (
            "Comrade Molotov expressed doubts about publishing an editorial now.",
            "opposes",
            "expressed doubts about publishing",
        ),
        # the proposals of a ministry (or two) are correct
        (
            "Cde. Suslov—The proposals of the MFA and the Ministry of Defense are correct.",
            "supports",
            "The proposals of the MFA and the Ministry of Defense are correct",
        ),
    ],
)
def test_stances_told_in_minutes_and_of_a_ministry_s_proposals(facts_of, turn, stance, cue):
    [(_, got, found)] = _stances(facts_of, turn + "\n")
    assert (got, found) == (stance, cue)


def test_agreeing_with_a_man_on_a_point_is_no_stance_by_reference(facts_of):
    """ "He agreed with Comrade X that the editorial must not be polemical, but ...": a point granted, not X's stance
    taken over (as "X is right that ..." is not)."""
    body = (
        "Comrade Molotov said that he was against the letter.\n"
        "Comrade Zhukov agreed with Comrade Molotov that the tone must be calm, but the letter must go.\n"
        "Comrade Suslov agreed with Comrade Molotov.\n"
    )
    assert [(who, stance) for who, stance, _ in _stances(facts_of, body)] == [
        ("molotov", "opposes"),
        ("zhukov", "unclear"),
        ("suslov", "opposes"),
    ]


def test_a_man_instructed_after_a_body_and_its_head(facts_of):
    """ "Instruct the International Department (Cde. Ponomarev) and Cde. Zhukov to ...": the man after the body and
    its head is instructed too, as one before it is ("Cde. Zhukov and the Department ...")."""
    tasks, _ = _tasks(
        facts_of,
        "Instruct the International Department (Cde. Ponomarev) and Cde. Zhukov to prepare a reply.\n"
        "Instruct Gosplan (Cde. Kosygin), Cde. Mikoyan and the Ministry of Foreign Trade to submit proposals.\n",
    )
    assert tasks == [
        ("International Department", "prepare a reply"),
        ("ponomarev", "prepare a reply"),
        ("zhukov", "prepare a reply"),
        ("Ministry of Foreign Trade", "submit proposals"),
        ("Gosplan", "submit proposals"),
        ("kosygin", "submit proposals"),
        ("mikoyan", "submit proposals"),
    ]


def test_a_task_the_record_gives_in_the_present_passive_or_under_responsible(facts_of):
    """ "2. Comrade X is instructed to ..." (not "is charged with ...", read once by its own form), and "...
    will be published in Pravda on 29 October. Responsible: Comrade Y.": the sentence is Y's task."""
    tasks, _ = _tasks(
        facts_of,
        "Decision:\n1. Comrade Suslov is instructed to submit the draft decree.\n"
        "2. Comrades Zhukov and Molotov are charged with preparing the reply.\n"
        "3. The announcement will be published in Pravda on 29 October. Responsible: Comrade Mikoyan.\n",
    )
    assert tasks == [
        ("suslov", "submit the draft decree"),
        ("zhukov", "preparing the reply"),
        ("molotov", "preparing the reply"),
        ("mikoyan", "The announcement will be published in Pravda on 29 October"),
    ]


def test_he_in_minutes_after_men_named_in_a_list_after_a_preposition(facts_of):
    """ "... the talks which he, together with Comrades E. Bodnăraș and I. Chișinevschi, had had ... headed by Comrade
    János Kádár. He proposed that ...": the men listed after "with" and "by" are no subject "He" stands for."""
    [s] = facts_of(
        "MINUTES\nof the meeting of the Political Bureau of 5 November 1956\n\n"
        "The following took part: Comrades Gh. Gheorghiu-Dej, E. Bodnăraș, I. Chișinevschi.\n\n"
        "1. Assistance to Hungary\n\nComrade Gh. Gheorghiu-Dej informed the Political Bureau about the talks which he, "
        "together with Comrades E. Bodnăraș and I. Chișinevschi, had had. A government was formed, headed by Comrade "
        "János Kádár. He proposed that the statement be published today.\n"
    ).sessions
    assert [(p.stance.value, p.cue) for p in s.positions] == [("supports", "He proposed")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "I agree with X and with the proposal"; "spoke in favor of Cde. X's proposals"; "we will do as X proposes"
        (
            "Cde. Zhukov—I object to the draft.\nCde. Suslov—I agree with Cde. Kaganovich and with the proposal.\n"
            "Cde. Mikoyan spoke in favor of Cde. Zhukov's proposals.\nCde. Molotov—We will do as Zhukov proposes.\n",
            [("zhukov", "opposes"), ("suslov", "supports"), ("mikoyan", "opposes"), ("molotov", "opposes")],
        ),
    ],
)
def test_a_proposal_of_ours_and_support_by_reference(facts_of, body, expected):
    assert [(who, stance) for who, stance, _ in _stances(facts_of, body)] == expected


def test_a_proposal_of_ours_and_agreeing_with_it_by_a_first_name_and_patronymic(facts_of):
    [s] = facts_of(
        "SESSION OF THE CPSU CC POLITBURO\n13 September 1973\nPresent: Cdes. Gromyko, Ponomarev\n"
        "1. On the situation in Chile\nGROMYKO. Our proposal is this: first of all get the people out.\n"
        "PONOMAREV. I agree with Andrei Andreevich.\n"
    ).sessions
    assert [(p.stance.value, p.cue) for p in s.positions] == [
        ("supports", "Our proposal is"),
        ("supports", "I agree with Andrei Andreevich."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision that instructs no one
        ("Decision:\n1. considers it unnecessary to instruct the MFA to issue a communiqué.\n", []),
        ("Decision:\n1. It does not instruct Comrade Suslov to travel.\n", []),
        # a decision quoted from another party's letter
        ('Decision:\n1. The letter says: "It instructs Comrade Zhukov to lead the delegation."\n', []),
        # a lettered point in a speaker's report of another body's decisions
        ("Cde. Suslov—The Hungarians decided: b) Comrade Molotov is to take charge of the councils.\n", []),
        # an ambassador in the country he serves in is ours
        (
            "The Soviet ambassador in the GDR (Cde. Pervukhin) is to inform Cde. Ulbricht.\n",
            [("pervukhin", "inform Cde. Ulbricht")],
        ),
    ],
)
def test_what_gives_no_task_or_one_to_an_ambassador(facts_of, text, expected):
    assert _tasks(facts_of, text)[0] == expected


@pytest.mark.parametrize(
    ("turn", "stance"),
    [
        # doubts about another party's paper, or at first only (no stance against)
        ("Comrade Zhukov expressed doubts about the letter of the Chinese comrades.", "unclear"),
        ("Comrade Zhukov expressed doubts about the draft at first, but in the end he supported it.", "unclear"),
        # approving another's report, or later, or instead
        ("Comrade Zhukov said that the Presidium should approve the report of Comrade Kozlov instead.", "unclear"),
        ("Comrade Zhukov said that the Presidium should approve the report at its next session.", "unclear"),
        # correct, but I would wait
        ("Cde. Zhukov—The proposals of the MFA are correct, but I would wait a month.", "opposes"),
        ("Cde. Zhukov—The proposals of the MFA are correct in part.", "unclear"),
    ],
)
def test_what_the_forty_fourth_round_s_stance_cues_leave_alone(facts_of, turn, stance):
    [(_, got, _)] = _stances(facts_of, turn + "\n")
    assert got == stance


def test_agreeing_with_a_man_that_without_a_but_takes_his_stance(facts_of):
    body = "Cde. Molotov—I am against the letter.\nCde. Saburov—Agree with Molotov that it is premature.\n"
    assert [(who, stance) for who, stance, _ in _stances(facts_of, body)] == [
        ("molotov", "opposes"),
        ("saburov", "opposes"),
    ]


def test_a_task_a_speaker_proposes_and_the_decision_gives_is_two_facts(facts_of):
    """The speaker's "Cde. Suslov is to prepare the reply." and the decision's same words are two claims, each
    with its own evidence (only one sentence read twice is one)."""
    [s] = facts_of(
        HEAD
        + "Cde. Khrushchev—Cde. Suslov is to prepare the reply.\n\nResolved: Cde. Suslov is to prepare the reply.\n"
    ).sessions
    assert [(a.person.id, a.span.quote) for a in s.assignments] == [
        ("suslov", "Cde. Suslov is to prepare the reply."),
        ("suslov", "Cde. Suslov is to prepare the reply."),
    ]
    assert s.assignments[0].span.start < s.assignments[1].span.start


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Suslov—I support the report.", "supports", "I support the report"),
        ("Cde. Suslov—He agreed with the report.", "supports", "He agreed with the report"),
        ("Cde. Suslov—I support the guidelines, with one addition.", "supports", "I support the guidelines"),
        ("Cde. Suslov—I am against the report.", "opposes", "I am against"),
        ("Cde. Suslov—I ask the Presidium to approve it.", "supports", "I ask the Presidium to approve it"),
        ("Cde. Suslov—I ask the Presidium to approve it only after the talks.", "unclear", ""),
        (
            "Cde. Suslov—We have read the directives, and the Presidium should approve them.",
            "supports",
            "the Presidium should approve them",
        ),
        ("Cde. Suslov—The Presidium should approve them later, when we know more.", "unclear", ""),
        ("Cde. Suslov—The Presidium should not approve them.", "opposes", "should not approve"),
        ("Cde. Suslov—He recommended agreeing to it.", "supports", "He recommended agreeing to it"),
        ("Cde. Suslov—He recommended approving it only if the Poles agree.", "unclear", ""),
        # Malin's present tense, as his past: "Proposes to approve the draft"
        ("Suslov—Reports. Proposes to approve the draft.", "supports", "Proposes to approve the draft"),
        ("Suslov—Proposed to approve the draft.", "supports", "Proposed to approve the draft"),
        ("Suslov—Kaganovich proposes to approve the draft. Doubts it.", "unclear", ""),
    ],
)
def test_a_report_or_guidelines_the_body_is_asked_to_approve(facts_of, turn, stance, cue):
    """Minutes of an item that is a report ("I support the report", "He agreed with the report"), a presenter who
    asks the body to approve his paper or proposes to, a member who says the body should approve it, or recommends
    agreeing to it: support, unless only later or on a condition."""
    assert _stance(facts_of, turn) == (stance, cue)


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Suslov—For the letters. They are needed before Paris.", "supports", "For the letters"),
        ("Cde. Suslov—Supports the letters as they have been proposed.", "supports", "Supports the letters"),
        ("Cde. Suslov—I also consider the proposal correct.", "supports", "I also consider the proposal correct"),
        ("Cde. Suslov—I consider the proposal correct only in part.", "unclear", ""),
        (
            "Cde. Suslov—I would propose postponing any step until their plenum.",
            "opposes",
            "I would propose postponing any step",
        ),
        (
            "Cde. Suslov—He proposed postponing the decision until after the congress.",
            "opposes",
            "He proposed postponing the decision",
        ),
        (
            "Cde. Suslov—I propose to postpone the question until the plenum.",
            "opposes",
            "I propose to postpone the question",
        ),
        # the item's own proposal may be to put something off: "postpone the credits" is no objection to it
        ("Cde. Suslov—I propose to postpone the deliveries for two years.", "unclear", ""),
    ],
)
def test_letters_a_paper_judged_correct_and_a_proposal_to_put_the_decision_off(facts_of, turn, stance, cue):
    """Papers in the plural ("For the letters."); "I consider the proposal correct" (not only in part); proposing
    to put off the decision or any step is against taking it now, not a proposal of the item's."""
    assert _stance(facts_of, turn) == (stance, cue)


@pytest.mark.parametrize(
    "turn",
    [
        "Cde. Suslov—Nobody thinks the Presidium should approve them.",
        "Cde. Suslov—Kaganovich says the Presidium should approve them.",
        "Cde. Suslov—I ask the Presidium to approve it later.",
        "Cde. Suslov—He recommended approving the draft in a month.",
        "Cde. Suslov—I support the report of the ambassador on the situation in Hungary.",
        "Cde. Suslov—He agreed with the report that the harvest was poor.",
        "Cde. Suslov—I support the guidelines of the Chinese party.",
        "Cde. Suslov—He recommended approving the statement of Tito.",
        "Cde. Suslov—I consider the proposal correct in its first part, the second is wrong.",
        "Cde. Suslov—I consider the proposal right, with the exception of the second paragraph.",
        "Cde. Suslov—I consider the proposal good, but untimely.",
        "Cde. Suslov—I propose postponing the decision on the Chinese question and adopting this draft.",
        "Cde. Suslov—I propose to postpone the discussion until after lunch.",
        "Cde. Suslov—I propose postponing the statement of the Americans.",
    ],
)
def test_what_the_cues_of_reports_recommendations_and_putting_off_leave_alone(facts_of, turn):
    """Another's view ("Kaganovich says the Presidium should ..."), a reservation after the cue ("later", "in a month",
    "in its first part", "but untimely"), another's paper ("the report of the ambassador", "the statement of Tito",
    "the report that ...": a point granted), and putting off something else than the item ("the decision on the
    Chinese question and adopting this draft", "until after lunch", "the statement of the Americans")."""
    assert _stance(facts_of, turn) == ("unclear", "")


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Suslov—We are for the draft.", "supports", "We are for the draft"),
        ("Cde. Suslov—We are for the draft only if it is amended.", "unclear", ""),
        (
            "Cde. Suslov—Let us sum up. The draft is approved in the main.",
            "supports",
            "The draft is approved in the main",
        ),
        ("Cde. Suslov—The draft is approved with this amendment.", "unclear", ""),
        ("Cde. Suslov—I propose that we not hurry: first the package.", "opposes", "I propose that we not hurry"),
        (
            "Cde. Suslov—He proposed postponing consideration of the question for one month.",
            "opposes",
            "He proposed postponing consideration",
        ),
    ],
)
def test_a_chair_s_summing_up_we_are_for_and_not_hurrying(facts_of, turn, stance, cue):
    """ "We are for the draft"; a chair's "The draft is approved in the main" (a told record's "The draft is approved
    with this amendment" is the record's decision, not the last speaker's stance); "I propose that we not hurry";
    putting off the consideration of the question."""
    assert _stance(facts_of, turn) == (stance, cue)


@pytest.mark.parametrize(
    "turn",
    [
        "Cde. Suslov—We are for this reason obliged to answer.",
        "Cde. Suslov—We are for strengthening friendship with China.",
        "Cde. Suslov—I am for this reason against haste.",
        "Cde. Suslov—I consider the draft hardly correct.",
        "Cde. Suslov—The Americans rejected our note and proposed postponing the question.",
    ],
)
def test_what_we_are_for_considering_correct_and_proposed_postponing_leave_alone(facts_of, turn):
    """ "for this reason", a course the speaker names rather than the paper, a word between the paper and "correct",
    and putting off proposed by others than the speaker."""
    assert _stance(facts_of, turn) == ("unclear", "")


@pytest.mark.parametrize(
    ("turn", "cue"),
    [
        ("Cde. Suslov—We must not be afraid. The law should be adopt-\ned now.", "should be adopt-\ned"),
        ("Cde. Suslov—We must not be afraid. I sup-\n  port the draft.", "I sup-\n  port the draft"),
    ],
)
def test_a_cue_a_printed_line_broke(facts_of, turn, cue):
    """A cue's word the line broke ("adopt-" / "ed", the next line maybe indented) is read whole, and its cue quotes
    the page: the broken word whole, its hyphen and line break in it."""
    assert _stance(facts_of, turn) == ("supports", cue)


def test_minutes_that_tell_a_vote_against_and_agreement_after_an_aside(facts_of):
    """Past-tense minutes: "He would vote against." is the speaker's opposition; "Comrade Jaruzelski, summing up,
    agreed with the proposal of Comrade Rakowski." takes Rakowski's stance though an aside stands between."""
    [s] = facts_of(
        "Minutes of the meeting of the Politburo of the PZPR CC, 25 October 1988\n\n"
        "Present: Comrades W. Jaruzelski, A. Siwak, M. F. Rakowski.\n\n1. The Lenin Shipyard.\n\n"
        "Comrade Rakowski proposed that the Politburo approve the liquidation of the shipyard.\n\n"
        "Comrade Albin Siwak said that the party was closing the cradle of the working class. He would vote against.\n\n"
        "Comrade Jaruzelski, summing up, agreed with the proposal of Comrade Rakowski.\n"
    ).sessions
    speaker = {t.seq: t.person.id for t in s.turns}
    assert [(speaker[p.turn], p.stance.value) for p in s.positions] == [
        ("rakowski", "supports"),
        ("siwak", "opposes"),
        ("jaruzelski", "supports"),
    ]


def test_a_vote_against_on_a_condition_or_against_an_amendment_takes_no_stance(facts_of):
    """ "He would vote against only if the unions were not consulted." and "Voted against the amendment of the
    unions." are no opposition to the proposal: the turn keeps its support."""
    for said in (
        "He would vote against only if the unions were not consulted.",
        "Voted against the amendment of the unions.",
    ):
        [s] = facts_of(
            "Minutes of the Politburo meeting, 25 October 1988\n\nPresent: Comrades Jaruzelski, Miodowicz.\n\n"
            f"Comrade Miodowicz supported the decision. {said}\n"
        ).sessions
        assert [p.stance.value for p in s.positions] == ["supports"]


@pytest.mark.parametrize(
    ("turn", "cue"),
    [
        (
            "Cde. Kaganovich—The railways will not carry it. I support, on condition that the plan is given.",
            "I support",
        ),
        ("Cde. Bulganin—The Ministry of Agriculture supports. The MTS will form brigades.", "supports"),
        ("Cde. Saburov—After the explanations I withdraw my objection.", "I withdraw my objection"),
        ("Cde. Molotov—We adopt it as the basis.", "We adopt it as the basis"),
        ("Cde. Zhukov—The question is ripe.", "The question is ripe"),
    ],
)
def test_malin_s_short_assent_a_ministry_s_support_and_an_objection_withdrawn(facts_of, turn, cue):
    """Malin's notes' short assents: "I support, on condition ...", a ministry that "supports.", an objection
    withdrawn, "We adopt it as the basis", "The question is ripe"."""
    stance, found = _stance(facts_of, turn)
    assert (stance, cue in found) == ("supports", True)


def _told(facts_of, body: str) -> list[tuple[str, str]]:
    [s] = facts_of(
        "Minutes of the session of the Presidium of the CC KSČ, 16 April 1968\n\n"
        "Present: Comrades A. Dubček, J. Piller, V. Bil'ak, J. Pavel.\n\n1. Proposal to establish a commission.\n\n"
        "Comrade J. Piller introduced the proposal.\n" + body
    ).sessions
    speaker = {t.seq: t.person.id for t in s.turns}
    return [(speaker[p.turn], p.stance.value) for p in s.positions]


@pytest.mark.parametrize(
    ("said", "position"),
    [
        ("Comrade V. Bil'ak objected. He said that the party could not afford it.", ("bilak", "opposes")),
        (
            "Comrade J. Pavel said that the Ministry would open its files, and supported the proposal.",
            ("pavel-josef", "supports"),
        ),
        ("Comrade J. Piller replied that the money was there; he maintained his proposal.", ("piller", "supports")),
        ("Comrade A. Dubček, summing up the debate, said that the proposal was correct.", ("dubcek", "supports")),
        ("Comrade J. Pavel said that the Ministry regarded the proposal as timely.", ("pavel-josef", "unclear")),
        ("Comrade J. Pavel considered the proposal as timely.", ("pavel-josef", "supports")),
    ],
)
def test_minutes_that_tell_an_objection_support_after_a_clause_and_a_proposal_kept(facts_of, said, position):
    """Past-tense minutes: "X objected." opposes; "said that ..., and supported the proposal" supports, the support
    his own after the comma; "he maintained his proposal" supports it; a summing up "of the debate" is still an
    aside before what he said; "considered the proposal as timely" as "to be timely" (not the Ministry's view he
    reports)."""
    assert _told(facts_of, said + "\n")[-1] == position


def test_a_post_before_the_man_instructed(facts_of):
    """ "Instruct the Minister of Foreign Affairs, Comrade Czyrek, to ...", "– instructed the government spokesman,
    Comrade Jerzy Urban, to ...": the task is the man's, his post before his name between commas."""
    [s] = facts_of(
        "Minutes of the meeting of the Politburo of the PZPR CC, 25 October 1988\n\n"
        "Present: Comrades W. Jaruzelski, M. F. Rakowski, J. Czyrek.\n\n1. The Lenin Shipyard.\n\n"
        "Comrade Rakowski said that the shipyard must close.\n\nThe Politburo:\n– took note of the information;\n"
        "– instructed the government spokesman, Comrade Jerzy Urban, to prepare the announcement;\n"
        "– instructed the Minister of Foreign Affairs, Comrade Czyrek, to inform the embassies.\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [
        ("urban", "prepare the announcement"),
        ("czyrek", "inform the embassies"),
    ]
    [s] = facts_of(
        HEAD + "Cde. Mikoyan—Agree.\n\nInstruct the Minister of Defense, Cde. Zhukov, to prepare a note.\n"
    ).sessions
    assert [(a.person.id, a.task) for a in s.assignments] == [("zhukov", "prepare a note")]


def test_a_resolution_s_label_over_the_body_s_name_and_its_colon(facts_of):
    """ "Resolution: The Presidium of the CC KSČ:" over lettered points: each point is read apart, its tasks given."""
    for label in ("Resolution: The Presidium of the CC KSČ", "Resolution: The Presidium of the CC KSČ:"):
        [s] = facts_of(
            "Record of the meeting of the Presidium of the CC KSČ on 14 January 1977\n\n"
            "Present: Cdes. G. Husák, J. Kapek, A. Indra.\n\n1. Information on the Charter 77\n\n"
            "Cde. Husák: I propose to adopt the draft resolution.\n\n" + label + "\n"
            "a) takes note of the information of Cde. Kapek;\n"
            "b) instructs Cdes. Kapek and Indra to secure the political campaign in the workplaces.\n"
        ).sessions
        assert sorted(a.person.id for a in s.assignments) == ["indra", "kapek"]


def test_what_the_new_stance_and_task_cues_leave_alone(facts_of):
    """The probe review's cases: an objection withdrawn to one point only, a question "ripe for discussion", a
    proposal "correct ... but premature" take no support; "the Politburo decided:" over a point whose lettered
    sub-points are its task keeps them; "Assign Cde. Pegov, to Tehran, as ambassador" and "Instruct Cde. Suslov, to
    whom ..., to ..." give no task to a place or a clause."""
    assert _stance(facts_of, "Cde. Zhukov—I withdraw my objection to point 3, but I am against the draft.")[0] == (
        "opposes"
    )
    assert _stance(facts_of, "Cde. Zhukov—The question is ripe for discussion, not for a decision.")[0] == "unclear"
    assert _told(
        facts_of, "Comrade A. Dubček, summing up the debate, said that the proposal was correct but premature.\n"
    )[-1] == ("dubcek", "unclear")
    [s] = facts_of(
        "Minutes of the meeting of the Politburo of the PZPR CC, 25 October 1988\n\n"
        "Present: Comrades W. Jaruzelski, J. Czyrek, S. Olszowski.\n\n1. The letter.\n\n"
        "Comrade Czyrek presented the draft.\n\nThe Politburo decided:\n"
        "1. To instruct Cdes. Czyrek and Olszowski to prepare\na) a letter to the CC of the CPSU;\n"
        "b) a statement for the press.\n"
    ).sessions
    assert {a.task for a in s.assignments} == {
        "prepare a) a letter to the CC of the CPSU; b) a statement for the press"
    }
    [s] = facts_of(HEAD + "Cde. Mikoyan—Agree.\n\nAssign Cde. Suslov, to Tehran, as ambassador.\n").sessions
    assert s.assignments == []
    [s] = facts_of(
        HEAD + "Cde. Mikoyan—Agree.\n\nInstruct Cde. Suslov, to whom the letter was addressed, to answer it.\n"
    ).sessions
    assert not [a.task for a in s.assignments if "whom" in a.task]  # (his task "answer it" would be right)


def test_a_second_instruction_after_a_semicolon(facts_of):
    """ "Instruct the Soviet ambassador in Cairo, Cde. X, to inform Nasser; instruct the USSR Foreign Ministry (Cde.
    Gromyko) to inform ...": two tasks, the first man's ending at the semicolon."""
    [s] = facts_of(
        HEAD + "Cde. Mikoyan—Agree.\n\n3. Instruct the Soviet ambassador in Cairo, Cde. S. A. Vinogradov, to inform "
        "President Nasser of this decision; instruct the USSR Foreign Ministry (Cde. Gromyko) to inform the Syrian "
        "leadership.\n"
    ).sessions
    assert sorted((a.person.id if a.person else a.organisation, a.task) for a in s.assignments) == [
        ("USSR Foreign Ministry", "inform the Syrian leadership"),
        ("gromyko", "inform the Syrian leadership"),
        ("vinogradov", "inform President Nasser of this decision"),
    ]


def test_an_item_summed_up_by_the_man_who_opened_it_where_no_chair_is_named(facts_of):
    """Malin's notes name no chair: the item's last turn, by a man who spoke on it before, is its summing up, whose
    "Let Cdes. A and B sit down with ..." and "Cde. X will report to your Politburo" give tasks; the last of men who
    each speak once gives none so, and "Let Cde. X not worry" is none."""
    [s] = facts_of(
        HEAD + "Cde. Khrushchev—We invited you because things are going badly.\n"
        "Cde. Mikoyan—I agree with Cde. Khrushchev.\n"
        "Cde. Khrushchev—Think it over. Let Cdes. Molotov and Suslov sit down with the Hungarian comrades tomorrow. "
        "Cde. Zhukov will report to your Politburo. Let Cde. Kaganovich not worry.\n"
    ).sessions
    assert sorted((a.person.id, a.task) for a in s.assignments) == [
        ("molotov", "sit down with the Hungarian comrades tomorrow"),
        ("suslov", "sit down with the Hungarian comrades tomorrow"),
        ("zhukov", "report to your Politburo"),
    ]
    [s] = facts_of(
        HEAD + "Cde. Khrushchev—We invited you.\nCde. Mikoyan—Let Cdes. Molotov and Suslov sit down with them.\n"
    ).sessions
    assert s.assignments == []


@pytest.mark.parametrize(
    ("said", "position"),
    [
        ("Comrade J. Pavel said that his delegation supported the proposal.", ("pavel-josef", "supports")),
        (
            "Comrade V. Bil'ak stated that he agreed with the assessment given by Cde. Piller and with the proposal.",
            ("bilak", "supports"),
        ),
        (
            "Comrade J. Pavel said that his party could not agree with the proposal in its present form.",
            ("pavel-josef", "opposes"),
        ),
        ("Comrade J. Pavel expressed the full support of his party for the proposal.", ("pavel-josef", "supports")),
        # (not a party named by its country or its initials, which may be another's than his: what he reports of it
        # is no stance of his)
        ("Comrade J. Pavel said that the American government supported the proposal.", ("pavel-josef", "unclear")),
        ("Comrade J. Pavel said that the CPC could not agree with the proposal.", ("pavel-josef", "unclear")),
        (
            "Comrade J. Pavel said that the Romanian party could not agree with the proposal.",
            ("pavel-josef", "unclear"),
        ),
    ],
)
def test_a_stance_told_in_the_name_of_the_party_or_delegation_a_man_speaks_for(facts_of, said, position):
    """A meeting of delegations tells a leader's stance as his party's or delegation's: "said that his delegation
    supported the draft", "his party could not agree", "expressed the full support of his party for the draft";
    "agreed with the assessment ... and with the draft" supports it."""
    assert _told(facts_of, said + "\n")[-1] == position


def test_for_another_s_proposals_by_his_possessive_and_a_told_turn_that_does_not_question(facts_of):
    """ "I am for Cde. Mikoyan's proposals" takes Mikoyan's stance, as "I am for the proposals of Cde. Mikoyan" does;
    "Cde. Molotov does not question the assessment" tells his turn."""
    body = (
        "Cde. Mikoyan—I propose to adopt the draft.\n"
        "Cde. Suslov—I am for Cde. Mikoyan's proposals.\n"
        "Cde. Molotov does not question the assessment. He fears, however, that it is premature.\n"
    )
    [s] = facts_of(HEAD + body).sessions
    assert [t.person.id for t in s.turns] == ["mikoyan", "suslov", "molotov"]
    assert [(p.stance.value, p.cue) for p in s.positions][1] == ("supports", "I am for Cde. Mikoyan's proposals")


def test_a_body_with_its_head_as_partner_adopting_after_discussing_and_a_correct_assessment(facts_of):
    """ "Instruct Cdes. A and B, together with Gosplan (Cde. C), to prepare ..." tasks the body and its head too;
    "we should discuss it and adopt it" and "The draft gives a correct assessment." support, the latter not before
    ", but ..."."""
    [s] = facts_of(
        HEAD + "Cde. Khrushchev—I think we should discuss it and adopt it.\n"
        "Cde. Mikoyan—The draft gives a correct assessment.\n"
        "Cde. Suslov—The draft gives a correct assessment, but it is premature.\n"
        "Instruct Cdes. Mikoyan and Suslov, together with Gosplan (Cde. Kosygin), to prepare the materials.\n"
    ).sessions
    assert [p.stance.value for p in s.positions] == ["supports", "supports", "unclear"]
    assert [a.person.id if a.person else a.organisation for a in s.assignments] == [
        "mikoyan",
        "suslov",
        "Gosplan",
        "kosygin",
    ]


@pytest.mark.parametrize(
    ("turn", "stance"),
    [
        ("Cde. Malenkov—I support inviting Raab.", "supports"),
        ("Cde. Malenkov—I support postponing the visit.", "unclear"),  # (a putting off is no support of the item)
        ("Cde. Molotov—To invite Raab now is premature. I would wait.", "opposes"),
        ("Cde. Molotov—I remain of the opinion that it is premature.", "opposes"),
        ("Cde. Molotov—I think that it is premature to say how they will answer.", "unclear"),
        # a request before the body is a thing a speaker is for or against, as a proposal is
        ("Cde. Molotov—I support the request.", "supports"),
    ],
)
def test_support_of_a_doing_a_request_and_an_infinitive_or_opinion_found_premature(facts_of, turn, stance):
    assert _stance(facts_of, turn)[0] == stance


def test_what_the_new_task_and_stance_cues_leave_alone(facts_of):
    """The probe review's cases: "It instructed Népszabadság and MTI to publish ..." tasks no man (a paper and an
    agency are no one's names in full); "together with USSR Gosplan (Cde. N. K. Baibakov)" tasks the body and its
    head; "we should discuss it and adopt it only after the plenum" puts the item off, no support."""
    [s] = facts_of(
        "Minutes of the Meeting of the HSWP CC Political Committee, 8 December 1981\n\n"
        "Present: Kádár János, Lázár György\n\nItem 1\nComrade Lázár said that the letter should be published.\n"
        "Decision: The Political Committee approved the letter. It instructed Népszabadság and MTI to publish it.\n"
    ).sessions
    assert s.assignments == []
    [s] = facts_of(
        HEAD + "Cde. Khrushchev—we should discuss it and adopt it only after the plenum, not now.\n"
        "Instruct Cde. Mikoyan, together with USSR Gosplan (Cde. N. K. Baibakov), to submit proposals.\n"
    ).sessions
    assert [p.stance.value for p in s.positions] == ["unclear"]
    assert {a.person.id if a.person else a.organisation for a in s.assignments} == {"mikoyan", "Gosplan", "baibakov"}
