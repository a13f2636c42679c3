"""Evaluate whosaid on the German development set (evaluate/data/devset_de: NAME.txt + NAME.gold.json).

Every article is analysed with its gold file's `published` date and scored with `whosaid.evaluate.gold`
(the conventions are stated there). Printed, summed over the set:
- statements: found (content matched, Dice >= 0.5) P/R/F1;
- full statements: P/R/F1 where a statement counts only with speaker entity, cue, kind and stance right;
- speaker: P/R/F1 where a statement counts only with its resolved speaker entity right;
- stance, kind, cue, ... accuracy on the matched statements; time expressions P/R/F1 and value accuracy;
- contradictions within articles (per gold);
- cross-article pairs (cross_article.json): the records are written to a temporary DuckDB store, the corpus
  tables rebuilt as `whosaid ingest` does, and a gold pair counts as found when the store's cross-article
  contradictions hold its claim and denial statements (as aligned by the scorer), in either order; how many
  of the pairs' articles are joined by any cross-article contradiction is printed as well.
`--failures` adds each article's required failures and the most frequent failure classes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from whosaid.evaluate.gold import ATTRIBUTES, Accuracy, Counts, Failure, GoldScore, norm_name, score_record
from whosaid.record import Record

CROSS_ARTICLE = "cross_article.json"


def default_dir() -> Path:
    return Path(str(resources.files("whosaid.evaluate").joinpath("data", "devset_de")))


@dataclass
class Article:
    name: str
    path: Path
    gold: dict[str, Any]


@dataclass
class Evaluated:
    article: Article
    record: Record
    score: GoldScore


@dataclass
class CrossPair:
    claim_doc: str
    claim: str
    denial_doc: str
    denial: str
    found: bool = False
    swapped: bool = False
    articles_linked: bool = False  # some cross-article contradiction joins the two articles
    why: str = ""  # why it could not be found


@dataclass
class SetScore:
    articles: list[Evaluated] = field(default_factory=list)
    pairs: list[CrossPair] = field(default_factory=list)
    corpus_contradictions: int = 0

    def total(self, pick) -> Counts:
        out = Counts()
        for e in self.articles:
            c = pick(e.score)
            out.tp, out.fp, out.fn = out.tp + c.tp, out.fp + c.fp, out.fn + c.fn
        return out

    def accuracy(self, pick) -> Accuracy:
        out = Accuracy()
        for e in self.articles:
            a = pick(e.score)
            out.correct, out.total = out.correct + a.correct, out.total + a.total
        return out


def load_articles(folder: Path) -> list[Article]:
    """The articles of `folder` that have a gold file, by name."""
    articles = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        articles.append(Article(gold_path.name.removesuffix(".gold.json"), folder / gold["document"], gold))
    return articles


def analyse(article: Article) -> Record:
    from whosaid.api import analyze, parse_published
    from whosaid.assemble import ArticleMeta
    from whosaid.ingest.text import read_path

    doc = read_path(article.path)
    day = parse_published(article.gold["published"])
    title = doc.text.strip().splitlines()[0] if doc.text.strip() else None
    meta = ArticleMeta(published=day, published_source="given", title=title, outlet=article.gold.get("outlet"))
    return analyze(doc.text, published=day, lang=article.gold.get("language", "de"), meta=meta)


def cross_article(evaluated: list[Evaluated], pairs: list[dict[str, str]]) -> tuple[list[CrossPair], int]:
    """Store every record in a temporary DuckDB store, rebuild its corpus tables as `whosaid ingest` does, and look
    up each gold pair among the cross-article rows of `whosaid contradictions`."""
    from whosaid.ingest.batch import rebuild_store
    from whosaid.store import queries
    from whosaid.store.db import connect
    from whosaid.store.write import write_record

    by_doc = {e.article.path.name: e for e in evaluated}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "devset.duckdb")
        conn = connect(db, read_only=False)
        try:
            for e in evaluated:  # analysed once already, with the gold's publication date
                write_record(conn, e.record, str(e.article.path))
        finally:
            conn.close()
        rebuild_store(db)
        conn = connect(db, read_only=True)
        try:
            rows = [r for r in queries.contradictions(conn, limit=1_000_000).records() if r["scope"] == "corpus"]
        finally:
            conn.close()
    found = {(r["claim_article"], r["claim_statement"], r["counter_article"], r["counter_statement"]) for r in rows}
    linked_articles = {frozenset((r["claim_article"], r["counter_article"])) for r in rows}
    out = []
    for p in pairs:
        pair = CrossPair(p["claim_doc"], p["claim_statement_id"], p["denial_doc"], p["denial_statement_id"])
        claim_e, denial_e = by_doc.get(pair.claim_doc), by_doc.get(pair.denial_doc)
        if claim_e is None or denial_e is None:
            pair.why = "article not in the set"
            out.append(pair)
            continue
        a, b = claim_e.record.article.id, denial_e.record.article.id
        pair.articles_linked = frozenset((a, b)) in linked_articles
        claim_p = claim_e.score.alignment.get(pair.claim)
        denial_p = denial_e.score.alignment.get(pair.denial)
        if claim_p is None or denial_p is None:
            pair.why = "claim statement not found" if claim_p is None else "denial statement not found"
        else:
            pair.found = (a, claim_p, b, denial_p) in found
            pair.swapped = not pair.found and (b, denial_p, a, claim_p) in found
            pair.found = pair.found or pair.swapped
            if not pair.found:
                pair.why = f"statements found ({claim_p}, {denial_p}) but not linked"
        out.append(pair)
    return out, len(rows)


def evaluate(folder: Path) -> SetScore:
    result = SetScore()
    for article in load_articles(folder):
        record = analyse(article)
        result.articles.append(Evaluated(article, record, score_record(record, article.gold)))
    pairs_path = folder / CROSS_ARTICLE
    if pairs_path.exists():
        pairs = json.loads(pairs_path.read_text(encoding="utf-8"))
        result.pairs, result.corpus_contradictions = cross_article(result.articles, pairs)
    return result


def failure_class(f: Failure) -> str:
    """A failure without its item: 'kind Indirect -> Direct', 'statement missing', 'speaker: pronoun not resolved'."""
    if f.field in ("statement", "time expression", "contradiction", "entity"):
        return f"{f.field} {f.got.split(' (')[0]}"
    if f.field in ("kind", "stance", "cue", "approximate"):
        return f"{f.field} {f.expected} -> {f.got}"
    if f.field in ("medium", "time", "via", "continues", "refers_to"):
        expected = "none" if f.expected == "none" else "set"
        got = "none" if f.got == "none" else "set"
        return f"{f.field} {expected} -> {got}" if expected != got else f"{f.field} wrong"
    if f.field == "speaker":
        return f"speaker: {speaker_failure(f.expected, f.got)}"
    return f.field


_DATELINE = re.compile(r"\([^)]*\)\s*[–-]")  # "Berlin (dpa) –"
_SPOKESPERSON = re.compile(r"sprecher(in)?\b", re.IGNORECASE)
_PRONOUNS = {"er", "sie", "es", "deren", "dessen", "ihr", "ihm"}
_HEARSAY_NOUNS = ("bericht", "angabe", "einschätzung", "erkenntnis", "studie", "urteil", "erklärung", "mitteilung")


def speaker_failure(expected: str, got: str) -> str:
    """Why a resolved speaker differs from gold's, by the look of the predicted name."""
    if got == "none":
        return "none found"
    if _DATELINE.search(got):
        return "dateline taken into the speaker"
    g, e = norm_name(got), norm_name(expected)
    if any(g.startswith(n) or f" {n}" in g for n in _HEARSAY_NOUNS):
        return "hearsay noun (Bericht, Angaben, ...) as speaker, not its source"
    if _SPOKESPERSON.search(got) and not _SPOKESPERSON.search(expected):
        return "spokesperson not resolved to the organisation"
    if g in _PRONOUNS:
        return "pronoun not resolved"
    gw, ew = set(g.split()), set(e.split())
    if ew and (ew <= gw or gw <= ew):
        return "name variant or longer span of the right entity"
    if len(g.split()) > 4:
        return "span far off (content or clause taken as speaker)"
    return "role or description not resolved to the name, or another entity"


