"""Measures the German pipeline on held-out data: UPOS, mood and parse on UD PUD, NER on GermEval test, speed.

Usage: python -m whosaid.evaluate.pipeline --shared ../shared [--model PATH_OR_NAME]
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whosaid.evaluate.counts import PRF

DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "de_whosaid_news"
NER_LABELS = ("PER", "ORG", "LOC", "MISC")


# --------------------------------------------------------------------------- readers


def read_conllu(path: Path) -> Iterator[dict[str, Any]]:
    """Yield UD sentences as surface tokens; a multiword token (im, zum) is one token.

    A merged token takes the UPOS, head and relation of its first part and the STTS tag APPRART.
    Each token is a dict: word, lemma, upos, xpos, feats, head_index (None for the root), dep, space.
    """
    rows: list[list[str]] = []
    mwt: dict[int, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if rows:
                yield {"tokens": _surface(rows, mwt)}
            rows, mwt = [], {}
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0]:
                start, end = (int(x) for x in cols[0].split("-"))
                mwt[start] = (end, cols[1])
            elif "." not in cols[0]:
                rows.append(cols)


def _surface(rows: list[list[str]], mwt: dict[int, tuple[int, str]]) -> list[dict[str, Any]]:
    surface_of: dict[int, int] = {}
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(rows):
        uid = int(rows[i][0])
        end, form = mwt.get(uid, (uid, rows[i][1]))
        parts = rows[i : i + end - uid + 1]
        for r in parts:
            surface_of[int(r[0])] = len(out)
        first = parts[0]
        out.append({
            "word": form, "lemma": first[2], "upos": first[3],
            "xpos": "APPRART" if len(parts) > 1 else first[4], "feats": first[5],
            "head": int(first[6]), "dep": first[7], "space": "SpaceAfter=No" not in parts[-1][9],
        })
        i += len(parts)
    for k, tok in enumerate(out):
        head = surface_of.get(tok.pop("head")) if tok["dep"] != "root" else None
        tok["head_index"] = None if head == k else head
    return out


def read_germeval(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, BIO tags) from GermEval 2014's outer column; OTH->MISC, -deriv/-part -> O."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(germeval_tag(cols[2]))


def germeval_tag(tag: str) -> str:
    """One GermEval outer tag in the shipped label set: B-OTH -> B-MISC, I-LOCderiv -> O."""
    if tag == "O" or tag.endswith(("deriv", "part")):
        return "O"
    bio, label = tag.split("-", 1)
    return f"{bio}-{'MISC' if label == 'OTH' else label}"


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO sequence; a stray I- starts a span."""
    spans: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if label is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


# --------------------------------------------------------------------------- scores


def _percent(c: PRF) -> str:
    """'P / R / F1' in percent."""
    return " / ".join(f"{100 * v:.1f}" for v in (c.precision, c.recall, c.f1))


@dataclass
class Report:
    """Everything the evaluation measured."""

    model: str
    load_s: float = 0.0
    upos_acc: float = 0.0
    # (gold UPOS, predicted UPOS) -> tokens: where the disagreements lie, conventions or errors (MODELS.md)
    upos_confusions: Counter = field(default_factory=Counter)
    mood_sub: PRF = field(default_factory=PRF)
    uas: float | None = None
    las: float | None = None
    mood_sub_all: PRF = field(default_factory=PRF)  # with 'sollte'-type forms read as Sub
    sentences: PRF = field(default_factory=PRF)
    ner: dict[str, PRF] = field(default_factory=dict)
    words_per_s: float = 0.0
    tokenizer_words_per_s: float = 0.0
    words_per_cpu_s: float = 0.0
    tokenizer_words_per_cpu_s: float = 0.0
    speed_words: int = 0
    sent_pipes: tuple[str, ...] = ()
    # components the model ships disabled (the parser): measured enabled; speed also as shipped, without them
    enabled_for_report: tuple[str, ...] = ()
    shipped_words_per_s: float | None = None
    shipped_words_per_cpu_s: float | None = None


def load_model(model: str | Path | None = None) -> tuple[Any, float]:
    """Load the pipeline (registering whosaid's components first); returns (nlp, seconds).

    Components the model ships disabled (the parser) stay disabled; `evaluate` enables them."""
    import spacy

    from whosaid.pipeline import register_components

    register_components()  # the model's config names whosaid's components and its embedding architecture
    t0 = time.perf_counter()
    nlp = spacy.load(model or DEFAULT_MODEL)
    return nlp, time.perf_counter() - t0


