#!/usr/bin/env python3
"""Check a store built from a synthetic corpus against its answer key (OUT_DIR/key.jsonl).

    kg build OUT_DIR/corpus --store OUT_DIR/store
    python bench/check.py OUT_DIR [--store DIR] [--details N] [--json]

Runs the canned queries (attendance, speeches, citations, conflicts) with
``kg.queries.run`` and prints precision, recall and F1 for attendance, speakers, turn order,
citations and conflicts, computed as ../shared/eval/score.py computes them (its matching
functions are imported from it when it is there). Attendance, speakers and turn order are
compared per document (the queries' ``document`` column) and session (its date within the
document), so the check holds when dates repeat across documents (above ~13,700 sessions).
Citations and conflicts have no document column: they are compared per date, against the
key's sessions of that date taken together (one per date below that size, as score.py does).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE_PY = HERE.parent.parent / "shared" / "eval" / "score.py"
METRICS = ("attendance", "speakers", "turn_order", "citations", "conflicts")


# --- score.py's matching, imported when it is there ------------------------------------------


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]+", " ", s.lower()).strip()


def _person_match(gold_surname: str, label: str) -> bool:
    g, lab = _norm(gold_surname), _norm(label)
    if not g or not lab:
        return False
    return lab == g or lab.endswith(" " + g) or lab.startswith(g + " ") or f" {g} " in f" {lab} "


_REF = re.compile(
    r"(?P<arch>[A-Za-z]+)\W*F\W*(?P<f>\d+)\W*Op\W*(?P<op>\d+)\W*D\W*(?P<d>\d+)(?:\W*L[lI1]*\W*(?P<l>\d[\dob\s\-–,]*))?",
    re.I,
)


def _norm_ref(s: str):
    m = _REF.search(s.replace("ob.", "ob"))
    if not m:
        return None
    leaves = re.sub(r"\s+", "", m.group("l") or "").replace("–", "-").rstrip(",-")
    return (m.group("arch").lower(), m.group("f"), m.group("op"), m.group("d"), leaves.lower())


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match_count(gold, predicted):
    pred = list(predicted)
    tp = 0
    for g in gold:
        for i, lab in enumerate(pred):
            if person_match(g, lab):
                tp += 1
                del pred[i]
                break
    return tp, len(pred), len(gold) - tp


def _load_score():
    if not SCORE_PY.is_file():
        return None
    try:
        spec = importlib.util.spec_from_file_location("kg_shared_score", SCORE_PY)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod if all(hasattr(mod, n) for n in ("person_match", "norm_ref", "prf", "match_count")) else None
    except Exception:  # an unreadable score.py: use the copies here
        return None


_score = _load_score()
person_match = _score.person_match if _score else _person_match
norm_ref = _score.norm_ref if _score else _norm_ref
prf = _score.prf if _score else _prf
match_count = _score.match_count if _score else _match_count
SOURCE = str(SCORE_PY) if _score else "bench/check.py (copies of score.py's functions)"


# --- input -------------------------------------------------------------------------------------


def load_key(path: Path) -> list[dict]:
    """One record per document: file, layout, truncated, sessions (each in the gold format)."""
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fetch(store: Path) -> dict[str, list[dict]]:
    """The canned queries' rows (as dicts) from a built store."""
    from kg.queries import run
    from kg.store import open_store

    db = open_store(Path(store))
    out = {}
    for name in ("attendance", "speeches", "citations", "conflicts"):
        res = run(db, name, {})
        out[name] = [dict(zip(res.columns, row, strict=True)) for row in res.rows]
    return out


def _ref_of(r: dict):
    if r.get("fond"):
        return norm_ref(
            f"{r.get('archive', '')} F.{r['fond']} Op.{r.get('opis', '')} D.{r.get('delo', '')} L.{r.get('folios', '')}"
        )
    return norm_ref(" ".join(str(v) for v in r.values()))


# --- comparison ----------------------------------------------------------------------------


