"""Text primitives: how a heading names the body that met, and the dates it is written with."""

from __future__ import annotations

import re

import pytest

from kg.text import (
    body_name,
    dropped,
    last_day,
    parse_date,
    typeset,
    whole_insertions,
    whole_titles,
    with_insertions,
)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Working Notes from the Session of the CPSU CC Presidium on 4 November 1956", "CPSU CC Presidium"),
        ("SESSION OF THE CC CPSU POLITBURO", "CPSU CC Politburo"),
        ("Session of the CPSU CC Secretariat, 3 March 1975", "CPSU CC Secretariat"),
        ("Minutes of the KSČ CC Presidium Meeting, 23 July 1968", "KSČ CC Presidium"),
        ("Meeting of the CPCz CC Presidium", "CPCz CC Presidium"),
        # the party's initials after "CC" alone, in a heading in capitals
        ("MINUTES OF THE SESSION OF THE PRESIDIUM OF THE CC CPCz HELD ON", "CPCz CC Presidium"),
        ("Session of the Presidium of the CC KSČ, 7 January 1977", "KSČ CC Presidium"),
        ("MALIN'S NOTES OF THE CC PRESIDIUM SESSION OF 10 NOVEMBER 1955", "CC Presidium"),
        ("POLITICAL BUREAU OF THE CC MARCH 5, 1981", "CC Politburo"),  # (a date's month is no party)
        ("SESSION OF THE CC PLENUM", "CC Plenum"),
        ("Protocol No. 121 of the Meeting of the Politburo of the PZPR CC", "PZPR CC Politburo"),
        ("Minutes of the Politburo of the CC of the PZPR, 12 October 1956", "PZPR CC Politburo"),
        ("Minutes of the HSWP Political Committee Meeting, 17 March 1979", "HSWP Political Committee"),
        ("Session of the SED Politburo, 20 August 1968", "SED Politburo"),
        ("A meeting of the Presidium", "Presidium"),
        # a scholar's appendix leaves the Russian heading untranslated
        ("Zasedanie Politbiuro TsK KPSS", "CPSU CC Politburo"),
        ("PREZIDIUM TsK KPSS 1954–1964", "CPSU CC Presidium"),
        ("Conversation between Khrushchev and Mao", None),
        # the party's name spelled out
        (
            "MINUTES of the session of the Political Committee of the Hungarian Socialist Workers' Party",
            "HSWP Political Committee",
        ),
        ("Session of the Presidium of the CC of the Communist Party of Czechoslovakia", "KSČ CC Presidium"),
    ],
)
def test_a_heading_names_the_body_and_its_party(heading, body):
    assert body_name(heading) == body


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Session of 4 December 1958", "1958-12-04"),
        ("December 4, 1958", "1958-12-04"),
        # the Russian numeric style, the month in Roman numerals or in digits
        ("Zasedanie Politbiuro TsK KPSS 24.III.1988", "1988-03-24"),
        ("13. XI. 1986", "1986-11-13"),
        ("13.11.1986", "1986-11-13"),
        # Malin's own style, the century left out after a Roman month; not a number's parts ("5.IV.12")
        ("Protocol No. 142, 20.III.58", "1958-03-20"),
        ("Ll. 5.IV.12", None),
        # no such day; an archive's file and a year; a month that is none
        ("31.II.1988", None),
        ("F. 3. Op. 14. D. 19.1958", None),
        ("ll. 12.13.1958", None),
    ],
)
def test_the_dates_a_heading_is_written_with(text, iso):
    found = parse_date(text)
    assert (found[0] if found else None) == iso


def test_a_copy_s_typography_reads_as_plain_text_of_the_same_length():
    """No-break spaces as spaces, a minus sign as a dash, a word's soft hyphens left out (its letters moved up, the
    spaces after it), a soft hyphen at a line's end as a hyphen."""
    text = "Cde.\u00a0A.\u00a0P.\u00a0Kiri\u00adlenko, Solo\u00admentsev.\nCde.\u00a0Andropov \u2212 We can.\nCommu\u00ad\nnist"
    out = typeset(text)
    assert len(out) == len(text)
    assert out == "Cde. A. P. Kirilenko , Solomentsev .\nCde. Andropov – We can.\nCommu-\nnist"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("of Népszabadság. Com-\nrades Fehér spoke.", "of Népszabadság.\nComrades   Fehér spoke."),
        ("the report.\n  Comra-\n de Fehér spoke.", "the report.\n  Comrade    Fehér spoke."),
        # not another word, nor a title that goes on with a hyphen
        ("the Com-\nmittee met", "the Com-\nmittee met"),
        ("our Com-\nrades-in-arms", "our Com-\nrades-in-arms"),
        ("the Com-\nrade's view", "the Com-\nrade's view"),
        # amid a sentence, where "Comrade Fock:" at a line's head would read as his speech
        ("After the report of Com-\nrade Fock: the draft", "After the report of Com-\nrade Fock: the draft"),
    ],
)
def test_a_title_broken_over_two_lines_is_read_whole_at_the_second(text, read):
    """ "Com-" / "rades" is read as "Comrades" at the head of the second line, in a text of the same length, so that
    a sentence that opens with it opens a line and its quote is still the page's."""
    assert whole_titles(text) == read
    assert len(read) == len(text)


def test_what_a_reading_copy_leaves_out_of_a_word_is_counted_for_its_quotes():
    """A soft hyphen inside a word and an apostrophe's escape inside a word are left out of it (a span ending in
    the word ends that much further on); a soft hyphen at a line's end, read as a hyphen, is not."""
    text = "Kiri\u00adlenko, Mikoyan\\'s men, Commu\u00ad\nnist"
    assert dropped(text, 0, 9) == 1  # "Kiri\u00adlenk": the word's last letter lies one further on
    assert dropped(text, 11, 20) == 1  # "Mikoyan\\'": its "s" lies beyond the span, its escape inside
    assert dropped(text, 26, len(text)) == 0


@pytest.mark.parametrize(
    ("text", "words", "quote"),
    [
        ("[I] support [it].", "I support it", "[I] support [it]"),
        ("[I am] for adopting it.", "I am for adopting", "[I am] for adopting"),
        # a bracket left open higher up the page is no insertion the words are in
        ("[Source: RGANI, the first page is torn.\nI support the draft.", "I support the draft", "I support the draft"),
    ],
)
def test_words_read_with_the_editor_s_insertions_are_quoted_with_his_brackets(text, words, quote):
    found = re.search(r"\s+".join(map(re.escape, words.split())), with_insertions(text))
    assert found is not None
    start, end = whole_insertions(text, found.start(), found.end())
    assert text[start:end] == quote


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Meeting of the PCC in Prague, 25-26 January 1972", "1972-01-25"),
        ("Session of 3–4 May 1983", "1983-05-03"),
        ("Protocol No. 12 – 26 January 1972", "1972-01-26"),  # a number, not a first day
        ("PROTOCOL No. 45 - 2 March 1957", "1957-03-02"),
    ],
)
def test_a_meeting_of_two_days_is_dated_by_its_first(text, iso):
    assert parse_date(text)[0] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Meeting of the PCC in Prague, 25-26 January 1972", "1972-01-26"),
        ("Session of 3–4 May 1983", "1983-05-04"),
        ("Protocol No. 12 – 26 January 1972", None),
        ("Session of 4 May 1983", None),
    ],
)
def test_the_last_of_a_meeting_s_days(text, iso):
    assert last_day(text) == iso
