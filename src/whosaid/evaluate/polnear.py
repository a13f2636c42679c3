"""Scores English attribution on PolNeAR (brat standoff: Source / Cue / Content spans tied by E lines).

    python -m whosaid.evaluate.polnear --shared ../shared --split dev [--limit N] [--model NAME] [--errors]

Contents are paired one-to-one (an optimal assignment over shared word tokens, scipy's linear_sum_assignment); a
pair counts when it shares a word token ("overlap") and, in the stricter line, when the Dice of its token sets is
at least 0.5. A continuation (a quote sentence or paragraph that goes on with a statement) counts as more of the
content of the statement it continues, since PolNeAR marks a quote over several sentences as one content. The
source of a pair is right when the predicted speaker span (the speaker of the statement a continuation continues)
shares a word token with the gold source, or when neither has one. An article annotated
twice is scored on its first annotation (annotator ids sorted).

PolNeAR also annotates beliefs ("believes", "thinks"), intentions and wishes ("wants", "hopes", "plans"), perception
and evidence without a speaker ("polls show"), which whosaid does not aim for: it extracts what was said.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from whosaid.evaluate.counts import PRF

DATA = Path("data") / "attribution-polnear-en"
WORD = re.compile(r"\w+")
STRICT_DICE = 0.5
MERGE_CONTINUATIONS = True


@dataclass
class Attribution:
    content: list[tuple[int, int]]  # character ranges
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: str = ""


@dataclass
class Article:
    name: str
    text: str
    published: date | None
    gold: list[Attribution]


def _ranges(field_: str) -> list[tuple[int, int]]:
    """ "Content 10 20;30 40" -> [(10, 20), (30, 40)]."""
    spans = field_.split(" ", 1)[1]
    return [(int(a), int(b)) for a, b in (part.split() for part in spans.split(";"))]


def read_ann(path: Path) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label = cols[1].split(" ", 1)[0]
            spans[cols[0]] = (label, _ranges(cols[1]), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        cue = ""
        for arg in args:
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if tid in spans:
                roles.setdefault(role, []).extend(spans[tid][1])
                if role == "Cue":
                    cue = spans[tid][2]
        if roles.get("Content"):
            out.append(Attribution(sorted(roles["Content"]), sorted(roles.get("Source", [])), cue))
    return out


def load_split(shared: Path, split: str, limit: int | None = None) -> list[Article]:
    root = shared / DATA
    published: dict[str, date] = {}
    with (root / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            try:
                published[row["filename"]] = date.fromisoformat(row["publication_date"])
            except (KeyError, ValueError):
                pass
    chosen: dict[str, Path] = {}
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    articles = []
    for name, ann in sorted(chosen.items())[:limit]:
        text_path = root / split / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        articles.append(Article(name, text_path.read_text(encoding="utf-8"), published.get(name), read_ann(ann)))
    return articles


def _tokens(words: list[tuple[int, int]], ranges: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Indices of the word tokens inside any of the character ranges."""
    out = set()
    for a, b in ranges:
        for k, (s, e) in enumerate(words):
            if s >= a and e <= b:
                out.add(k)
    return frozenset(out)


@dataclass
class Predicted:
    content: frozenset[int]
    source: frozenset[int]


@dataclass
class Scores:
    content: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    source: PRF = field(default_factory=PRF)
    strict_source: PRF = field(default_factory=PRF)


