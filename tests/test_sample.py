"""The acceptance example: every required item of the sample article's gold annotation."""

from __future__ import annotations

import json

import pytest

from whosaid.evaluate.gold import score_record


@pytest.fixture(scope="module")
def sample_score(shared, nlp):
    import whosaid

    text = (shared / "samples" / "abna-irak-abzug.txt").read_text(encoding="utf-8")
    from whosaid.ingest.text import clean_text

    record = whosaid.analyze(clean_text(text), published="2021-12-10", lang="de")
    gold = json.loads((shared / "samples" / "abna-irak-abzug.gold.json").read_text(encoding="utf-8"))
    return score_record(record, gold)


def test_every_required_item_of_the_sample_is_right(sample_score):
    required = sample_score.required_failures
    assert required == [], "\n".join(str(f) for f in required)
