"""Throughput of `whosaid.analyze` over the WikiNews texts, beside baselines run in the same process.

    python bench/throughput.py [--shared ../shared] [--limit N] [--model NAME] [--lang de|en|both]

Prints articles/s, words/s and peak memory for: a bare tokenizer pass, the language model alone (no whosaid
components), and the full analysis (record included); German on the WikiNews texts, English beside it on the
PolNeAR dev texts (English political news). Ratios compare them; absolute figures are noisy here. Then
the CPU time of each whosaid component on Docs parsed once, best of three.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def load_texts(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    root = shared / "data" / "quotes-wikinews-de" / "data"
    files = sorted(root.glob("*/*.json"))[:limit]
    out = []
    for f in files:
        published = f.name.rsplit("(", 1)[-1][:10]
        out.append((json.loads(f.read_text(encoding="utf-8"))["originalText"], published))
    return out


MEMORY_SAMPLE = 100  # articles per memory pass: tracing allocations slows Python code, so it is timed apart


def timed(label: str, fn, texts: list[tuple[str, str]], words: int) -> float:
    start = time.perf_counter()
    for text, published in texts:
        fn(text, published)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    for text, published in texts[:MEMORY_SAMPLE]:
        fn(text, published)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<28} {len(texts) / seconds:9.1f} articles/s {words / seconds:11.0f} words/s"
          f"   peak traced memory {peak / 1e6:7.1f} MB")
    return seconds


def model_pass(nlp, model_only: list[str], text: str, published=None):
    """The Doc after the language model's components alone (no whosaid analysis)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        if name in model_only:
            doc = proc(doc)
    return doc


COMPONENT_SAMPLE = 300  # articles whose Docs are parsed once, then run through each whosaid component


def component_times(nlp, texts: list[tuple[str, str]], model_only: list[str], model_ms: float) -> None:
    """CPU ms per article of each whosaid component and of the record, best of three passes over Docs the language
    model parsed once: steadier than the difference of two whole passes on a shared machine."""
    from datetime import date

    from whosaid.assemble import to_record

    docs = [model_pass(nlp, model_only, text, date.fromisoformat(published)) for text, published in texts]
    steps = [(name, proc) for name, proc in nlp.pipeline if name not in model_only]
    steps.append(("record", to_record))
    best = {name: float("inf") for name, _ in steps}
    for _ in range(3):
        for name, step in steps:
            start = time.process_time()
            for doc in docs:
                step(doc)
            best[name] = min(best[name], time.process_time() - start)
    per_article = {name: 1000 * seconds / len(docs) for name, seconds in best.items()}
    total = sum(per_article.values())
    print("whosaid components, CPU ms per article (best of 3 over " f"{len(docs)} parsed articles): "
          + ", ".join(f"{name.removeprefix('whosaid_')} {ms:.2f}" for name, ms in per_article.items())
          + f"; together {total:.1f} ms = {100 * total / model_ms:.0f}% of the language model's {model_ms:.1f} ms")


def load_texts_en(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    from whosaid.evaluate.polnear import load_split

    return [(a.text, (a.published.isoformat() if a.published else "2016-10-01")) for a in load_split(shared, "dev", limit)]


def bench_language(lang: str, texts: list[tuple[str, str]], model: str | None) -> None:
    import whosaid
    from whosaid.pipeline import COMPONENTS, COMPONENTS_BY_LANG

    words = sum(len(t.split()) for t, _ in texts)
    print(f"{len(texts)} articles, {words} words ({words / len(texts):.0f} per article)")

    start = time.perf_counter()
    nlp = whosaid.load_pipeline(lang, model)
    print(f"pipeline load: {time.perf_counter() - start:.2f} s   components: {', '.join(nlp.pipe_names)}")
    whosaid.analyze(texts[0][0], published=texts[0][1], lang=lang, model=model)  # warm up

    tokenizer = timed("bare tokenizer", lambda t, p: nlp.tokenizer(t), texts, words)
    ours = set(COMPONENTS_BY_LANG.get(lang, COMPONENTS))
    model_only = [name for name, _ in nlp.pipeline if name not in ours]
    model_s = timed("language model only", lambda t, p: model_pass(nlp, model_only, t), texts, words)
    full = timed("whosaid.analyze (full)", lambda t, p: whosaid.analyze(t, published=p, lang=lang,
                                                                       model=model), texts, words)
    print(f"ratios: full/tokenizer {full / tokenizer:.1f}x slower; full/model-only {full / model_s:.2f}x "
          f"(whosaid components add {100 * (full - model_s) / model_s:.0f}%)")
    component_times(nlp, texts[:COMPONENT_SAMPLE], model_only, 1000 * model_s / len(texts))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--lang", default="both", choices=["de", "en", "both"])
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"bench: {args.shared} not found (needs ../shared/data/quotes-wikinews-de)", file=sys.stderr)
        return 2

    if args.lang in ("de", "both"):
        bench_language("de", load_texts(args.shared, args.limit), args.model)
    if args.lang in ("en", "both"):
        print("\nEnglish (PolNeAR dev texts)")
        bench_language("en", load_texts_en(args.shared, args.limit), args.model if args.lang == "en" else None)
    print(f"peak RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
