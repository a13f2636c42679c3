"""Build the German news pipeline de_whosaid_news from ../shared data, with HanTa as silver teacher.

Stages (each cached under scratch/, rerun with --force):
  lexicon  word -> Brown cluster, frequency band and name-list flags (spacy-lookups-data's German tables and
           ../shared/data/gazetteers-de), read by the tok2vec's whosaid.LexiconMultiHashEmbed.v2 (whosaid/ml.py)
  silver   HanTa tags + lemmas for the NER training text, GSD text and the sample article
  corpora  spaCy DocBin training corpora (tags: GSD gold + HanTa silver; ner: GermEval dev + WikiANN +
           Europeana Newspapers DE; dependencies: GSD)
  train    `spacy train` of tok2vec+tagger+ner+parser in one run (on the held-out sentences too, for a fixed
           number of steps, unless --held-out)
  assemble tokenizer rules, sentencizer, attribute_ruler, lookup lemmatizer, mood, particle and main verbs, the
           parser disabled, size check

Usage: python scripts/build_model_de.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from whosaid.evaluate.baselines import hanta_to_stts
from whosaid.evaluate.pipeline import read_conllu, read_germeval
from whosaid.lang import stts_upos

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SCRATCH = REPO / "scratch" / "de_model"
SEED = 13
GERMEVAL_HOLDOUT = 400  # last sentences of GermEval dev held out for model selection
SHIPPED_STEPS = 3000  # the shipped model trains on the held-out sentences too, for the step count they chose
HELD_OUT_STEPS = 4000  # --held-out runs go past SHIPPED_STEPS, so the curve shows what comes after it
WIKIANN_NE_UNKNOWN = True  # see stage_corpora
WIKIANN_VAL_NER = False  # WikiANN val: silver tags only, or its NER labels too
WIKIANN_CUT_BRACKETS = True  # see bracketed_tails
NER_GOLD_REPEAT = 2  # GermEval dev (gold) is seen this many times per epoch beside the silver WikiANN
GSD_REPEAT = 2  # GSD (gold tags and parses) is seen this many times per epoch, for the parser trained in the run
EUROPEANA_FILES = ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio")
EUROPEANA_MAXLEN = 60  # the files have no sentence breaks: split at . ! ? before a capital, or after 60 tokens
# bump when a stage's output changes meaning, so that an older scratch folder is not silently reused
RECIPE = "5: lexicon tok2vec with compound heads, WikiANN brackets cut, parser in the same run, GSD twice"


# --------------------------------------------------------------------------- readers


def read_wikiann(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, BIO tags) from WikiANN, dropping WEITERLEITUNG redirect lines."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if words and words[0] != "WEITERLEITUNG":
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])


def read_europeana(shared: Path) -> list[tuple[list[str], list[str]]]:
    """(words, BIO tags) chunks of the Europeana Newspapers DE NER files (PER/LOC/ORG only, OCR text).

    The files are one token per line without sentence breaks; a chunk ends at . ! ? followed by a capitalised
    token (not inside an entity) or after EUROPEANA_MAXLEN tokens. `#` lines end a chunk; malformed lines are
    dropped; the one B-BER is B-PER; other odd tags are O; a stray I- starts an entity.
    """
    valid = re.compile(r"^[BI]-(PER|LOC|ORG|MISC)$")
    out: list[tuple[list[str], list[str]]] = []
    for name in EUROPEANA_FILES:
        words: list[str] = []
        tags: list[str] = []

        def flush() -> None:
            if words:
                prev, fixed = "O", []
                for t in tags:
                    if t.startswith("I-") and prev[2:] != t[2:]:
                        t = "B-" + t[2:]
                    fixed.append(t)
                    prev = t
                out.append((list(words), fixed))
            words.clear()
            tags.clear()

        lines = (shared / "data/ner-europeana-de" / name).read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.startswith("#"):
                flush()
                continue
            parts = line.split()
            if len(parts) != 2:
                continue
            word, tag = parts
            if tag == "B-BER":
                tag = "B-PER"
            if tag != "O" and not valid.match(tag):
                tag = "O"
            words.append(word)
            tags.append(tag)
            nxt = lines[i + 1].split() if i + 1 < len(lines) else []
            if ((word in {".", "!", "?"} and nxt and nxt[0][:1].isupper() and not tag.startswith("I-"))
                    or len(words) >= EUROPEANA_MAXLEN):
                if not (nxt and len(nxt) == 2 and nxt[1].startswith("I-")):
                    flush()
        flush()
    return out


# --------------------------------------------------------------------------- silver (HanTa)


def norm_lemma(form: str, lemma: str, stts: str) -> str:
    """Capitalised lemma for nouns and names, lowercased for the rest; the form's casing where equal."""
    if not lemma or lemma == "--":
        lemma = form
    if stts in {"NN", "NE"}:
        if lemma.lower() == form.lower():
            return form
        return lemma[:1].upper() + lemma[1:]
    if stts.startswith("$") or stts in {"CARD", "XY", "FM"}:
        return form
    return lemma.lower()