@dataclass
class Report:
    totals: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in METRICS})
    by_layout: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)  # one per session and metric that is not perfect
    stray: dict[str, int] = field(default_factory=dict)  # predicted rows of no session in the key
    sessions: int = 0
    documents: int = 0

    def add(self, metric: str, layout: str, counts: tuple[int, int, int]) -> None:
        self.totals[metric] = [a + b for a, b in zip(self.totals[metric], counts, strict=True)]
        lay = self.by_layout.setdefault(layout, {k: [0, 0, 0] for k in METRICS})
        lay[metric] = [a + b for a, b in zip(lay[metric], counts, strict=True)]

    def f1(self) -> dict[str, float | str]:
        out: dict[str, float | str] = {}
        for k, (tp, fp, fn) in self.totals.items():
            out[k] = "n/a" if tp + fp + fn == 0 else round(prf(tp, fp, fn)[2], 3)
        return out

    def scores(self) -> dict[str, tuple[float, float, float]]:
        return {k: prf(*v) for k, v in self.totals.items() if sum(v)}


def _unmatched(gold: list[str], pred: list[str]) -> tuple[list[str], list[str]]:
    pred = list(pred)
    missing = []
    for g in gold:
        for i, lab in enumerate(pred):
            if person_match(g, lab):
                del pred[i]
                break
        else:
            missing.append(g)
    return missing, pred


def evaluate(key: list[dict], results: dict[str, list[dict]]) -> Report:
    rep = Report(documents=len(key))
    att: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in results["attendance"]:
        att[(r.get("document", ""), r.get("date", "")[:10])].add(r.get("name", ""))
    sp: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for r in results["speeches"]:
        try:
            seq = float(r.get("seq", ""))
        except ValueError:
            seq = 1e9
        sp[(r.get("document", ""), r.get("date", "")[:10])].append((seq, r.get("name", "")))
    cit: dict[str, set] = defaultdict(set)
    for r in results["citations"]:
        ref = _ref_of(r)
        if ref is not None:
            cit[r.get("date", "")[:10]].add(ref)
    con: dict[str, set[str]] = defaultdict(set)
    for r in results["conflicts"]:
        con[r.get("date", "")[:10]].add(r.get("name", ""))

    known_sessions: set[tuple[str, str]] = set()
    gold_refs: dict[str, set] = defaultdict(set)
    gold_con: dict[str, set[str]] = defaultdict(set)
    layout_of_date: dict[str, str] = {}
    files_of_date: dict[str, list[str]] = defaultdict(list)
    for doc in key:
        layout = doc.get("layout", "?") + ("-cut" if doc.get("truncated") else "")
        for g in doc["sessions"]:
            rep.sessions += 1
            d = g["session_date"]
            where = (doc["file"], d)
            known_sessions.add(where)
            layout_of_date.setdefault(d, layout)
            files_of_date[d].append(doc["file"])
            gold_present = sorted({p for lst in g["present"].values() for p in lst})
            pred_present = sorted(att.get(where, ()))
            counts = match_count(gold_present, pred_present)
            rep.add("attendance", layout, counts)
            if counts[1] or counts[2]:
                missing, extra = _unmatched(gold_present, pred_present)
                rep.errors.append(
                    {
                        "metric": "attendance",
                        "file": doc["file"],
                        "date": d,
                        "layout": layout,
                        "missing": missing,
                        "extra": extra,
                    }
                )
            rows = sorted(sp.get(where, ()))
            pred_turns = [name for _, name in rows]
            gold_speakers = sorted(set(g["speakers"]))
            counts = match_count(gold_speakers, sorted(set(pred_turns)))
            rep.add("speakers", layout, counts)
            if counts[1] or counts[2]:
                missing, extra = _unmatched(gold_speakers, sorted(set(pred_turns)))
                rep.errors.append(
                    {
                        "metric": "speakers",
                        "file": doc["file"],
                        "date": d,
                        "layout": layout,
                        "missing": missing,
                        "extra": extra,
                    }
                )
            gt = g.get("turns_exact")
            if gt:
                ok = len(pred_turns) == len(gt) and all(
                    person_match(a, b) for a, b in zip(gt, pred_turns, strict=False)
                )
                rep.add("turn_order", layout, (int(ok), int(not ok), 0))
                if not ok:
                    rep.errors.append(
                        {
                            "metric": "turn_order",
                            "file": doc["file"],
                            "date": d,
                            "layout": layout,
                            "gold": gt,
                            "predicted": pred_turns,
                        }
                    )
            gold_refs[d] |= {norm_ref(x) for x in g["archive_refs"]} - {None}
            gold_con[d] |= {c["person"] for c in g.get("conflicts", [])}
    for d in sorted(gold_refs):
        layout = layout_of_date[d]
        gr, pr = gold_refs[d], cit.get(d, set())
        rep.add("citations", layout, (len(gr & pr), len(pr - gr), len(gr - pr)))
        if gr != pr:
            rep.errors.append(
                {
                    "metric": "citations",
                    "file": ",".join(files_of_date[d]),
                    "date": d,
                    "layout": layout,
                    "missing": sorted(map(_ref_text, gr - pr)),
                    "extra": sorted(map(_ref_text, pr - gr)),
                }
            )
        gc, pc = sorted(gold_con[d]), sorted(con.get(d, set()))
        counts = match_count(gc, pc)
        rep.add("conflicts", layout, counts)
        if counts[1] or counts[2]:
            missing, extra = _unmatched(gc, pc)
            rep.errors.append(
                {
                    "metric": "conflicts",
                    "file": ",".join(files_of_date[d]),
                    "date": d,
                    "layout": layout,
                    "missing": missing,
                    "extra": extra,
                }
            )
    rep.stray = {
        "attendance": sum(1 for k in att if k not in known_sessions),
        "speeches": sum(1 for k in sp if k not in known_sessions),
        "citations": sum(1 for d in cit if d not in gold_refs),
        "conflicts": sum(1 for d in con if d not in gold_refs),
    }
    return rep