def format_set_score(result: SetScore, failures: bool = False) -> str:
    lines = [f"devset: {len(result.articles)} articles, "
             f"{sum(len(e.article.gold['statements']) for e in result.articles)} gold statements", ""]
    lines.append(f"{'section':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    rows = (("statements (found)", lambda s: s.statements), ("full statements", lambda s: s.strict()),
            ("speaker", lambda s: s.strict(("speaker",))), ("times", lambda s: s.times),
            ("entities", lambda s: s.entities), ("contradictions", lambda s: s.contradictions))
    for name, pick in rows:
        c = result.total(pick)
        lines.append(f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    lines += ["", f"{'accuracy (matched)':<22}{'acc':>7}{'ok':>5}{'of':>5}"]
    for name in ATTRIBUTES:
        a = result.accuracy(lambda s, n=name: s.attributes[n])
        lines.append(f"{name:<22}{a.value:>7.3f}{a.correct:>5}{a.total:>5}")
    a = result.accuracy(lambda s: s.time_values)
    lines.append(f"{'time value':<22}{a.value:>7.3f}{a.correct:>5}{a.total:>5}")
    if result.pairs:
        found = sum(p.found for p in result.pairs)
        linked = sum(p.articles_linked for p in result.pairs)
        lines += ["", f"cross-article pairs: {found} of {len(result.pairs)} found; {linked} of {len(result.pairs)} "
                      f"article pairs joined by some contradiction ({result.corpus_contradictions} cross-article "
                      f"contradictions in the store)"]
        for p in result.pairs:
            state = "found" + (" (claim and counter swapped)" if p.swapped else "") if p.found else p.why
            if not p.found and p.articles_linked:
                state += "; the articles are joined by another contradiction"
            lines.append(f"  {p.claim_doc}:{p.claim} -> {p.denial_doc}:{p.denial}: {state}")
    if failures:
        classes: Counter[str] = Counter()
        examples: dict[str, str] = {}
        for e in result.articles:
            required = e.score.required_failures
            if not required:
                continue
            lines += ["", f"{e.article.name} ({len(required)} required failures):"]
            for f in required:
                lines.append(f"  {f}")
                cls = failure_class(f)
                classes[cls] += 1
                examples.setdefault(cls, f"{e.article.name} {f}")
        lines += ["", "failure classes (required failures):"]
        for cls, n in classes.most_common():
            lines.append(f"  {n:>4}  {cls}   e.g. {examples[cls]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whosaid.evaluate.devset", description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=None, help="folder of NAME.txt + NAME.gold.json "
                        "(default: the German development set shipped with whosaid)")
    parser.add_argument("--failures", action="store_true", help="list each article's required failures and "
                        "the most frequent failure classes")
    args = parser.parse_args(argv)
    folder = args.dir or default_dir()
    if not folder.is_dir() or not any(folder.glob("*.gold.json")):
        print(f"whosaid.evaluate.devset: error: --dir {folder}: no *.gold.json files there", file=sys.stderr)
        return 2
    print(format_set_score(evaluate(folder), failures=args.failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
