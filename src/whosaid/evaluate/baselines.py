"""Baselines measured beside the shipped pipeline: HanTa, the build's teacher, tagging UD German PUD.

HanTa (LGPL-3.0, `pip install -e '.[build]'`) is only needed to build the model and to measure this baseline.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from whosaid.lang import stts_upos

# HanTa's tag set differs from plain STTS in a few names
HANTA_FIX = {"NNA": "NN", "NNI": "NN", "ADJ": "ADJD", "PAV": "PROAV", "PIDAT": "PIAT", "$": "$("}


def hanta_to_stts(tag: str) -> str:
    """Map HanTa's tag ('VV(FIN)', 'ADJ(A)', 'NNA') to a plain STTS tag ('VVFIN', 'ADJA', 'NN')."""
    flat = tag.replace("(", "").replace(")", "")
    return HANTA_FIX.get(flat, flat)


def hanta_tagger() -> Any:
    try:
        from HanTa import HanoverTagger as ht
    except ImportError:
        raise SystemExit("the HanTa baseline needs HanTa: pip install -e '.[build]'") from None
    return ht.HanoverTagger("morphmodel_ger.pgz")


def hanta_upos_accuracy(pud: Path) -> tuple[float, Counter]:
    """UPOS accuracy (percent) of HanTa's STTS tags through whosaid's STTS -> UPOS map, on gold tokens, and its
    disagreements with the gold as (gold UPOS, HanTa's UPOS) -> tokens."""
    from whosaid.evaluate.pipeline import read_conllu

    tagger, upos_of = hanta_tagger(), stts_upos("de")
    total = correct = 0
    confusions: Counter = Counter()
    for sent in read_conllu(pud):
        tokens = sent["tokens"]
        for (word, _lemma, tag), gold in zip(tagger.tag_sent([t["word"] for t in tokens], taglevel=1), tokens):
            upos = "PUNCT" if not any(ch.isalnum() for ch in word) else upos_of.get(hanta_to_stts(tag), "X")
            total += 1
            correct += upos == gold["upos"]
            if upos != gold["upos"]:
                confusions[gold["upos"], upos] += 1
    return 100 * correct / total, confusions
