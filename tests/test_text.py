"""Text primitives: how a heading names the body that met."""

from __future__ import annotations

import pytest

from kg.text import body_name


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Working Notes from the Session of the CPSU CC Presidium on 4 November 1956", "CPSU CC Presidium"),
        ("SESSION OF THE CC CPSU POLITBURO", "CPSU CC Politburo"),
        ("Session of the CPSU CC Secretariat, 3 March 1975", "CPSU CC Secretariat"),
        ("Minutes of the KSČ CC Presidium Meeting, 23 July 1968", "KSČ CC Presidium"),
        ("Meeting of the CPCz CC Presidium", "CPCz CC Presidium"),
        ("Protocol No. 121 of the Meeting of the Politburo of the PZPR CC", "PZPR CC Politburo"),
        ("Minutes of the Politburo of the CC of the PZPR, 12 October 1956", "PZPR CC Politburo"),
        ("Minutes of the HSWP Political Committee Meeting, 17 March 1979", "HSWP Political Committee"),
        ("Session of the SED Politburo, 20 August 1968", "SED Politburo"),
        ("A meeting of the Presidium", "Presidium"),
        ("Conversation between Khrushchev and Mao", None),
    ],
)
def test_a_heading_names_the_body_and_its_party(heading, body):
    assert body_name(heading) == body
