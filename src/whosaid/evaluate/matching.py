"""Optimal one-to-one assignment through SciPy's `linear_sum_assignment`.

Scorers that must reproduce published figures use SciPy itself rather than a re-implementation: when
several assignments reach the same total (quotes without any overlap can be paired with any partner),
which one is returned decides the role and type scores of those pairs, and only SciPy's own solver
breaks such ties as the corpus authors' evaluation does.
"""

from __future__ import annotations

from collections.abc import Sequence


def max_assignment(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column), sorted, covering min(rows, columns) that maximise the summed score:
    `scipy.optimize.linear_sum_assignment(scores, maximize=True)` on a float64 matrix."""
    if not scores or not scores[0]:
        return []
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
    except ImportError as err:  # scipy is an extra: say which one, once, instead of a bare traceback
        raise ImportError(f"scoring needs SciPy ({err}); install it with: pip install 'whosaid[evaluate]'") from err
    rows, cols = linear_sum_assignment(np.asarray(scores, dtype=np.float64), maximize=True)
    return sorted(zip(rows.tolist(), cols.tolist()))