def _annotate(nlp: Any, words: list[str], spaces: list[bool] | None = None) -> Any:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def evaluate_ud(nlp: Any, path: Path, report: Report) -> None:
    """UPOS accuracy, Mood=Sub P/R/F1 and (with a parser) UAS/LAS on gold tokens of a UD file."""
    has_parser = "parser" in nlp.pipe_names
    n = upos_ok = uas_ok = las_ok = 0
    mood = PRF()
    for sent in read_conllu(path):
        toks = sent["tokens"]
        doc = _annotate(nlp, [t["word"] for t in toks], [t["space"] for t in toks])
        for gold, tok in zip(toks, doc):
            n += 1
            upos_ok += tok.pos_ == gold["upos"]
            if tok.pos_ != gold["upos"]:
                report.upos_confusions[gold["upos"], tok.pos_] += 1
            gold_sub = "Mood=Sub" in gold["feats"]
            pred_sub = tok.morph.get("Mood") == ["Sub"]
            mood.tp += gold_sub and pred_sub
            mood.fp += pred_sub and not gold_sub
            mood.fn += gold_sub and not pred_sub
            if has_parser:
                head = None if tok.head.i == tok.i else tok.head.i
                if head == gold["head_index"]:
                    uas_ok += 1
                    las_ok += tok.dep_.lower() == gold["dep"].lower() or (head is None and gold["head_index"] is None)
    report.upos_acc = 100 * upos_ok / n
    report.mood_sub = mood
    if has_parser:
        report.uas, report.las = 100 * uas_ok / n, 100 * las_ok / n


def read_ud_texts(path: Path, per_chunk: int = 5) -> Iterator[tuple[str, list[int]]]:
    """Raw text of `per_chunk` consecutive UD sentences joined by spaces, with each sentence's start offset."""
    texts = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    for k in range(0, len(texts), per_chunk):
        chunk = texts[k : k + per_chunk]
        starts = [sum(len(t) + 1 for t in chunk[:i]) for i in range(len(chunk))]
        yield " ".join(chunk), starts


def evaluate_sentences(nlp: Any, path: Path, report: Report) -> None:
    """Sentence-start P/R/F1 (first sentence of a chunk not counted) on raw UD text, tokenizer included."""
    prf = PRF()
    for text, starts in read_ud_texts(path):
        gold = set(starts[1:])
        pred = {s[0].idx if not s[0].is_space else s[0].idx + len(s[0].text) for s in nlp(text).sents} - {0}
        prf.tp += len(gold & pred)
        prf.fp += len(pred - gold)
        prf.fn += len(gold - pred)
    report.sentences = prf


def evaluate_ner(nlp: Any, path: Path, report: Report) -> None:
    """Exact-span NER P/R/F1 per type and overall on gold tokens of GermEval."""
    scores = {label: PRF() for label in (*NER_LABELS, "ALL")}
    for words, tags in read_germeval(path):
        doc = _annotate(nlp, words)
        gold = bio_spans(tags)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for label in NER_LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            for key in (label, "ALL"):
                scores[key].tp += len(g & p)
                scores[key].fp += len(p - g)
                scores[key].fn += len(g - p)
    report.ner = scores


def measure_speed(nlp: Any, texts: list[str], report: Report) -> None:
    """Words per second of the full pipeline and of the bare tokenizer over the same texts, in one thread.

    Both wall-clock and CPU-time rates are kept: on a shared machine the CPU-time rate is the one-core speed.
    """
    def timed(fn: Any) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - wall, time.process_time() - cpu

    n_words = sum(len(nlp.make_doc(t)) for t in texts)
    wall, cpu = timed(lambda: [nlp.make_doc(t) for t in texts])
    report.tokenizer_words_per_s, report.tokenizer_words_per_cpu_s = n_words / wall, n_words / cpu
    wall, cpu = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
    report.words_per_s, report.words_per_cpu_s = n_words / wall, n_words / cpu
    report.speed_words = n_words
    if report.enabled_for_report:
        with nlp.select_pipes(disable=list(report.enabled_for_report)):
            wall, cpu = timed(lambda: list(nlp.pipe(texts, batch_size=256)))
        report.shipped_words_per_s, report.shipped_words_per_cpu_s = n_words / wall, n_words / cpu


