"""Whether a SPARQL query could call ``SERVICE``, decided from its text alone, erring on the side of yes.

pyoxigraph follows ``SERVICE <url>`` to any address and has no switch to stop it, so the
endpoint refuses such queries before they reach the store. Blanking strings, comments and IRIs
with regular expressions and looking for the word in what is left is not enough: ``<`` both
opens an IRI and compares two numbers, and a guess that differs from the parser's shifts every
later string and comment. ``FILTER(?x<3)SERVICE<...>``, ``ex:a\\#`` (an escaped ``#`` in a
prefixed name, not a comment) and ``'''x\\''''`` each got ``SERVICE`` past such a guess.

So the text is read by a small lexer that keeps *every* reading it cannot rule out: at each
character it holds the set of states the parser might be in. ``<`` in code may open an IRI or
be an operator, and a backslash in code may escape the next character of a prefixed name: both
readings are kept. The word ``service`` (any case, also inside a longer name such as
``?services``) is refused wherever one of the readings is in code. A query may be refused that
did not need to be; one is never let through in which the parser sees ``SERVICE``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

LINE_ENDS = "\n\r"  # where oxigraph ends a comment
MAYBE_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # where another reading might


class State(NamedTuple):
    """Where the lexer is: in ``code``, an ``iri``, a ``comment``, or a string (``short`` or
    ``long``, delimited by ``quote``); ``count`` is the run of quotes read at the opening (``open``)
    or before the end of a long string; ``escaped`` means the previous character was a backslash."""

    kind: str
    quote: str = ""
    count: int = 0
    escaped: bool = False


CODE = State("code")
IRI = State("iri")
COMMENT = State("comment")


def _in_code(state: State, char: str) -> set[State]:
    if state.escaped:  # ex:a\# : the character after the backslash is part of the name
        return {CODE}
    if char == "<":
        return {CODE, IRI}
    if char == "\\":
        return {CODE, State("code", escaped=True)}
    if char == "#":
        return {COMMENT}
    if char in "'\"":
        return {State("short", char), State("open", char, 1)}
    return {CODE}


def _in_string(state: State, char: str) -> set[State]:
    if state.kind == "open":  # three quotes open a long string; fewer, a short one (read separately)
        if char != state.quote:
            return set()
        return {State("long", char)} if state.count == 2 else {State("open", char, state.count + 1)}
    if state.escaped:
        return {state._replace(escaped=False, count=0)}
    if char == "\\":
        return {state._replace(escaped=True, count=0)}
    if state.kind == "short":
        return {CODE} if char == state.quote else {state}
    if char != state.quote:
        return {state._replace(count=0)}
    return {CODE} if state.count == 2 else {state._replace(count=state.count + 1)}


def _step(state: State, char: str) -> set[State]:
    """The states the lexer may be in after reading ``char`` in ``state``."""
    if state.kind == "code":
        return _in_code(state, char)
    if state.kind == "iri":
        return {CODE} if char == ">" else {IRI}
    if state.kind == "comment":
        if char in LINE_ENDS:
            return {CODE}
        return {CODE, COMMENT} if char in MAYBE_LINE_ENDS else {COMMENT}
    return _in_string(state, char)


def may_call_service(query: str) -> bool:
    """True when, in some reading of ``query``, the word SERVICE (any case) stands in code."""
    starts = {m.start() for m in re.finditer("service", query, re.IGNORECASE)}
    states = {CODE}
    for position, char in enumerate(query):
        if not starts:
            return False
        if position in starts:
            if CODE in states:
                return True
            starts.discard(position)
        states = set().union(*(_step(s, char) for s in states))
    return False