def _ref_text(ref) -> str:
    arch, f, op, d, leaves = ref
    return f"{arch} F.{f} Op.{op} D.{d}" + (f" L.{leaves}" if leaves else "")


def format_report(rep: Report, details: int = 10) -> str:
    lines = [f"{rep.documents} documents, {rep.sessions} sessions (matching functions from {SOURCE})"]
    lines.append(f"{'metric':<12} {'precision':>9} {'recall':>7} {'F1':>7}   tp / fp / fn")
    for k in METRICS:
        tp, fp, fn = rep.totals[k]
        if tp + fp + fn == 0:
            lines.append(f"{k:<12} {'n/a':>9}")
            continue
        p, r, f = prf(tp, fp, fn)
        lines.append(f"{k:<12} {p:9.3f} {r:7.3f} {f:7.3f}   {tp} / {fp} / {fn}")
    lines.append("F1 by layout:")
    for layout in sorted(rep.by_layout):
        parts = []
        for k in METRICS:
            v = rep.by_layout[layout][k]
            parts.append(f"{k}={'n/a' if not sum(v) else format(prf(*v)[2], '.3f')}")
        lines.append(f"  {layout:<15} " + " ".join(parts))
    if any(rep.stray.values()):
        lines.append(
            "rows of no session in the key (not scored): " + ", ".join(f"{k}={v}" for k, v in rep.stray.items())
        )
    if details and rep.errors:
        lines.append(f"first {min(details, len(rep.errors))} of {len(rep.errors)} sessions with an error:")
        for e in rep.errors[:details]:
            rest = {k: v for k, v in e.items() if k not in ("metric", "file", "date", "layout")}
            lines.append(f"  {e['metric']:<11} {e['file']} {e['date']} {json.dumps(rest, ensure_ascii=False)}")
    f1 = rep.f1()
    lines.append("SCORE " + " ".join(f"{k}={v}" for k, v in f1.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, help="the folder bench/synth.py wrote (key.jsonl, corpus/)")
    ap.add_argument("--store", type=Path, help="the built store (default OUT_DIR/store)")
    ap.add_argument("--details", type=int, default=10, help="how many sessions with errors to print")
    ap.add_argument("--json", action="store_true", help="print the metrics and errors as JSON")
    ap.add_argument("--min-f1", type=float, default=0.0, help="exit 1 if any metric is below this")
    a = ap.parse_args(argv)
    key = load_key(a.out_dir / "key.jsonl")
    rep = evaluate(key, fetch(a.store or a.out_dir / "store"))
    if a.json:
        print(json.dumps({"f1": rep.f1(), "totals": rep.totals, "stray": rep.stray, "errors": rep.errors}, indent=1))
    else:
        print(format_report(rep, a.details))
    low = [k for k, v in rep.f1().items() if v != "n/a" and v < a.min_f1]
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
