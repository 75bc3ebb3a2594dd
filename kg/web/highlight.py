"""A document's text with the evidence of every claim marked, as well-formed HTML.

Each claim points at a span of ``kg:text`` by character offsets. Spans nest (a name inside
a speech turn) and may overlap without nesting; HTML elements can only nest. So the text is
cut at every span boundary and the marks are opened and closed as a stack: a span that
outlives the span enclosing it is closed with it and reopened right after, as a
continuation (``class="cont"``). Each claim's first ``<mark>`` carries its ``id`` (the
anchor the claim list links to); every piece carries ``data-claim`` with the same value,
so the words of one claim are all the pieces that name it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    anchor: str  # the id of the claim's first <mark>
    title: str  # "claim kind: person", shown as a tooltip


def anchor(claim_iri: str) -> str:
    """A stable element id for a claim: ``.../document/d/attendance/3`` → ``attendance-3``.

    Claim IRIs are ``{document}/{kind}/{n}``, so the last two segments are unique within
    the page of their document; the same id is used by links from other pages.
    """
    tail = "-".join(claim_iri.rstrip("/").rsplit("/", 2)[-2:])
    return re.sub(r"[^A-Za-z0-9_-]", "-", tail) or "claim"


def _open(span: Span, first: bool) -> Markup:
    if first:
        return Markup('<mark id="{}" data-claim="{}" title="{}">').format(span.anchor, span.anchor, span.title)
    return Markup('<mark class="cont" data-claim="{}" title="{}">').format(span.anchor, span.title)


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text`` escaped, with one ``<mark>`` (or several pieces of one) per span.

    Spans outside the text are left out rather than guessed at.
    """
    spans = sorted((s for s in spans if 0 <= s.start <= s.end <= len(text)), key=lambda s: (s.start, -s.end, s.anchor))
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    upcoming = iter(spans)
    nxt = next(upcoming, None)
    for k, pos in enumerate(bounds):
        ending = [i for i, s in enumerate(stack) if s.end <= pos]
        if ending:
            lowest = ending[0]
            out.extend("</mark>" for _ in stack[lowest:])
            reopen = [s for s in stack[lowest:] if s.end > pos]
            del stack[lowest:]
            for s in reopen:
                out.append(_open(s, first=False))
                stack.append(s)
        while nxt is not None and nxt.start == pos:
            out.append(_open(nxt, first=True))
            if nxt.end == pos:
                out.append("</mark>")
            else:
                stack.append(nxt)
            nxt = next(upcoming, None)
        if k + 1 < len(bounds):
            out.append(escape(text[pos : bounds[k + 1]]))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))
