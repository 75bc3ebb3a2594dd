"""A raw e-mail, as a mail client saves it, is read for the record its text part carries."""

import quopri
from email.message import EmailMessage
from email.policy import SMTP

from kg.facts import Basis
from kg.mail import is_mail, plain

# our own message: a colleague's transcription of a session, with her words around it; a mail client codes it as
# quoted-printable, its lines cut at 76 characters (names too), and sends it again as HTML
BODY = """\
Dear Anna,

here is the session you asked about; I am not sure of Polyansky's initials.

Session of the CC Presidium of 25 October 1962 (Protocol No. 61)

RGANI, F. 3, Op. 16, D. 947, Ll. 2-5ob.

Present: Cdes. L. I. Brezhnev, A. N. Kosygin, A. I. Mikoyan, F. R. Kozlov, N. S. Khrushchev.

Cde. Khrushchev\u2014 We must think this through; I propose to send the letter to Kádár today.
Cde. Mikoyan\u2014 Agree.

-- 
Maria Ivanova
Institute of History, Moscow
"""


def message(body: str = BODY, html: bool = True, cte: str = "quoted-printable") -> str:
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = "Tue, 14 Mar 2017 10:58:40 +0100"
    msg["From"] = "Maria Ivanova <mi@example.org>"
    msg["To"] = "Anna <anna@example.com>"
    msg["Subject"] = "Re: Malin notes, Oct 1962"
    msg["Message-ID"] = "<1@example.org>"
    msg.set_content(body, cte=cte)
    if html:
        msg.add_alternative("<div>" + body.replace("\n", "<br>\n") + "</div>", subtype="html", cte=cte)
    return msg.as_string().replace("\r\n", "\n")


def test_the_plain_text_of_a_message_is_its_text_part_decoded():
    """What a mail client shows: the text part once (not again as HTML), its coded characters and cut lines
    decoded, without the headers and their date or the signature; each character shows the file's span that codes
    it, so that a quote of the file decodes to the copy's words."""
    raw = message()
    assert is_mail(raw)
    assert "Khrushchev\u2014" not in raw and "N. S. Khrushchev" not in raw  # (coded, and cut at 76 characters)
    text, origin = plain(raw)
    assert text.startswith("Dear Anna,") and text.count("Cde. Mikoyan\u2014 Agree.") == 1
    assert "Kozlov, N. S. Khrushchev." in text and "send the letter to Kádár today" in text
    assert not any(word in text for word in ("2017", "<div>", "Content-Type", "Ivanova", "Institute"))
    for words in ("N. S. Khrushchev", "Khrushchev\u2014", "Kádár"):
        at = text.index(words)
        start, end = origin.span(at, at + len(words))
        assert quopri.decodestring(raw[start:end].encode()).decode() == words


def test_a_message_s_session_is_read_as_the_record_it_carries(facts_of):
    """The session's date is the record's, not the message's; its file is the reference under its heading; the
    names cut by the coding's line breaks are read; the sender's words are no turn and her signature no speaker's
    words."""
    facts = facts_of(message(), "mail.eml")
    [session] = facts.sessions
    assert (session.date, session.protocol) == ("1962-10-25", "61")
    assert [c.unit.label for c in session.citations] == ["RGANI, F. 3, Op. 16, D. 947, Ll. 2-5ob"]
    listed = {a.person.id for a in session.attendance if a.basis is Basis.LISTED}
    assert listed == {"brezhnev", "kosygin", "mikoyan", "kozlov-frol", "khrushchev"}
    assert [(t.person.id, t.text) for t in session.turns] == [
        ("khrushchev", "We must think this through; I propose to send the letter to Kádár today."),
        ("mikoyan", "Agree."),
    ]


def test_a_message_in_base64_or_in_html_alone_is_read_too():
    """A text part coded in base64, and a message with no text part but its HTML, show the same words."""
    for raw in (message(cte="base64", html=False), _html_alone()):
        text, _ = plain(raw)
        assert "Cde. Khrushchev\u2014 We must think this through" in text, raw[:600]
        assert "Present: Cdes. L. I. Brezhnev" in text and "2017" not in text


