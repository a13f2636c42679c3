"""Optimal one-to-one assignment (Hungarian method), so that scoring needs no SciPy."""

from __future__ import annotations

import math
from collections.abc import Sequence


def max_assignment(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column) covering min(rows, columns) that maximise the summed score, like SciPy's
    linear_sum_assignment(maximize=True) for a rectangular matrix."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return []
    n = max(rows, cols)
    top = max(max(row) for row in scores)
    # square cost matrix; padding cells cost the same everywhere so they do not bias the real choice
    cost = [[(top - scores[i][j]) if i < rows and j < cols else 0.0 for j in range(n)] for i in range(n)]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[column] = row, 1-based
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [(match[j] - 1, j - 1) for j in range(1, n + 1) if match[j] and match[j] - 1 < rows and j - 1 < cols]
    return sorted(pairs)
