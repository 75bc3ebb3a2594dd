"""HTTP content negotiation: pick the best of the media types we can send for an Accept header."""

from __future__ import annotations


def _parse(accept: str) -> list[tuple[str, float, int]]:
    """(media range, quality, position) for each entry of an Accept header."""
    out = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for f in fields[1:]:
            key, _, value = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        out.append((media, quality, position))
    return out


def _matches(media_range: str, media_type: str) -> int:
    """How specifically ``media_range`` matches ``media_type``: 2 exact, 1 type/*, 0 */*, -1 not at all."""
    if media_range == media_type:
        return 2
    kind = media_type.split("/")[0]
    if media_range == f"{kind}/*":
        return 1
    return 0 if media_range == "*/*" else -1


def _quality(ranges: list[tuple[str, float, int]], media_type: str) -> tuple[float, int, int] | None:
    """(quality, specificity, -position) of the most specific range matching ``media_type``, as RFC 9110
    §12.5.1 says: ``text/html;q=0, */*`` refuses HTML even though ``*/*`` would take it."""
    matches = [(_matches(r, media_type), q, -p) for r, q, p in ranges if _matches(r, media_type) >= 0]
    if not matches:
        return None
    specificity, quality, position = max(matches)
    return quality, specificity, position


def choose(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers; the first offered one if it accepts anything.

    >>> choose("text/html;q=0.9, text/turtle", ["text/html", "text/turtle"])
    'text/turtle'
    >>> choose("application/xml", ["text/turtle"]) is None
    True
    >>> choose("text/html;q=0, */*", ["text/html", "text/turtle"])
    'text/turtle'
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges = _parse(accept)
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for index, media_type in enumerate(offered):
        found = _quality(ranges, media_type)
        if found is None or found[0] <= 0:
            continue
        key = (*found, -index)
        if best is None or key > best:
            best, chosen = key, media_type
    return chosen
