"""Precision, recall and F1 from true positive, false positive and false negative counts, shared by the scorers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass
class PRF:
    """Counts of one measure; precision, recall and F1 as fractions."""

    tp: float = 0
    fp: float = 0
    fn: float = 0
    # precision when nothing was found and recall when nothing was to be found
    empty: ClassVar[float] = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else self.empty

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else self.empty

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
