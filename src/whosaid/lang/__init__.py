"""Per-language knowledge (cue verbs, prepositional cues, role nouns, media, pronouns) loaded from data files."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from whosaid.errors import InputError, OptionError

SUPPORTED = ("de", "en")


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    stance: str
    takes: str  # clause | object | both


@dataclass(frozen=True)
class PrepositionalCue:
    words: tuple[str, ...]  # lower-cased, e.g. ("unter", "berufung", "auf")
    position: str  # before | after | frame
    stance: str
    needs: frozenset[str] = frozenset()  # head nouns that must follow for the cue to attribute
    standard: tuple[str, ...] = ()  # the standard spelling of a regional one ("gemäß" of "gemäss")

    @property
    def lemma(self) -> str:
        return " ".join(self.standard or self.words)


@dataclass(frozen=True)
class LanguageData:
    lang: str
    verb_cues: dict[str, VerbCue]
    prepositional_cues: tuple[PrepositionalCue, ...]
    role_nouns: frozenset[str]
    org_nouns: frozenset[str]
    media: dict[str, str]
    pronouns: dict[str, str]  # pronoun -> number (sg|pl|any)
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # named word classes from words.tsv
    strong_verbs: dict[str, str] = field(default_factory=dict)  # irregular form -> infinitive
    noun_cues: dict[str, str] = field(default_factory=dict)  # "Forderung" -> demand
    pronoun_genders: dict[str, str] = field(default_factory=dict)  # "er" -> m, "sie" -> f
    _pairs: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False, compare=False)

    def pairs(self, name: str) -> tuple[tuple[str, str], ...]:
        """The rows "left=right" of a word class, split once and in a fixed order: ("notenbank", "zentralbank") of
        `org_synonym`."""
        split = self._pairs.get(name)
        if split is None:
            split = tuple((row.split("=", 1)[0], row.split("=", 1)[1]) for row in sorted(self.words.get(name, ()))
                          if "=" in row)
            self._pairs[name] = split
        return split

    def negation_words(self) -> frozenset[str]:
        """Words that negate a clause ("nicht", "kein") or what a clause says ("nichts", "niemand")."""
        return self.words.get("negation", frozenset()) | self.words.get("content_negation", frozenset())

    def rights(self, name: str, left: str) -> tuple[str, ...]:
        """The right sides of a word class's rows whose left side is `left` ("zentralbank" of "notenbank")."""
        return tuple(right for key, right in self.pairs(name) if key == left)

    def verb_lemma(self, form: str, lemma: str) -> str:
        """The lemma, repaired where the lemmatizer returned an unknown verb form unchanged; a cue written in a
        regional spelling ("äusserte", Swiss: no ß) is the cue it spells."""
        found = self._verb_lemma(form, lemma)
        if found in self.verb_cues:
            return found
        for variant in self.words.get("spelling_variant", ()):
            written, standard = variant.split("=")
            if written in form.lower():
                alternative = self._verb_lemma(form.lower().replace(written, standard),
                                               lemma.lower().replace(written, standard))
                if alternative in self.verb_cues:
                    return alternative
        return found

    def _verb_lemma(self, form: str, lemma: str) -> str:
        if lemma.lower() != form.lower():
            return lemma.lower()
        word = form.lower()
        if word in self.verb_cues:
            return word  # "befürchten" (plural present) is its own lemma, not a past form in -ten
        if word in self.strong_verbs:
            return self.strong_verbs[word]
        for prefix in sorted(self.words.get("verb_prefix", ()), key=len, reverse=True):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and rest in self.strong_verbs:
                return prefix + self.strong_verbs[rest]
            if word.startswith(prefix) and rest.startswith("ge") and rest[2:] in self.strong_verbs:
                return prefix + self.strong_verbs[rest[2:]]
            if word.startswith(prefix) and "ge" + rest in self.strong_verbs:
                # an inseparable prefix takes no "ge-": "widersprochen" is wider + (ge)sprochen
                return prefix + self.strong_verbs["ge" + rest]
        # weak past and participle: a known cue first ("wertete" -> "werten", "gefordert" -> "fordern"), else the
        # stem + "en" ("räumte" -> "räumen")
        for ending in ("eten", "ete", "ten", "te", "et", "t"):
            if word.endswith(ending) and len(word) >= len(ending) + 3:
                cue = self._cue_of_stem(word[: -len(ending)])
                if cue is not None:
                    return cue
        for ending in ("ten", "te", "et", "t"):
            if word.endswith(ending) and len(word) >= len(ending) + 3:
                stem = word[: -len(ending)]
                # a stem in unstressed -er/-el takes -n: "prangerte" -> "prangern" ("kritisierte", "leerte" keep -en)
                return stem + ("n" if _UNSTRESSED_STEM.search(stem) else "en")
        return word

    def _cue_of_stem(self, stem: str) -> str | None:
        """The cue verb a weak stem belongs to, with or without "ge-": "wert" -> "werten", "aufforder" ->
        "auffordern", "geäußer" -> "äußern", "eingeräum" -> "einräumen"."""
        bases = [stem, stem[2:]] if stem.startswith("ge") else [stem]
        # a separable verb's participle has its "ge-" after the particle: "eingeräum" -> "einräumen"
        bases += [p + stem[len(p) + 2 :] for p in self.words.get("verb_particle", ()) if stem.startswith(p + "ge")]
        for base in bases:
            for infinitive in (base + "en", base + "n"):
                if infinitive in self.verb_cues and (infinitive.endswith("en") or base.endswith(("er", "el"))):
                    return infinitive
        return None

    @property
    def prepositional_cues_by_first_word(self) -> dict[str, tuple[PrepositionalCue, ...]]:
        return _index_by_first_word(self.prepositional_cues)


