"""Positions, assignments and decisions, each cue family and phrasing pinned by a short text of our own."""

from __future__ import annotations

import pytest

HEAD = "Working Notes from the Session of the CPSU CC Presidium on 2 March 1957\nPresent: Khrushchev, Mikoyan, Molotov, Suslov, Kaganovich, Zhukov, Bulganin\nI. On the draft resolution\n"


def _stances(facts_of, body: str) -> list[tuple[str, str, str]]:
    [s] = facts_of(HEAD + body).sessions
    speaker = {t.seq: t.person.id for t in s.turns}
    return [(speaker[p.turn], p.stance.value, p.cue) for p in s.positions]


@pytest.mark.parametrize(
    ("turn", "stance", "cue"),
    [
        ("Cde. Mikoyan—overall it should be adopted.", "supports", "overall it should be adopted"),
        ("Cde. Suslov—the draft is correct; we must support it.", "supports", "the draft is correct"),
        ("Cde. Zhukov—a good document.", "supports", "a good document"),
        ("Cde. Molotov—I vehemently object.", "opposes", "I vehemently object"),
        ("Cde. Molotov—it's impossible to adopt this text.", "opposes", "it's impossible to adopt"),
        ("Cde. Molotov—the composition is still unknown. Where will it lead?", "opposes", "is still unknown"),
        ("Cde. Zhukov—raises the question: who wrote it?", "unclear", ""),
    ],
)
def test_direct_cues(facts_of, turn, stance, cue):
    [(_, got, words)] = _stances(facts_of, turn + "\n")
    assert (got, words) == (stance, cue)


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


def _tasks(facts_of, body: str):
    [s] = facts_of(HEAD + body).sessions
    return [(a.person.id if a.person else a.organisation, a.task) for a in s.assignments], [d.text for d in s.decisions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cde. Bulg. is to negotiate with Cde. Dej.", [("bulganin", "negotiate with Cde. Dej")]),
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
        (
            "Prepare a reply to the Poles.\nTo Cdes. Mikoyan and Suslov.",
            [("mikoyan", "Prepare a reply to the Poles"), ("suslov", "Prepare a reply to the Poles")],
        ),
        (
            "Instructions to: The Foreign Ministry, the KGB, and On the visit.",
            [("Foreign Ministry", "On the visit"), ("KGB", "On the visit")],
        ),
    ],
)
def test_assignment_phrasings(facts_of, text, expected):
    assert _tasks(facts_of, text + "\n")[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "(The report of Cde. Serov is read aloud.)",
        "Recall Cdes. Zhukov and Bulganin to Moscow.",
        "Cde. Mikoyan—Comrades Zhukov and Bulganin had a useful meeting.",
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
