"""The synthetic corpus of the benchmark: deterministic, and its answer key recovered by the pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import check  # noqa: E402
import synth  # noqa: E402

from kg.build import build  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_corpus(tmp_path):
    synth.generate(tmp_path / "a", 12, 3)
    synth.generate(tmp_path / "b", 12, 3)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    synth.generate(tmp_path / "c", 12, 4)
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_the_answer_key_is_recovered(tmp_path):
    out = tmp_path / "synthetic"
    synth.generate(out, 40, 11)
    store = tmp_path / "store"
    report = build(out / "corpus", store)
    assert len(report.documents) == 40
    f1 = check.evaluate(check.load_key(out / "key.jsonl"), check.fetch(store)).f1()
    # regression guards, a little under what the pipeline scores on such corpora today
    assert f1["attendance"] >= 0.85 and f1["speakers"] >= 0.9 and f1["citations"] >= 0.9, f1