def silver_texts(shared: Path) -> dict[str, list[list[str]]]:
    data = shared / "data"
    texts: dict[str, list[list[str]]] = {}
    texts["germeval_dev"] = [w for w, _ in read_germeval(data / "ner-germeval2014/NER-de-dev.tsv")]
    texts["wikiann_train"] = [w for w, _ in read_wikiann(data / "ner-wikiann-de/train.conllu")]
    texts["wikiann_val"] = [w for w, _ in read_wikiann(data / "ner-wikiann-de/val.conllu")]
    gsd = []
    for split in ("dev", "test"):
        gsd += [[t["word"] for t in s["tokens"]] for s in read_conllu(data / f"ud-german/de_gsd-ud-{split}.conllu")]
    texts["gsd"] = gsd
    sample = (shared / "samples/abna-irak-abzug.txt").read_text(encoding="utf-8")
    texts["sample"] = [re.findall(r"\w+(?:[-.]\w+)*|[^\w\s]", line) for line in sample.splitlines() if line.strip()]
    return texts


def stage_silver(shared: Path, scratch: Path, force: bool) -> Path:
    """Tag every training text with HanTa, one process; one JSON line per sentence."""
    out = scratch / "silver.jsonl"
    if out.exists() and not force:
        return out
    from HanTa import HanoverTagger as ht  # build-time only (pip extra `build`)

    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    tmp = out.with_suffix(".tmp")
    t0 = time.time()
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for source, sents in silver_texts(shared).items():
            for words in sents:
                tagged = tagger.tag_sent(words, taglevel=1) if words else []
                tags = [hanta_to_stts(t) for _, _, t in tagged]
                lemmas = [norm_lemma(w, lem, t) for (w, lem, _), t in zip(tagged, tags)]
                fh.write(json.dumps({"src": source, "words": words, "tags": tags, "lemmas": lemmas},
                                    ensure_ascii=False) + "\n")
                n += 1
                if n % 2000 == 0:
                    print(f"silver: {n} sentences, {time.time() - t0:.0f}s", flush=True)
    tmp.rename(out)
    return out