def predict(model: str | None, article: Article, words: list[tuple[int, int]]) -> list[Predicted]:
    from whosaid.api import analyze

    record = analyze(article.text, published=article.published, lang="en", model=model)
    by_id = {s.id: s for s in record.statements}
    merged: dict[str, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    for s in record.statements:
        ranges = [(p.start, p.end) for p in s.content.parts] or [(s.content.start, s.content.end)]
        root = s
        while root.speaker is None and root.continues and root.continues in by_id:
            root = by_id[root.continues]
        source = [(root.speaker.start, root.speaker.end)] if root.speaker else []
        # a continuation is more of its statement's content, as PolNeAR marks a quote over several sentences
        key = root.id if MERGE_CONTINUATIONS else s.id
        merged.setdefault(key, ([], source))[0].extend(ranges)
    return [Predicted(_tokens(words, ranges), _tokens(words, source)) for ranges, source in merged.values()]


def score_article(article: Article, predicted: list[Predicted], words: list[tuple[int, int]], scores: Scores,
                  errors: list[str] | None = None) -> None:
    gold = [(_tokens(words, g.content), _tokens(words, g.source), g) for g in article.gold]
    gold = [g for g in gold if g[0]]
    predicted = [p for p in predicted if p.content]
    matrix = np.zeros((len(gold), len(predicted)))
    for i, (gc, _, _) in enumerate(gold):
        for j, p in enumerate(predicted):
            shared = len(gc & p.content)
            matrix[i, j] = 2 * shared / (len(gc) + len(p.content)) if shared else 0.0
    pairs = []
    if gold and predicted:
        rows, cols = linear_sum_assignment(matrix, maximize=True)
        pairs = [(i, j) for i, j in zip(rows, cols) if matrix[i, j] > 0]
    for prf in (scores.content, scores.strict, scores.source, scores.strict_source):
        prf.fp += len(predicted)
        prf.fn += len(gold)
    matched = set()
    for i, j in pairs:
        gc, gs, g = gold[i]
        p = predicted[j]
        source_right = bool(gs & p.source) or (not gs and not p.source)
        strict = matrix[i, j] >= STRICT_DICE
        for prf, ok in ((scores.content, True), (scores.strict, strict), (scores.source, source_right),
                        (scores.strict_source, strict and source_right)):
            if ok:
                prf.tp += 1
                prf.fp -= 1
                prf.fn -= 1
        matched.add(i)
        if errors is not None and not source_right:
            errors.append(f"{article.name}: source {_text(article.text, g.source)!r} expected, got "
                          f"{_words(article.text, words, p.source)!r} for {_text(article.text, g.content)[:60]!r}")
    if errors is not None:
        for i, (_, _, g) in enumerate(gold):
            if i not in matched:
                errors.append(f"{article.name}: missed [{g.cue}] {_text(article.text, g.content)[:90]!r}")
        hit = {j for _, j in pairs}
        for j, p in enumerate(predicted):
            if j not in hit:
                errors.append(f"{article.name}: spurious {_words(article.text, words, p.content)[:90]!r}")


def _text(text: str, ranges: list[tuple[int, int]]) -> str:
    return " … ".join(text[a:b] for a, b in ranges)


def _words(text: str, words: list[tuple[int, int]], tokens: frozenset[int]) -> str:
    return " ".join(text[words[k][0] : words[k][1]] for k in sorted(tokens))


def evaluate(articles: list[Article], model: str | None = None, errors: list[str] | None = None) -> Scores:
    scores = Scores()
    for article in articles:
        words = [(m.start(), m.end()) for m in WORD.finditer(article.text)]
        score_article(article, predict(model, article, words), words, scores, errors)
    return scores


def format_scores(scores: Scores, split: str, n: int) -> str:
    lines = [f"PolNeAR {split}: {n} articles, {scores.content.tp + scores.content.fn} gold attributions",
             f"{'':<26}{'P':>7}{'R':>7}{'F1':>7}"]
    for label, prf in (("content (overlap)", scores.content), ("content+source (overlap)", scores.source),
                       ("content (dice>=0.5)", scores.strict), ("content+source (dice>=0.5)", scores.strict_source)):
        lines.append(f"{label:<26}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whosaid.evaluate.polnear", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None, help="another installed English spaCy pipeline")
    parser.add_argument("--errors", action="store_true", help="list missed, spurious and wrong-source items")
    args = parser.parse_args(argv)
    articles = load_split(args.shared, args.split, args.limit)
    if not articles:
        print(f"polnear: error: no articles under {args.shared / DATA / args.split}", file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    scores = evaluate(articles, args.model, errors)
    if errors:
        print("\n".join(errors))
    print(format_scores(scores, args.split, len(articles)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
