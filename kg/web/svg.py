"""Geometry of the two pictures on a person's page, computed here and drawn by templates.

A historian sees at a glance when someone was at the table and with whom; the numbers are
also in the tables next to the pictures. Only coordinates are computed here: the templates
``_timeline.html`` and ``_bars.html`` write the SVG, so every label goes through Jinja's
escaping like any other text, and no JavaScript or library is involved.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

MARK_GAP = 12.0  # marks closer than this (px) are stacked, so none hides another


@dataclass(frozen=True)
class Event:
    """Something to put on the timeline: when, where it links to, and its tooltip."""

    when: date
    href: str
    title: str


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    href: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    axis_y: float
    left: float
    right: float
    ticks: list[Tick]
    minor: list[float]  # month ticks, when the axis spans only a few years
    marks: list[Mark]


@dataclass(frozen=True)
class Bar:
    label: str
    href: str
    count: int
    y: float
    width: float


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: list[Bar]


def _year_fraction(day: date) -> float:
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def timeline(events: list[Event], width: int = 640) -> Timeline | None:
    """An axis of whole years from the first event's year to the year after the last, one mark per event.

    Events within a few pixels of each other (meetings weeks apart on an axis of decades)
    are stacked upwards instead of drawn on top of each other.
    """
    if not events:
        return None
    events = sorted(events, key=lambda e: e.when)
    first, last = events[0].when.year, events[-1].when.year + 1
    left, right = 24.0, width - 24.0
    span = last - first

    def x(value: float) -> float:
        return round(left + (value - first) / span * (right - left), 1)

    step = max(1, math.ceil(span / 12))
    ticks = [Tick(x(year), str(year)) for year in range(first, last + 1, step)]
    minor = [x(year + month / 12) for year in range(first, last) for month in range(1, 12)] if span <= 3 else []
    levels: list[float] = []  # the x of the last mark on each level
    placed: list[tuple[float, int, Event]] = []
    for event in events:
        at = x(_year_fraction(event.when))
        level = next((i for i, end in enumerate(levels) if at - end >= MARK_GAP), len(levels))
        if level == len(levels):
            levels.append(at)
        levels[level] = at
        placed.append((at, level, event))
    axis_y = 20.0 + MARK_GAP * len(levels)
    marks = [Mark(at, axis_y - 10.0 - MARK_GAP * level, e.href, e.title) for at, level, e in placed]
    return Timeline(width, int(axis_y + 24), axis_y, left, right, ticks, minor, marks)


def bar_chart(items: list[tuple[str, str, int]], width: int = 640, label_width: int = 200) -> BarChart | None:
    """Horizontal bars, one per (label, href, count), longest bar for the largest count."""
    if not items:
        return None
    bar_height = 22
    top = max(count for _, _, count in items) or 1
    room = width - label_width - 40
    bars = [
        Bar(label, href, count, i * bar_height, round(max(count, 0) / top * room, 1))
        for i, (label, href, count) in enumerate(items)
    ]
    return BarChart(width, bar_height * len(bars) + 4, label_width, bar_height, bars)