_UNSTRESSED_STEM = re.compile(r"[^aeiouäöüy](er|el)$")


@cache
def _index_by_first_word(cues: tuple[PrepositionalCue, ...]) -> dict[str, tuple[PrepositionalCue, ...]]:
    index: dict[str, list[PrepositionalCue]] = {}
    for cue in cues:
        index.setdefault(cue.words[0], []).append(cue)
    return {word: tuple(group) for word, group in index.items()}


def _regional_spellings(cues: tuple[PrepositionalCue, ...], variants: set[str]) -> tuple[PrepositionalCue, ...]:
    """ "gemäss" (Swiss: no ß) for "gemäß": each cue as a regional spelling writes it."""
    out = []
    for variant in sorted(variants):
        written, standard = variant.split("=")
        out += [replace(cue, words=tuple(w.replace(standard, written) for w in cue.words), standard=cue.words)
                for cue in cues if any(standard in w for w in cue.words)]
    return tuple(out)


def _rows(lang: str, name: str) -> list[dict[str, str]]:
    text = resources.files("whosaid.lang").joinpath(lang, name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _list(lang: str, name: str) -> frozenset[str]:
    text = resources.files("whosaid.lang").joinpath(lang, name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def stts_upos(lang: str = "de") -> dict[str, str]:
    """STTS tag -> UPOS (`lang/<lang>/stts_upos.tsv`), the map the German model's attribute_ruler applies."""
    return {row["stts"]: row["upos"] for row in _rows(lang, "stts_upos.tsv")}


@cache
def load_language(lang: str) -> LanguageData:
    """Load and cache the language data of `lang` (raises OptionError for unsupported languages)."""
    if lang not in SUPPORTED:
        raise OptionError(f"--lang {lang}", f"unsupported language; choose one of {', '.join(SUPPORTED)}")
    verbs: dict[str, VerbCue] = {}
    for row in _rows(lang, "cue_verbs.tsv"):
        verbs.setdefault(row["lemma"], VerbCue(row["lemma"], row["stance"], row["takes"]))
    preps = tuple(
        PrepositionalCue(
            tuple(row["cue"].lower().split()),
            row["position"],
            row["stance"],
            frozenset((row.get("needs") or "").split()),
        )
        for row in _rows(lang, "prepositional_cues.tsv")
    )
    words: dict[str, set[str]] = {}
    for row in _rows(lang, "words.tsv"):
        words.setdefault(row["class"], set()).add(row["word"])
    preps += _regional_spellings(preps, words.get("spelling_variant", set()))
    return LanguageData(
        lang=lang,
        verb_cues=verbs,
        prepositional_cues=preps,
        role_nouns=_list(lang, "role_nouns.txt"),
        org_nouns=_list(lang, "org_nouns.txt"),
        media={row["word"]: row["medium"] for row in _rows(lang, "media.tsv")},
        pronouns={row["pronoun"]: row["number"] for row in _rows(lang, "pronouns.tsv")},
        pronoun_genders={row["pronoun"]: row["gender"] for row in _rows(lang, "pronouns.tsv")
                         if row.get("gender") in {"m", "f"}},
        words={k: frozenset(v) for k, v in words.items()},
        strong_verbs={row["form"]: row["lemma"] for row in _rows(lang, "strong_verbs.tsv")},
        noun_cues={row["noun"]: row["stance"] for row in _rows(lang, "noun_cues.tsv")} if _has(lang, "noun_cues.tsv") else {},
    )


def _has(lang: str, name: str) -> bool:
    return resources.files("whosaid.lang").joinpath(lang, name).is_file()


@cache
def _frequent_words(lang: str) -> frozenset[str]:
    return _list(lang, "frequent_words.txt")


# an article with at least this many words must have this share of one language's frequent words
DETECT_MIN_WORDS = 12
DETECT_MIN_SHARE = 0.02  # a results table of names and numbers still shows a few


@cache
def _other_frequent_words() -> dict[str, frozenset[str]]:
    """Frequent words of languages whosaid does not analyse (`lang/other/frequent_words.tsv`)."""
    return {row["lang"]: frozenset(row["words"].split()) for row in _rows("other", "frequent_words.tsv")}


def language_scores(text: str) -> dict[str, int]:
    """How many of the first words of `text` are frequent words of each known language."""
    words = [w.strip(".,;:!?\"'()„“”»«’‘").lower() for w in text[:5000].split()]
    lists = {lang: _frequent_words(lang) for lang in SUPPORTED} | _other_frequent_words()
    return {lang: sum(1 for w in words if w in frequent) for lang, frequent in lists.items()}


def detect_language(text: str) -> str:
    """The supported language whose most frequent words cover most of `text` (German when undecided).

    Raises InputError when the text is in another language, or in none that its words reveal."""
    scores = language_scores(text)
    best = max(SUPPORTED, key=lambda lang: (scores[lang], lang == "de"))
    other = max((lang for lang in scores if lang not in SUPPORTED), key=lambda lang: scores[lang], default=None)
    words = len(text[:5000].split())
    if other is not None and scores[other] > scores[best]:
        raise InputError("text", f"written in '{other}', not in {' or '.join(SUPPORTED)}: whosaid does not analyse it")
    if words >= DETECT_MIN_WORDS and scores[best] < DETECT_MIN_SHARE * words:
        raise InputError("text", f"language not recognised ({scores[best]} of {words} words are frequent "
                                 f"{best} words): whosaid analyses {' and '.join(SUPPORTED)}")
    return best
