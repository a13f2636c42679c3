"""Specification of whosaid.LexiconMultiHashEmbed.v1/v2: lexicon columns beside spaCy's hash features."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.strings import get_string_id
from spacy.util import registry

from whosaid.ml import BAND_SHIFT, FLAG_SHIFT, N_HEAD_COLUMNS, N_LEXICON_COLUMNS, lexicon_features

ATTRS = ["NORM", "SHAPE"]
MERKEL = 40 | 8 << BAND_SHIFT | 2 << FLAG_SHIFT  # cluster path 000101, band 8, on the surname list
DIE = 31 | 0 << BAND_SHIFT
KLAUSUR = 605 | 9 << BAND_SHIFT
BACH = 373 | 8 << BAND_SHIFT | 7 << FLAG_SHIFT  # also a first name, surname and town
STARKE = 135 | 7 << BAND_SHIFT


def write_lexicon(path) -> str:
    words = {"Merkel": MERKEL, "die": DIE, "Klausur": KLAUSUR, "Bach": BACH, "starke": STARKE}
    keys = numpy.array([get_string_id(w) for w in words], dtype=numpy.uint64)
    order = numpy.argsort(keys)
    values = numpy.array(list(words.values()), dtype=numpy.uint32)
    numpy.savez(path, keys=keys[order], values=values[order])
    return str(path)


def lexicon_columns(model, text: str) -> numpy.ndarray:
    doc = spacy.blank("de")(text)
    (features,) = model.predict([doc])
    return numpy.asarray(features)[:, len(ATTRS):]


def test_known_words_get_cluster_prefixes_band_and_flags(tmp_path):
    model = lexicon_features(ATTRS, write_lexicon(tmp_path / "lex.npz"))
    model.initialize()
    merkel, unknown = lexicon_columns(model, "Merkel Xyzzy")
    assert len(merkel) == N_LEXICON_COLUMNS
    assert list(merkel) == [40 & 0xF, 40 & 0x3F, 40 & 0x3FF, 40, 8, 2]
    # a word missing from the lexicon has no cluster and a band of its own
    assert list(unknown) == [0, 0, 0, 0, 16, 0]


def test_a_capitalised_word_falls_back_to_its_lower_case_entry(tmp_path):
    model = lexicon_features(ATTRS, write_lexicon(tmp_path / "lex.npz"))
    model.initialize()
    (die,) = lexicon_columns(model, "Die")
    assert die[3] == DIE


def test_the_lexicon_travels_with_the_trained_weights(tmp_path):
    make = registry.architectures.get("whosaid.LexiconMultiHashEmbed.v1")
    trained = make(width=8, attrs=ATTRS, rows=[50, 50], lexicon_rows=[8] * N_LEXICON_COLUMNS,
                   lexicon=write_lexicon(tmp_path / "lex.npz"))
    doc = spacy.blank("de")("Merkel sagte")
    trained.initialize(X=[doc])
    # a pipeline loaded elsewhere has no lexicon file: the table comes back from the model's bytes
    loaded = make(width=8, attrs=ATTRS, rows=[50, 50], lexicon_rows=[8] * N_LEXICON_COLUMNS, lexicon=None)
    loaded.from_bytes(trained.to_bytes())
    numpy.testing.assert_allclose(loaded.predict([doc])[0], trained.predict([doc])[0])
    features = [n for n in loaded.walk() if n.name == "whosaid_lexicon_features"][0]
    assert lexicon_columns(features, "Merkel")[0][3] == 40


def test_a_lexicon_path_that_does_not_exist_is_an_error(tmp_path):
    model = lexicon_features(ATTRS, str(tmp_path / "missing.npz"))
    with pytest.raises(FileNotFoundError, match="missing.npz"):
        model.initialize()


def head_columns(model, text: str) -> list[list[int]]:
    return [list(row[-N_HEAD_COLUMNS:]) for row in lexicon_columns(model, text)]


def test_a_compound_the_lexicon_lacks_reads_its_head(tmp_path):
    model = lexicon_features(ATTRS, write_lexicon(tmp_path / "lex.npz"), compound_heads=True)
    model.initialize()
    rows = head_columns(model, "Vorstandsklausur CSU-Klausur Kleinweidelbach sprintstarke")
    # cluster prefix of 6 bits, full cluster, name flags of "Klausur", "Klausur", "Bach", "starke"
    assert rows == [[605 & 0x3F, 605, 0], [605 & 0x3F, 605, 0], [373 & 0x3F, 373, 7], [135 & 0x3F, 135, 0]]


def test_known_words_and_words_without_a_known_head_have_no_head_columns(tmp_path):
    model = lexicon_features(ATTRS, write_lexicon(tmp_path / "lex.npz"), compound_heads=True)
    model.initialize()
    # "Merkel" is known; "Xyzzy" has no known final part; "Bach" alone is known, not a compound;
    # "Klausur" needs a modifier of three letters before it ("AKlausur" is not a compound)
    assert head_columns(model, "Merkel Xyzzy Bach AKlausur 2021") == [[0, 0, 0]] * 5


def test_two_pipelines_with_different_lexicons_do_not_share_compound_heads(tmp_path):
    first = lexicon_features(ATTRS, write_lexicon(tmp_path / "lex.npz"), compound_heads=True)
    first.initialize()
    assert head_columns(first, "Vorstandsklausur")[0][1] == 605
    keys = numpy.array([get_string_id("Klausur")], dtype=numpy.uint64)
    numpy.savez(tmp_path / "other.npz", keys=keys, values=numpy.array([77 | 9 << BAND_SHIFT], dtype=numpy.uint32))
    second = lexicon_features(ATTRS, str(tmp_path / "other.npz"), compound_heads=True)
    second.initialize()
    assert head_columns(second, "Vorstandsklausur")[0][1] == 77


def test_a_full_head_cache_is_emptied_without_losing_the_words_asked_for(tmp_path):
    from whosaid.ml import _compound_heads

    path = write_lexicon(tmp_path / "lex.npz")
    with numpy.load(path) as table:
        keys, values = table["keys"], table["values"]
    cache = {f"w{i}": 0 for i in range(200_001)}
    heads = _compound_heads(["w1", "Vorstandsklausur"], keys, values, cache)
    assert heads == [0, KLAUSUR]
    assert len(cache) == 2
