"""Scores whosaid on its English development set (`evaluate/data/devset_en`: articles written for the project,
each with a hand-made gold file in the sample's format), per article and in total; `--set heldout_en` scores six
more articles written and annotated the same way but never used to change whosaid.

    python -m whosaid.evaluate.devset_en [--set devset_en|heldout_en] [--failures]

Per article this is what `whosaid analyze X.txt --published DATE > X.json; whosaid score X.json X.gold.json`
prints; the total sums the counts over all articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path

from whosaid.evaluate.gold import ATTRIBUTES, GoldScore, score_record


def devset_dir(name: str = "devset_en") -> Path:
    return Path(str(resources.files("whosaid.evaluate").joinpath("data", name)))


def score_all(folder: Path | None = None) -> dict[str, GoldScore]:
    from whosaid.api import analyze

    folder = folder or devset_dir()
    scores = {}
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / gold["document"]).read_text(encoding="utf-8")
        record = analyze(text, published=gold.get("published"), lang="auto")
        scores[gold_path.name.removesuffix(".gold.json")] = score_record(record, gold)
    return scores


def total(scores: dict[str, GoldScore]) -> GoldScore:
    out = GoldScore()
    for s in scores.values():
        for name in ("statements", "times", "entities", "contradictions"):
            mine, theirs = getattr(out, name), getattr(s, name)
            mine.tp += theirs.tp
            mine.fp += theirs.fp
            mine.fn += theirs.fn
        for name in ATTRIBUTES:
            out.attributes[name].correct += s.attributes[name].correct
            out.attributes[name].total += s.attributes[name].total
        out.time_values.correct += s.time_values.correct
        out.time_values.total += s.time_values.total
        out.failures += s.failures
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whosaid.evaluate.devset_en", description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list each article's failures")
    parser.add_argument("--set", default="devset_en", choices=["devset_en", "heldout_en"],
                        help="heldout_en: six articles annotated before whosaid ran on them and never tuned on")
    args = parser.parse_args(argv)
    scores = score_all(devset_dir(args.set))
    print(f"{'article':<24}{'stmt F1':>8}{'speaker':>8}{'stance':>8}{'times F1':>9}{'values':>8}")
    for name, s in scores.items():
        print(f"{name:<24}{s.statements.f1:>8.3f}{s.attributes['speaker'].value:>8.3f}"
              f"{s.attributes['stance'].value:>8.3f}{s.times.f1:>9.3f}{s.time_values.value:>8.3f}")
        if args.failures:
            for f in s.failures:
                print(f"    {f}")
    t = total(scores)
    print(f"\n{len(scores)} articles, total:")
    for name in ("statements", "times", "entities", "contradictions"):
        c = getattr(t, name)
        print(f"  {name:<16} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
    for name, a in [*t.attributes.items(), ("time value", t.time_values)]:
        print(f"  {name:<16} accuracy {a.value:.3f} ({a.correct}/{a.total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