def test_a_message_whose_headers_run_long_or_whose_body_an_archive_decoded():
    """Headers past 8 KB (a mail service's signatures and routes), wherever a header's name falls, still open a
    message; a body under a "base64" header that an archive's copy kept over the words it decoded is read as it
    stands."""
    raw = message(html=False)
    signed = "".join(f"ARC-Seal: i={i}; a=rsa-sha256; cv=none;\n\tb={'Q' * 70}\n" for i in range(80))
    padded = [f"X-Spam-Score: {'1' * pad}\n{signed}{raw}" for pad in range(0, 130, 4)]
    decoded = message(html=False, cte="8bit").replace("Encoding: 8bit", "Encoding: base64")
    for raw in (*padded, decoded):
        assert is_mail(raw)
        text, _ = plain(raw)
        assert "Cde. Khrushchev\u2014 We must think this through" in text


def test_a_message_whose_plain_version_is_a_stub_is_read_from_its_html():
    """A message whose text version only says to read it in HTML is read from its HTML version, as a mail client
    shows it; a plain version of the same words is read as before."""
    msg = EmailMessage(policy=SMTP)
    msg["Message-ID"] = "<3@example.org>"
    msg.set_content("This message is in HTML. Please use a mail client that shows HTML.", cte="quoted-printable")
    msg.add_alternative("<div>" + BODY.replace("\n", "<br>\n") + "</div>", subtype="html", cte="quoted-printable")
    text, _ = plain(msg.as_string().replace("\r\n", "\n"))
    assert "Cde. Khrushchev\u2014 We must think this through" in text and "Please use" not in text
    text, _ = plain(message())
    assert "<div>" not in text and text.count("Cde. Mikoyan\u2014 Agree.") == 1


def test_a_plain_version_of_a_few_of_the_html_s_words_is_a_stub():
    """A plain version that gives only the heading ("Session of ...") of the record its HTML version holds is a
    teaser: the HTML is read."""
    msg = EmailMessage(policy=SMTP)
    msg["Message-ID"] = "<5@example.org>"
    msg.set_content(BODY.split("\n")[0] + "\n", cte="quoted-printable")
    msg.add_alternative("<div>" + BODY.replace("\n", "<br>\n") + "</div>", subtype="html", cte="quoted-printable")
    text, _ = plain(msg.as_string().replace("\r\n", "\n"))
    assert "Cde. Khrushchev\u2014 We must think this through" in text


def test_a_full_plain_version_beside_a_bulky_html_one_is_read():
    """A plain version of the same words is read, its signature cut, though its HTML twin is many times its size
    (a mail program's styles): a version's size is no sign of a stub."""
    msg = EmailMessage(policy=SMTP)
    msg["Message-ID"] = "<4@example.org>"
    msg.set_content(BODY + "\n-- \nDr. A. Reader\nInstitute of History\n", cte="quoted-printable")
    style = "<style>" + "p.MsoNormal {margin:0cm; font-family:Calibri,sans-serif;} " * 200 + "</style>"
    html = f"<html><head>{style}</head><body><div>" + BODY.replace("\n", "<br>\n") + "<br>-- <br>Dr. A. Reader</div>"
    msg.add_alternative(html + "</body></html>", subtype="html", cte="quoted-printable")
    text, _ = plain(msg.as_string().replace("\r\n", "\n"))
    assert "Cde. Khrushchev\u2014 We must think this through" in text and "Reader" not in text


def _html_alone() -> str:
    msg = EmailMessage(policy=SMTP)
    msg["Date"] = "Tue, 14 Mar 2017 10:58:40 +0100"
    msg["Message-ID"] = "<2@example.org>"
    msg.set_content("<html><body><p>" + BODY.replace("\n\n", "</p>\n<p>") + "</p></body></html>", subtype="html")
    return msg.as_string().replace("\r\n", "\n")


def test_a_list_s_copy_of_a_message_is_no_raw_message():
    """A list's archive prints a message's few headers over its words, decoded: read as plain text, as before; so is
    a copy flattened into one line longer than the headers looked at."""
    assert not is_mail("Session of 5 May 1960 Present: Khrushchev. " * 2_000)
    assert not is_mail(
        "From: Gregory Halloran <gh@example.edu>\nDate: Tue, 17 Mar 1998 09:41:06 -0500\nSubject: Malin notes\n"
        "To: H-DIPLO@H-NET.MSU.EDU\n\nColleagues,\n"
    )
