"""Specification of the corpus preparation in scripts/build_model_de.py (no model is trained here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_model_de.py"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_model_de", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_bracketed_disambiguation_inside_a_wikiann_name_is_cut_off(build):
    words = "in Winsen ( Luhe ) und Ted Lewis ( Boxer )".split()
    bio = ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"]
    assert build.bracketed_tails(words, bio) == {2, 3, 4, 8, 9, 10}


def test_brackets_outside_a_name_and_names_inside_brackets_stay(build):
    words = "die Bundesagentur für Arbeit ( BA ) meldet".split()
    bio = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O"]
    assert build.bracketed_tails(words, bio) == set()
