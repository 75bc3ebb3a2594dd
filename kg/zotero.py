"""A historian's Zotero library, as its report ("Generate Report from Items") copies as plain text.

Each item of the report is its title, then its fields a row each, a label and a value apart by a tab ("Item Type
Manuscript", "Date  22 February 1962", "Archive  RGANI", "Loc. in Archive  F. 3, Op. 16, D. 946, Ll. 41-44ob", "Extra
Protocol No. 17", "Accessed  3/14/2019, 11:02:13 AM", "Date Added", "Modified"), then its "Tags:", its "Notes:"
(her transcription of the record, her remarks, an editor's comparison with the protocol) and its "Attachments".
``plain`` gives the readers the record's words, as a copy of the same length, each word where the file has it: the
report's own words blank (its heading, the library's fields and dates, the tags, the attachments, the labels "Tags:",
"Notes:", "Attachments"); of the fields only the item's date, the archive's name ("Archive  RGANI", a field of the
session's file, as an edition's are), its place in the archive and the extra words ("Protocol No. 17") are kept.
"""

from __future__ import annotations

import re

from kg.text import blank, lines_at

_REPORT_HEADING = re.compile(r"^[ \t]*Zotero Report[ \t]*$", re.M)
# a field's row: its label and a tab (or the spaces a copy makes of it), then its value
_FIELD = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.]*(?: [\w.]+){0,3})(?P<sep>\t+| {2,})(?P<value>\S[^\n]*)$")
_LIBRARY_FIELDS = frozenset({"Item Type", "Date Added", "Modified", "Accessed", "Library Catalog", "Call Number"})
# (each a date and time: "Modified  version of the draft ..." is none)
_STAMPS = frozenset({"Date Added", "Modified", "Accessed"})
_KEPT_VALUES = frozenset({"Date", "Loc. in Archive", "Extra"})  # (the label blank, the value the record's)
# every field a row may be (its words capitalised as the report prints them), not a line of the notes a tab splits
_FIELDS = (
    _LIBRARY_FIELDS
    | _KEPT_VALUES
    | frozenset(
        "Archive/Author/Editor/Contributor/Translator/Place/Language/URL/Rights/Short Title/Title/Abstract/Pages/Series"
        "/Publisher/Type/Medium/Manuscript Type/Number of Pages/Volume/Edition/ISBN".split("/")
    )
)
# a list of the report's own under its label ("Tags:" / "    agriculture", "Attachments" / "    RGANI_....pdf")
_LIST_LABEL = re.compile(r"^(?:Tags|Attachments|Related)\s*:?[ \t]*$")
_NOTES_LABEL = re.compile(r"^Notes\s*:[ \t]*$")


def is_zotero(text: str) -> bool:
    """Whether a file is a Zotero report's copy: its heading, or two of the library's own fields ("Item Type",
    "Date Added", "Modified", ...), each a row of a label and a value (a date, for the library's stamps)."""
    if _REPORT_HEADING.search(text[:2000]):
        return True
    found = {
        m["label"]
        for _, line in lines_at(text[:20000])
        if (m := _FIELD.match(line)) and (m["label"] not in _STAMPS or m["value"][:1].isdigit())
    }
    return len(found & _LIBRARY_FIELDS) >= 2


def plain(text: str) -> str:
    """The record's words of a Zotero report's copy, of the same length (see the module's docstring)."""
    out = list(text)
    listing = False  # under "Tags:" or "Attachments", up to a blank line
    for start, line in lines_at(text):
        shown = line.strip()
        end = start + len(line)
        if not shown:
            listing = False
            continue
        listing = listing or bool(_LIST_LABEL.match(shown))
        if listing or _REPORT_HEADING.match(line) or _NOTES_LABEL.match(shown):
            blank(out, start, end)
        elif (field := _FIELD.match(line)) and field["label"] in _FIELDS:
            if field["label"] == "Archive":  # "Archive:RGANI", a field the session's file opens with
                blank(out, start + field.start("sep"), start + field.end("sep"))
                out[start + field.start("sep")] = ":"
            elif field["label"] in _KEPT_VALUES:
                blank(out, start, start + field.end("sep"))
            else:
                blank(out, start, end)
    return "".join(out)