def evaluate(shared: Path, model: str | Path | None = None, speed_sentences: int = 2000) -> Report:
    """Run every measurement against the data under `shared` (the ../shared folder)."""
    data = shared / "data"
    nlp, load_s = load_model(model)
    report = Report(model=str(model or DEFAULT_MODEL), load_s=load_s, sent_pipes=tuple(nlp.pipe_names),
                    enabled_for_report=tuple(nlp.disabled))
    for name in report.enabled_for_report:  # the parser keeps the sentencizer's boundaries, so they are as shipped
        nlp.enable_pipe(name)
    pud = data / "ud-german/de_pud-ud-test.conllu"
    evaluate_ud(nlp, pud, report)
    if "whosaid_mood" in nlp.pipe_names:
        mood = nlp.get_pipe("whosaid_mood")
        policy, mood.ambiguous = mood.ambiguous, "sub"
        alt = Report(model=report.model)
        evaluate_ud(nlp, pud, alt)
        mood.ambiguous = policy
        report.mood_sub_all = alt.mood_sub
    evaluate_sentences(nlp, pud, report)
    germeval_test = data / "ner-germeval2014/NER-de-test.tsv"
    evaluate_ner(nlp, germeval_test, report)
    texts = [" ".join(w) for w, _ in read_germeval(germeval_test)][:speed_sentences]
    measure_speed(nlp, texts, report)
    return report


def format_confusions(confusions: Counter, top: int = 8) -> str:
    return ", ".join(f"{gold}->{pred} {n}" for (gold, pred), n in confusions.most_common(top))


def format_report(r: Report) -> str:
    lines = [f"model: {r.model}", f"load time: {r.load_s:.2f} s",
             "UD German PUD (gold tokens):", f"  UPOS accuracy: {r.upos_acc:.2f}",
             f"  most frequent UPOS disagreements (gold -> predicted): {format_confusions(r.upos_confusions)}",
             f"  Mood=Sub P/R/F1: {_percent(r.mood_sub)}"
             f"  (tp {r.mood_sub.tp}, fp {r.mood_sub.fp}, fn {r.mood_sub.fn})"]
    lines.append(f"  Mood=Sub P/R/F1 with sollte/wollte read as Sub: {_percent(r.mood_sub_all)}")
    lines.append(f"  sentence starts on raw text P/R/F1: {_percent(r.sentences)}"
                 f"  ({' + '.join(p for p in ('parser', 'senter', 'sentencizer') if p in r.sent_pipes)})")
    if r.uas is not None:
        lines.append(f"  UAS / LAS: {r.uas:.2f} / {r.las:.2f}")
    else:
        lines.append("  UAS / LAS: no parser in the pipeline")
    lines.append("GermEval 2014 test NER (outer, exact span):")
    for label, s in r.ner.items():
        p_, r_, f_ = (100 * v for v in (s.precision, s.recall, s.f1))
        lines.append(f"  {label:<5} P {p_:5.1f}  R {r_:5.1f}  F1 {f_:5.1f}  (gold {s.tp + s.fn})")
    lines.append(f"speed, one thread, {r.speed_words} words (GermEval test text):")
    full = "full pipeline" + (f" (with {', '.join(r.enabled_for_report)})" if r.enabled_for_report else "")
    lines.append(f"  {full:<14} {r.words_per_s:9,.0f} words/s wall  {r.words_per_cpu_s:9,.0f} words/CPU-s")
    if r.shipped_words_per_s is not None:
        lines.append(f"  as shipped ({', '.join(r.enabled_for_report)} off) {r.shipped_words_per_s:9,.0f} words/s wall  "
                     f"{r.shipped_words_per_cpu_s:9,.0f} words/CPU-s")
    lines.append(f"  bare tokenizer {r.tokenizer_words_per_s:9,.0f} words/s wall  "
                 f"{r.tokenizer_words_per_cpu_s:9,.0f} words/CPU-s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Evaluate the German whosaid pipeline on held-out data.")
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    ap.add_argument("--model", default=None, help="model path or package name (default: the shipped model)")
    ap.add_argument("--hanta-baseline", action="store_true",
                    help="also measure HanTa's tags mapped to UPOS on PUD (needs the build extra)")
    args = ap.parse_args(argv)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # one core; takes effect because numpy is imported later
    print(format_report(evaluate(args.shared, args.model)))
    if args.hanta_baseline:
        from whosaid.evaluate.baselines import hanta_upos_accuracy

        pud = args.shared / "data/ud-german/de_pud-ud-test.conllu"
        accuracy, confusions = hanta_upos_accuracy(pud)
        print(f"baseline: HanTa tags -> UPOS on UD German PUD: {accuracy:.2f}")
        print(f"  most frequent UPOS disagreements (gold -> predicted): {format_confusions(confusions)}")


if __name__ == "__main__":
    main()
