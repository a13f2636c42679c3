"""Name keys for matching spelling and transliteration variants across articles; the rules are data."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
PREFIX = re.compile(r"^(al|el|as|ad|ar|an|at|az|ash|ad|ul)-")
DROPPED_TOKENS = frozenset({"al", "el", "ibn", "bin"})
TOKEN = re.compile(r"[a-z0-9]+")
DOUBLED = re.compile(r"(.)\1+")
VOWELS = re.compile(r"[aeiou]")
# two tokens with the same consonant skeleton match from this rapidfuzz ratio on (Kasimi / Kasemi: 83)
TOKEN_RATIO = 70


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[str, str], ...]:
    text = resources.files("whosaid.corpus").joinpath("data", "transliteration.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            source, target = line.split("\t")[:2]
            out.append((source, target))
    return tuple(out)


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """The normalised tokens of a name: umlauts written out, diacritics, al-/el- prefixes and rules applied."""
    s = name.lower().translate(UMLAUTS)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    tokens = []
    for raw in s.replace("'", "").replace("’", "").split():
        raw = PREFIX.sub("", raw)
        for tok in TOKEN.findall(raw):
            if tok in DROPPED_TOKENS:
                continue
            for source, target in rules():
                tok = tok.replace(source, target)
            tokens.append(DOUBLED.sub(r"\1", tok))
    return tuple(tokens)


def name_key(name: str) -> str:
    return " ".join(name_tokens(name))


def skeleton(token: str) -> str:
    """First letter and the consonants: Kasimi, Kasemi, Kazimi -> ksm."""
    return token[:1] + VOWELS.sub("", token[1:])


def tokens_match(a: str, b: str) -> bool:
    return a == b or (skeleton(a) == skeleton(b) and fuzz.ratio(a, b) >= TOKEN_RATIO)


def keys_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same number of tokens, each pair a spelling variant of the other."""
    return len(a) == len(b) and all(tokens_match(x, y) for x, y in zip(a, b))


PARTICLES = frozenset({"von", "van", "de", "der", "bin", "ibn", "al", "el", "la", "le", "zu"})


def looks_like_name(text: str) -> bool:
    """A proper name rather than a description: every word capitalised or a name particle ("Mustafa al-Kadhimi")."""
    words = text.split()
    if not words or words[0].lower() in {"der", "die", "das", "ein", "eine", "the", "a"}:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in PARTICLES or PREFIX.match(w.lower()) for w in words)
