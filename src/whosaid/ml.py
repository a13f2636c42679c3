"""Model architectures whosaid registers with spaCy.

`whosaid.LexiconMultiHashEmbed.v1` is spaCy's MultiHashEmbed plus six columns read from a word lexicon that
travels inside the model: three prefixes of the word's Brown cluster path and the full cluster, a frequency band,
and name-list flags. `whosaid.LexiconMultiHashEmbed.v2` adds three columns for words the lexicon lacks: the
cluster (6-bit prefix and full) and name flags of the compound's head, its longest final part the lexicon knows
("Hurrikansaison" -> "Saison", "CSU-Vorstandsklausur" -> "Klausur"). German writes compounds as one word, so most
words a news text has that the lexicon lacks are compounds whose head says what they are.
The lexicon tells the tagger and the ner what a small treebank cannot: that "Kazemi" falls with "Merkel" and
"Müller", that "Tumor" falls with common nouns, and how rare a word is in a large German text. It is built by
`scripts/build_model_de.py` (see MODELS.md) and stored as two arrays in the embedding's attrs, so a trained
pipeline needs no file beside its own.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

# a lexicon value packs the cluster path (bits 0-15, reversed with a leading 1, as spacy-lookups-data stores
# it), the frequency band (16-19) and the name-list flags (20-23)
CLUSTER_BITS = 0xFFFF
BAND_SHIFT = 16
FLAG_SHIFT = 20
CLUSTER_PREFIXES = (4, 6, 10)  # path prefixes used besides the full cluster (as in Ratinov & Roth 2009)
N_LEXICON_COLUMNS = len(CLUSTER_PREFIXES) + 3
N_HEAD_COLUMNS = 3  # compound head: cluster prefix of HEAD_PREFIX bits, full cluster, name flags
HEAD_PREFIX = 6
MIN_HEAD = 4  # characters of a compound head ("Heim", "Bach") ...
MIN_MODIFIER = 3  # ... and of what precedes it


@registry.architectures("whosaid.LexiconMultiHashEmbed.v1")
def lexicon_multi_hash_embed(
    width: int, attrs: list[str | int], rows: list[int], lexicon_rows: list[int], lexicon: str | None = None
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of `attrs` (as spaCy's MultiHashEmbed) and of the lexicon columns, mixed by a Maxout layer.

    `lexicon`: an .npz with sorted uint64 `keys` (spaCy string hashes) and uint32 `values`, read when the model
    is initialised for training; a loaded pipeline brings its own copy."""
    return lexicon_multi_hash_embed_v2(width, attrs, rows, lexicon_rows, [], lexicon)


