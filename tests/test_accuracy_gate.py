"""The accuracy gate: attribution on the WikiNews quotation corpus stays above the floors in floors.json."""

from __future__ import annotations

import pytest

from whosaid.evaluate import wikinews


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize("split", ["dev", "test"])
def test_attribution_stays_above_its_floors(shared, split):
    docs = wikinews.load_split(shared, split)
    score, _ = wikinews.evaluate(wikinews.analyze_split(docs))
    assert wikinews.check_floors(score.flat(), split) == []