def load_silver(scratch: Path) -> list[dict]:
    return [json.loads(line) for line in (scratch / "silver.jsonl").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- corpora


def bracketed_tails(words: list[str], bio: list[str]) -> set[int]:
    """Token indices of a bracketed tail inside an entity. WikiANN takes its spans from Wikipedia link titles,
    whose disambiguation runs on in brackets ("Winsen ( Luhe )", "Ted Lewis ( Boxer )"); taught that, the model
    runs names on into brackets in news ("Bundesverband deutscher Banken ( BdB )"). The name keeps its label;
    the bracketed tail is left unknown, since it may be a name of its own."""
    tails: set[int] = set()
    for i, (word, tag) in enumerate(zip(words, bio)):
        if word == "(" and tag.startswith("I-"):
            end = i
            while end < len(bio) and bio[end].startswith("I-"):
                end += 1
            tails.update(range(i, end))
    return tails


def _gsd_tag(xpos: str) -> str:
    return {"PAV": "PROAV", "PIDAT": "PIAT"}.get(xpos, xpos)


def _make_doc(vocab, words: list[str], tags: list[str] | None = None, bio: list[str] | None = None,
              heads: list[int | None] | None = None, deps: list[str] | None = None, spaces=None,
              unknown: list[int] | None = None):
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    doc = Doc(vocab, words=words, spaces=spaces, tags=tags,
              heads=heads if heads is not None and deps is not None else None,
              deps=deps if heads is not None and deps is not None else None)
    if bio is not None:
        missing = [doc[i : i + 1] for i in unknown or []]
        doc.set_ents(biluo_tags_to_spans(doc, iob_to_biluo(bio)), missing=missing, default="outside")
    return doc


def gsd_sentences(shared: Path) -> list[dict]:
    data = shared / "data/ud-german"
    return [s for split in ("dev", "test") for s in read_conllu(data / f"de_gsd-ud-{split}.conllu")]


STTS_UPOS = stts_upos("de")  # src/whosaid/lang/de/stts_upos.tsv


def _clean_tags(words: list[str], tags: list[str], known: set[str]) -> list[str]:
    """HanTa tags made usable: punctuation (quotes, dashes) that HanTa calls XY/FM becomes $(; unknown tags missing."""
    out = []
    for word, tag in zip(words, tags):
        if not tag.startswith("$") and all(unicodedata.category(ch).startswith("P") for ch in word):
            tag = "$("
        out.append(tag if tag in known else "")
    return out


def stage_corpora(shared: Path, scratch: Path, force: bool, held_out: bool = False) -> None:
    """Write train/dev DocBins; tags are gold on GSD, silver (HanTa) elsewhere. dev.spacy holds 150 GSD sentences
    and the last GERMEVAL_HOLDOUT of GermEval dev; with `held_out` they are left out of train.spacy (to choose a
    setup), else they are trained on as well (the shipped model, trained for a fixed number of steps)."""
    if (scratch / "train.spacy").exists() and not force:
        return
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    data = shared / "data"
    known = set(STTS_UPOS)
    silver: dict[str, list[dict]] = defaultdict(list)
    for rec in load_silver(scratch):
        silver[rec["src"]].append(rec)

    rng = random.Random(SEED)
    train, dev = [], []
    gsd = gsd_sentences(shared)
    rng.shuffle(gsd)
    for k, sent in enumerate(gsd):
        toks = sent["tokens"]
        words = [t["word"] for t in toks]
        heads = [t["head_index"] if t["head_index"] is not None else i for i, t in enumerate(toks)]
        deps = [t["dep"] if t["head_index"] is not None else "ROOT" for t in toks]
        doc = _make_doc(nlp.vocab, words, [_gsd_tag(t["xpos"]) if t["xpos"] != "_" else "" for t in toks],
                        heads=heads, deps=deps, spaces=[t["space"] for t in toks])
        (dev if k < 150 else train).append(doc)
    if not held_out:
        train += dev
    train = [doc for doc in train for _ in range(GSD_REPEAT)]  # train holds only GSD so far

    germeval = list(read_germeval(data / "ner-germeval2014/NER-de-dev.tsv"))
    cut = len(germeval) - GERMEVAL_HOLDOUT
    for k, ((words, bio), rec) in enumerate(zip(germeval, silver["germeval_dev"])):
        assert rec["words"] == words
        if k < cut or not held_out:
            for _ in range(NER_GOLD_REPEAT):
                train.append(_make_doc(nlp.vocab, words, _clean_tags(rec["words"], rec["tags"], known), bio))
        if k >= cut:
            dev.append(_make_doc(nlp.vocab, words, None, bio))
    wikiann_splits = [("train", True), ("val", WIKIANN_VAL_NER)]
    for split, with_ner in wikiann_splits:
        for (words, bio), rec in zip(read_wikiann(data / f"ner-wikiann-de/{split}.conllu"), silver[f"wikiann_{split}"]):
            assert rec["words"] == words
            tags = _clean_tags(rec["words"], rec["tags"], known)
            if not with_ner:
                train.append(_make_doc(nlp.vocab, words, tags))
                continue
            # WikiANN marks only linked PER/LOC/ORG: a name (HanTa NE) it leaves O may be MISC or an unlinked
            # entity, so its NER label is unknown rather than O
            unknown = [i for i, (t, b) in enumerate(zip(rec["tags"], bio)) if t == "NE" and b == "O"]
            if WIKIANN_CUT_BRACKETS:
                tails = bracketed_tails(words, bio)
                bio = ["O" if i in tails else b for i, b in enumerate(bio)]
                unknown += sorted(tails)
            train.append(_make_doc(nlp.vocab, words, tags, bio, unknown=unknown if WIKIANN_NE_UNKNOWN else None))
    # Europeana: NER only, no tags (historic OCR newspapers; PER/LOC/ORG, so it teaches no MISC)
    europeana = [_make_doc(nlp.vocab, words, None, bio) for words, bio in read_europeana(shared)]
    train += europeana
    rng.shuffle(train)
    DocBin(docs=train, store_user_data=False).to_disk(scratch / "train.spacy")
    DocBin(docs=dev, store_user_data=False).to_disk(scratch / "dev.spacy")
    print(f"corpora: {len(train)} train docs ({len(europeana)} Europeana chunks), {len(dev)} dev docs", flush=True)


# --------------------------------------------------------------------------- lexicon

LEXICON_FLAGS = {"first_name": 1, "surname": 2, "town": 4, "country": 8}
MIN_FIRST_NAME_COUNT = 2


def lexicon_name_lists(shared: Path) -> dict[str, set[str]]:
    """Single words of the name lists in gazetteers-de, per flag (unfiltered: the model learns how far to trust
    a list, with the word's cluster as context)."""
    root = shared / "data" / "gazetteers-de"
    first = set()
    with (root / "vornamen.tsv").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            name, _gender, count, *_ = line.rstrip("\n").split("\t")
            if count.isdigit() and int(count) >= MIN_FIRST_NAME_COUNT:
                first.add(name.strip())

    def words(file: str) -> set[str]:
        return {w for line in (root / file).read_text(encoding="utf-8").splitlines() for w in line.split()
                if w[:1].isupper() and len(w) > 1}

    return {"first_name": first, "surname": words("personennamen.list"), "town": words("stadtnamen.list"),
            "country": words("laendernamen.list")}


def stage_lexicon(shared: Path, scratch: Path, force: bool) -> Path:
    """scratch/lexicon.npz: sorted spaCy string hashes of words and their packed lexicon values (see whosaid.ml).

    Clusters and log probabilities are spacy-lookups-data's German lexeme tables (MIT; Brown clusters over a
    large German text, 1M words); the frequency band is the rounded negative log probability minus 3 (0-15)."""
    import gzip
    from importlib import resources

    import numpy
    from spacy.strings import get_string_id

    from whosaid.ml import BAND_SHIFT, FLAG_SHIFT

    out = scratch / "lexicon.npz"
    if out.exists() and not force:
        return out
    data = resources.files("spacy_lookups_data") / "data"
    with gzip.open(str(data / "de_lexeme_cluster.json.gz")) as fh:
        clusters = json.load(fh)
    with gzip.open(str(data / "de_lexeme_prob.json.gz")) as fh:
        probs = json.load(fh)
    packed: dict[str, int] = {}
    for word, cluster in clusters.items():
        band = min(15, max(0, round(-probs.get(word, -18.0)) - 3))
        packed[word] = cluster | band << BAND_SHIFT
    for flag, names in lexicon_name_lists(shared).items():
        for name in names:
            packed[name] = packed.get(name, 15 << BAND_SHIFT) | LEXICON_FLAGS[flag] << FLAG_SHIFT
    packed = {w: v for w, v in packed.items() if v}
    keys = numpy.array([get_string_id(w) for w in packed], dtype=numpy.uint64)
    values = numpy.array(list(packed.values()), dtype=numpy.uint32)
    order = numpy.argsort(keys)
    numpy.savez_compressed(out, keys=keys[order], values=values[order])
    print(f"lexicon: {len(keys)} words -> {out}", flush=True)
    return out


# --------------------------------------------------------------------------- train


def stage_train(scratch: Path, max_steps: int, force: bool, held_out: bool) -> Path:
    """Run `spacy train` on one thread for `de_news.cfg`; returns the model directory (see news_model)."""
    out = scratch / "train_out"
    model = news_model(scratch, held_out)
    finished = out / "finished.txt"  # spaCy writes model-last at every evaluation: only a finished run counts
    if model.exists() and not force and finished.exists() and finished.read_text(encoding="utf-8").strip() == str(max_steps):
        return model
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONHASHSEED": str(SEED)}
    cmd = [sys.executable, "-m", "spacy", "train", str(REPO / "scripts/configs/de_news.cfg"),
           "--output", str(out), "--paths.train", str(scratch / "train.spacy"),
           "--paths.dev", str(scratch / "dev.spacy"), "--training.max_steps", str(max_steps),
           "--system.seed", str(SEED), "--paths.lexicon", str(scratch / "lexicon.npz"),
           "--code", str(REPO / "src/whosaid/ml.py")]
    print(" ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)
    finished.write_text(f"{max_steps}\n", encoding="utf-8")
    return model


# --------------------------------------------------------------------------- assemble

# news abbreviations that must stay one token (spaCy's German exceptions already hold Dr., Prof., z., B.,
# u., a., Nr., bzw., ca., St., Mio., Mrd., usw., etc. and many more)
ABBREVIATIONS = [
    "Abs.", "Abg.", "Bd.", "bspw.", "Dipl.", "Dir.", "Doz.", "Dt.", "evtl.", "Fa.", "Gen.", "ggf.", "Hrsg.",
    "inkl.", "Ing.", "Jg.", "Kap.", "Lt.", "Min.", "Mr.", "Mrs.", "Ms.", "Mt.", "Obb.", "Pkt.", "Reg.",
    "Sek.", "sog.", "Std.", "Str.", "Tel.", "u.a.", "u.ä.", "usf.", "v.a.", "vs.", "zzgl.", "z.T.", "Ziff.",
]


def regnal_numbers(upto: int = 39) -> list[str]:
    """ "XVI.", "XXIII.": Roman ordinals after a name ("Benedikt XVI.", "Johannes XXIII.") stay one token, so the
    period is not read as a sentence end (spaCy's German exceptions stop at a few: "I.", "II.", "IV.")."""
    values = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    numerals = []
    for n in range(2, upto + 1):
        roman = ""
        for value, letters in values:
            while n >= value:
                roman, n = roman + letters, n - value
        numerals.append(roman + ".")
    return numerals


QUOTES = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", '"', "'", "``", "''"]


def customise_tokenizer(nlp) -> None:
    """News fixes on top of spaCy's German tokenizer; they are saved with the pipeline."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    prefixes = list(nlp.Defaults.prefixes) + [re.escape(q) for q in QUOTES]
    # a period after a four-digit number ends the sentence ("im Jahr 2021."); "31." stays one token
    suffixes = list(nlp.Defaults.suffixes) + [re.escape(q) for q in QUOTES] + [r"(?<=[0-9]{4})\."]
    # dashes between words or numbers split ("spät—sagt", "2010–2012"); hyphens do not ("al-Kazemi")
    infixes = list(nlp.Defaults.infixes) + [r"[–—]"]
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    for abbr in ABBREVIATIONS + regnal_numbers():
        tok.add_special_case(abbr, [{"ORTH": abbr}])


def build_lemma_table(scratch: Path) -> dict[str, str]:
    """Form -> majority HanTa lemma over the silver corpus; capitalised variants for sentence-initial words."""
    votes: dict[str, Counter] = defaultdict(Counter)
    noun: dict[str, bool] = {}
    for rec in load_silver(scratch):
        for word, tag, lemma in zip(rec["words"], rec["tags"], rec["lemmas"]):
            votes[word][lemma] += 1
            noun[word] = noun.get(word, False) or tag in {"NN", "NE"}
    table = {w: c.most_common(1)[0][0] for w, c in votes.items()}
    # Konjunktiv I forms (stem + e / est) of every verb seen, so that whosaid_mood finds them by lemma
    for lemma in {lem for rec in load_silver(scratch) for t, lem in zip(rec["tags"], rec["lemmas"])
                  if t[:2] in {"VV", "VM", "VA"} and lem.endswith("en") and lem.isalpha()}:
        for form in (lemma[:-2] + "e", lemma[:-2] + "est"):
            table.setdefault(form, lemma)
    for word in list(table):
        cap = word[:1].upper() + word[1:]
        if cap != word and cap not in table and not noun.get(word):
            table[cap] = table[word]
    return {w: lem for w, lem in table.items() if lem != w}


def stage_assemble(trained: Path, scratch: Path, output: Path) -> None:
    """Add tokenizer rules, sentencizer, STTS->UPOS mapping, lookup lemmas, mood, particle and main verbs to the
    trained model, and disable its parser."""
    import spacy
    from spacy.lookups import Lookups

    from whosaid.pipeline import register_components

    register_components()  # whosaid_mood, whosaid_particle_verbs, whosaid_main_verbs, LexiconMultiHashEmbed.v2

    nlp = spacy.load(trained)
    # the build machine's paths stay behind: the lexicon table itself travels in the model
    for node in nlp.get_pipe("tok2vec").model.walk():
        if node.name == "whosaid_lexicon_features":
            node.attrs["lexicon"] = ""
    for key in ("train", "dev", "lexicon"):
        nlp.config["paths"][key] = None
    customise_tokenizer(nlp)
    nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe("attribute_ruler", after="tagger")
    for tag, upos in sorted(STTS_UPOS.items()):
        ruler.add(patterns=[[{"TAG": tag}]], attrs={"POS": upos})
    # punctuation is PUNCT whatever the tagger said; % is SYM (UD guidelines)
    not_punct_tag = {"NOT_IN": ["$(", "$,", "$."]}
    ruler.add(patterns=[[{"IS_PUNCT": True, "TAG": not_punct_tag}]], attrs={"TAG": "$(", "POS": "PUNCT"})
    ruler.add(patterns=[[{"ORTH": {"IN": ["%", "€", "$", "§", "&"]}}]], attrs={"POS": "SYM"})
    lemmatizer = nlp.add_pipe("lemmatizer", after="attribute_ruler", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", build_lemma_table(scratch))
    lemmatizer.initialize(lookups=lookups)
    # an -e finite verb the lemma table lacks reads as Konjunktiv I ("verstosse"): more reported speech found on the
    # dev sets; words with digits or inner capitals are kept out (see MoodTagger._word_like_verb)
    nlp.add_pipe("whosaid_mood", after="lemmatizer", config={"guess_unknown": True})
    nlp.add_pipe("whosaid_particle_verbs", after="whosaid_mood")
    nlp.add_pipe("whosaid_main_verbs", after="whosaid_particle_verbs")
    # the parser ships disabled: whosaid's analyses do not read it (load_pipeline(..., parse=True) runs it); it
    # comes after the sentencizer and keeps its sentence boundaries
    nlp.disable_pipe("parser")
    nlp.meta.update(
        name="whosaid_news", lang="de", version="0.1.0",
        license="CC BY-SA 4.0",
        description="German news pipeline for whosaid: tokenizer, sentencizer, STTS tagger, UPOS, lookup "
        "lemmas (HanTa) with separable verbs joined, rule-based mood, NER (PER/ORG/LOC/MISC), a dependency parser "
        "(UD, disabled by default). See MODELS.md.",
        sources=[
            {"name": "UD German GSD", "license": "CC BY-SA 4.0"},
            {"name": "GermEval 2014 NER (dev)", "license": "CC BY 4.0"},
            {"name": "WikiANN de (silver)", "license": "CC BY-SA (Wikipedia text)"},
            {"name": "Europeana Newspapers NER corpora (DE)", "license": "CC0"},
            {"name": "spacy-lookups-data (German Brown clusters and word probabilities)", "license": "MIT"},
            {"name": "gazetteers-de (first names, surnames, towns, countries)",
             "license": "CC BY 3.0 DE / dl-de/by-2-0, Apache-2.0, CC BY-SA 2.0"},
            {"name": "HanTa (teacher for silver tags and lemmas)", "license": "LGPL-3.0"},
        ],
        requirements=["whosaid (registers whosaid_mood, whosaid_particle_verbs and whosaid_main_verbs)"],
    )
    if trained.name == "model-last":
        # the shipped model trained on dev.spacy too, so its scores there say nothing; MODELS.md has measured ones
        nlp.meta["performance"] = {}
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    size = sum(f.stat().st_size for f in output.rglob("*") if f.is_file())
    print(f"assemble: wrote {output} ({size / 1e6:.1f} MB)", flush=True)
    if size > 40e6:
        raise SystemExit(f"model too large: {size / 1e6:.1f} MB > 40 MB")


# --------------------------------------------------------------------------- main


def news_model(scratch: Path, held_out: bool) -> Path:
    """The trained tok2vec + tagger + ner + parser in `scratch`: model-last (after all steps) of a shipped build,
    whose dev sentences were trained on; model-best (the best evaluation on them) of --held-out. check_recipe has
    made sure the folder was filled in that mode."""
    return scratch / "train_out" / ("model-best" if held_out else "model-last")


def check_recipe(scratch: Path, force: bool, held_out: bool, stages: list[str]) -> None:
    """Refuse to reuse a scratch folder that an older recipe (or the other mode) filled; record it in a new one.
    With --force the corpora and the model are redone, so both stages must run."""
    stamp = scratch / "recipe.txt"
    recipe = f"{RECIPE}; {'held out' if held_out else 'all gold'}"
    cached = [p for p in ("train.spacy", "train_out") if (scratch / p).exists()]
    stale = cached and (not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != recipe)
    if stale and not (force and {"corpora", "train"} <= set(stages)):
        raise SystemExit(f"{scratch}: built by an older recipe or the other mode ({', '.join(cached)}); rerun with "
                         "--force and the corpora and train stages, or name a new --scratch")
    stamp.write_text(recipe + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--scratch", type=Path, default=DEFAULT_SCRATCH)
    ap.add_argument("--output", type=Path, default=REPO / "src/whosaid/models/de_whosaid_news")
    ap.add_argument("--stages", default="lexicon,silver,corpora,train,assemble")
    ap.add_argument("--force", action="store_true", help="redo cached stages")
    ap.add_argument("--max-steps", type=int, default=None,
                    help=f"training steps (batches); default {SHIPPED_STEPS}, or {HELD_OUT_STEPS} with --held-out")
    ap.add_argument("--held-out", action="store_true",
                    help="train without the held-out sentences and keep the best of the evaluations every 500 "
                         "steps on them (to compare setups); the shipped model trains on them too")
    args = ap.parse_args(argv)
    random.seed(SEED)
    args.scratch.mkdir(parents=True, exist_ok=True)
    stages = args.stages.split(",")
    check_recipe(args.scratch, args.force, args.held_out, stages)
    if "lexicon" in stages:
        stage_lexicon(args.shared, args.scratch, args.force)
    if "silver" in stages:
        stage_silver(args.shared, args.scratch, args.force)
    if "corpora" in stages:
        stage_corpora(args.shared, args.scratch, args.force, args.held_out)
    trained = news_model(args.scratch, args.held_out)
    if "train" in stages:
        steps = args.max_steps if args.max_steps is not None else (HELD_OUT_STEPS if args.held_out else SHIPPED_STEPS)
        trained = stage_train(args.scratch, steps, args.force, args.held_out)
    if "assemble" in stages:
        stage_assemble(trained, args.scratch, args.output)


if __name__ == "__main__":
    main()