@registry.architectures("whosaid.LexiconMultiHashEmbed.v2")
def lexicon_multi_hash_embed_v2(
    width: int,
    attrs: list[str | int],
    rows: list[int],
    lexicon_rows: list[int],
    head_rows: list[int],
    lexicon: str | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """v1 plus the N_HEAD_COLUMNS compound-head columns (`head_rows`; an empty list leaves them out)."""
    if len(rows) != len(attrs) or len(lexicon_rows) != N_LEXICON_COLUMNS or len(head_rows) not in (0, N_HEAD_COLUMNS):
        raise ValueError(f"need {len(attrs)} rows, {N_LEXICON_COLUMNS} lexicon_rows and 0 or {N_HEAD_COLUMNS} head_rows")
    all_rows = list(rows) + list(lexicon_rows) + list(head_rows)
    embeddings = [HashEmbed(width, n, column=i, seed=i + 7, dropout=0.0) for i, n in enumerate(all_rows)]
    return chain(
        lexicon_features(attrs, lexicon, compound_heads=bool(head_rows)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def lexicon_features(
    attrs: list[str | int], lexicon: str | None, compound_heads: bool = False
) -> Model[list[Doc], list[Ints2d]]:
    """Per doc, the `attrs` columns of `doc.to_array` followed by the N_LEXICON_COLUMNS lexicon columns (and the
    N_HEAD_COLUMNS compound-head columns)."""
    return Model(
        "whosaid_lexicon_features",
        _features_forward,
        init=_features_init,
        attrs={"columns": list(attrs), "lexicon": lexicon or "", "keys": b"", "values": b"",
               "compound_heads": compound_heads},
    )


def _features_init(model: Model, X=None, Y=None) -> None:
    path = model.attrs["lexicon"]
    if path:
        if not Path(path).exists():
            raise FileNotFoundError(f"lexicon {path}: no such file (build it with scripts/build_model_de.py --stages lexicon)")
        with numpy.load(path) as table:
            model.attrs["keys"] = table["keys"].astype(numpy.uint64).tobytes()
            model.attrs["values"] = table["values"].astype(numpy.uint32).tobytes()


def _features_forward(model: Model, docs: list[Doc], is_train: bool):
    keys = numpy.frombuffer(model.attrs["keys"], dtype=numpy.uint64)
    values = numpy.frombuffer(model.attrs["values"], dtype=numpy.uint32)
    columns = model.attrs["columns"]
    # compound heads found so far for this lexicon, or None when the layer reads no heads
    cache = _HEAD_CACHES.setdefault(hash(model.attrs["keys"]), {}) if model.attrs.get("compound_heads") else None
    features = []
    for doc in docs:
        base = doc.to_array(columns).reshape(len(doc), len(columns))
        ids = doc.to_array([ORTH, LOWER]).reshape(len(doc), 2)
        found = _lookup(keys, values, ids[:, 0])
        unknown = found == 0
        found[unknown] = _lookup(keys, values, ids[unknown, 1])  # "Die" at a sentence start is "die"
        parts = [base, _lexicon_columns(found)]
        if cache is not None:
            head = numpy.zeros(len(doc), dtype=numpy.uint64)
            missing = numpy.flatnonzero(found == 0)
            head[missing] = _compound_heads([doc[int(i)].text for i in missing], keys, values, cache)
            parts.append(_head_columns(head))
        features.append(model.ops.asarray2i(numpy.hstack(parts), dtype="uint64"))
    return features, lambda d_features: []


def _compound_heads(
    words: list[str], keys: numpy.ndarray, values: numpy.ndarray, cache: dict[str, int]
) -> list[int]:
    """Per word, the lexicon value of its compound head (0 if none): the part after the last hyphen if the
    lexicon knows it, else the longest suffix of that part with at least MIN_HEAD characters that it knows,
    capitalised as the word is. One lookup for all words not in `cache` (word -> value, for this lexicon)."""
    todo = [w for w in dict.fromkeys(words) if w not in cache]
    if todo:
        candidates: list[str] = []
        bounds = []
        for word in todo:
            start = len(candidates)
            part = word.rstrip("-").rsplit("-", 1)[-1]
            if part != word and len(part) >= 2:
                candidates += [part, part.lower()]
            if part[:1].isalpha():
                upper = part[:1].isupper()
                for k in range(MIN_MODIFIER, len(part) - MIN_HEAD + 1):
                    suffix = part[k:]
                    candidates.append(suffix[:1].upper() + suffix[1:] if upper else suffix)
            bounds.append((start, len(candidates)))
        hashes = numpy.array([get_string_id(c) for c in candidates], dtype=numpy.uint64)
        found = _lookup(keys, values, hashes)
        if len(cache) > 200_000:  # a long-running process meets an open-ended vocabulary
            heads = {w: cache[w] for w in words if w in cache}
            cache.clear()
            cache.update(heads)
        for word, (start, end) in zip(todo, bounds):
            hits = numpy.flatnonzero(found[start:end])
            cache[word] = int(found[start + hits[0]]) if len(hits) else 0
    return [cache[w] for w in words]


# compound heads found so far, per lexicon (the hash of its keys; Python caches a bytes object's hash)
_HEAD_CACHES: dict[int, dict[str, int]] = {}


def _lookup(keys: numpy.ndarray, values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """The lexicon value of each id, 0 where the id is not in the table."""
    if not len(keys) or not len(ids):
        return numpy.zeros(len(ids), dtype=numpy.uint64)
    at = numpy.searchsorted(keys, ids).clip(max=len(keys) - 1)
    return numpy.where(keys[at] == ids, values[at], 0).astype(numpy.uint64)


def _lexicon_columns(found: numpy.ndarray) -> numpy.ndarray:
    cluster = found & CLUSTER_BITS
    prefixes = [cluster & ((1 << n) - 1) for n in CLUSTER_PREFIXES]
    band = (found >> BAND_SHIFT) & 0xF
    flags = (found >> FLAG_SHIFT) & 0xF
    # a word missing from the lexicon gets its own band value, distinct from the rarest band
    band = numpy.where(found == 0, 16, band)
    return numpy.stack([*prefixes, cluster, band, flags], axis=1).astype(numpy.uint64)


def _head_columns(head: numpy.ndarray) -> numpy.ndarray:
    cluster = head & CLUSTER_BITS
    flags = (head >> FLAG_SHIFT) & 0xF
    return numpy.stack([cluster & ((1 << HEAD_PREFIX) - 1), cluster, flags], axis=1).astype(numpy.uint64)
