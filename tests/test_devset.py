"""The German development and held-out sets (src/whosaid/evaluate/data/devset_de, heldout_de, heldout2_de,
heldout3_de ... heldout48_de: SETS below) and the English ones (devset_en, heldout_en, heldout2_en, heldout4_en, heldout5_en,
heldout6_en, heldout7_en, heldout8_en, heldout9_en, heldout10_en, heldout11_en, heldout12_en: EN_SETS): every gold file is complete and consistent with its article, and each German set's accuracy (`python -m whosaid.evaluate.devset [--dir ...]`) stays above the floors in evaluate/data/floors.json."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "whosaid" / "evaluate" / "data"
DEVSET = DATA / "devset_de"
# every German set folder, with the least number of articles it must hold
SETS = {DEVSET: 40, DATA / "heldout_de": 14, DATA / "heldout2_de": 14, DATA / "heldout3_de": 16,
        DATA / "heldout4_de": 16, DATA / "heldout5_de": 12,
        DATA / "heldout6_de": 10, DATA / "heldout7_de": 11, DATA / "heldout8_de": 11, DATA / "heldout9_de": 11,
        DATA / "heldout10_de": 11, DATA / "heldout11_de": 12, DATA / "heldout12_de": 12, DATA / "heldout13_de": 12,
        DATA / "heldout14_de": 12, DATA / "heldout15_de": 12, DATA / "heldout16_de": 12,
        DATA / "heldout17_de": 12, DATA / "heldout18_de": 12,
        DATA / "heldout19_de": 12, DATA / "heldout20_de": 12,
        DATA / "heldout21_de": 12, DATA / "heldout22_de": 12,
        DATA / "heldout23_de": 12, DATA / "heldout24_de": 12,
        DATA / "heldout25_de": 12, DATA / "heldout26_de": 12,
        DATA / "heldout27_de": 12, DATA / "heldout28_de": 12,
        DATA / "heldout29_de": 12, DATA / "heldout30_de": 12,
        DATA / "heldout31_de": 12, DATA / "heldout32_de": 12,
        DATA / "heldout33_de": 12,
        DATA / "heldout34_de": 12,
        DATA / "heldout35_de": 12, DATA / "heldout36_de": 12,
        DATA / "heldout37_de": 12, DATA / "heldout38_de": 12, DATA / "heldout39_de": 12,
        DATA / "heldout40_de": 12, DATA / "heldout41_de": 12,
        DATA / "heldout42_de": 12, DATA / "heldout43_de": 12, DATA / "heldout44_de": 12,
        DATA / "heldout45_de": 12, DATA / "heldout46_de": 12,
        DATA / "heldout47_de": 12, DATA / "heldout48_de": 12}
# the English sets: their gold files take the same checks (not the floors, not cross-article pairs)
EN_SETS = {DATA / "devset_en": 20, DATA / "heldout_en": 6, DATA / "heldout2_en": 10, DATA / "heldout4_en": 8,
           DATA / "heldout5_en": 9, DATA / "heldout6_en": 9,
           DATA / "heldout7_en": 9, DATA / "heldout8_en": 9, DATA / "heldout9_en": 9,
           DATA / "heldout10_en": 9, DATA / "heldout11_en": 9, DATA / "heldout12_en": 9}
GOLDS = sorted(g for folder in [*SETS, *EN_SETS] for g in folder.glob("*.gold.json"))
KINDS = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
STANCES = {"assert", "claim", "deny", "confirm", "announce", "demand", "concede"}
ENTITY_TYPES = {"PER", "ORG", "LOC", "MISC"}
LINKS = ("via", "continues", "refers_to")
STATEMENT_FIELDS = {"id", "speaker", "speaker_entity", "cue", "cue_lemma", "kind", "stance", "content", "medium",
                    "time", "via", "continues", "refers_to", "optional"}
TIMEX_VALUE = re.compile(r"^(\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}(-WE)?|SP|SU|FA|WI|H[12]|Q[1-4]))?"
                         r"|P[\dX.]+[YMWDH]|PT[\dX.]+[HM]|PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}X|\d{2}XX)$")
GAP = " … "  # a content interrupted by its frame is written as its parts joined by GAP


def load(gold_path: Path) -> tuple[dict, str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["document"]).read_text(encoding="utf-8")
    return gold, text


def _media(lang: str) -> dict[str, str]:
    from whosaid.lang import load_language

    return load_language(lang).media


def occurs_in_order(parts: list[str], text: str) -> bool:
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


@pytest.mark.parametrize("folder", [*SETS, *EN_SETS], ids=lambda p: p.name)
def test_the_set_has_its_annotated_articles(folder: Path):
    articles = sorted(folder.glob("*.txt"))
    assert len(articles) >= {**SETS, **EN_SETS}[folder]
    golds = folder.glob("*.gold.json")
    assert {p.name.removesuffix(".txt") for p in articles} == {p.name.removesuffix(".gold.json") for p in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: f"{p.parent.name}/{p.name.removesuffix('.gold.json')}")
def test_gold_file_is_complete_and_matches_its_article(gold_path: Path):
    gold, text = load(gold_path)
    assert gold["document"] == gold_path.name.removesuffix(".gold.json") + ".txt"
    date.fromisoformat(gold["published"])
    assert gold["language"] == gold_path.parent.name.rsplit("_", 1)[-1]  # "de" in heldout_de, "en" in devset_en
    statements = gold["statements"]
    ids = [s["id"] for s in statements]
    assert len(ids) == len(set(ids)), "statement ids are not unique"
    for s in statements:
        where = f"{s['id']}"
        assert set(s) <= STATEMENT_FIELDS, f"{where}: unknown fields {set(s) - STATEMENT_FIELDS}"
        assert s["kind"] in KINDS, where
        assert s["stance"] and set(s["stance"]) <= STANCES, f"{where}: stance {s['stance']}"
        assert s["content"] and occurs_in_order(s["content"].split(GAP), text), f"{where}: content not in the text"
        if s.get("speaker"):
            assert s["speaker"] in text, f"{where}: speaker {s['speaker']!r} not in the text"
        assert s.get("speaker_entity") or (s.get("optional") and not s.get("speaker")), f"{where}: speaker_entity"
        if s["kind"] in ("FreeIndirect", "IndirectFreeIndirect"):
            assert s.get("cue") is None and s.get("continues"), f"{where}: a continuation has no cue, and continues"
        elif s.get("cue"):  # a quote may have no cue ('Berlinale-Chefin: »...«')
            assert s.get("cue_lemma"), f"{where}: cue_lemma missing"
            assert all(word in text for word in s["cue"].split()), f"{where}: cue {s['cue']!r} not in the text"
        if s.get("medium"):
            # as written, or (older English files) the medium's name in lang/en/media.tsv for a word in the text
            written = {word for word, name in _media(gold["language"]).items() if name == s["medium"]}
            assert s["medium"].casefold() in text.casefold() or any(w.casefold() in text.casefold() for w in written), \
                f"{where}: medium {s['medium']!r} not in the text"
        if s.get("time"):
            assert s["time"] in {t["text"] for t in gold["times"]}, f"{where}: time {s['time']!r} not in times"
        for link in LINKS:
            if s.get(link):
                assert s[link] in ids and s[link] != s["id"], f"{where}: {link} {s[link]!r} is no other statement"
    texts = [t["text"] for t in gold["times"]]
    for t in gold["times"]:
        assert t["text"] in text, f"time {t['text']!r} not in the text"
        assert TIMEX_VALUE.match(t["value"]), f"time {t['text']!r}: value {t['value']!r} is not TIMEX3-like"
    assert len(texts) == len(set(texts)) or all(text.count(x) >= texts.count(x) for x in texts)
    for e in gold["entities"]:
        assert e["type"] in ENTITY_TYPES, e["name"]
        for m in e["mentions"]:
            assert m in text, f"entity {e['name']!r}: mention {m!r} not in the text"
    for c in gold["contradictions"]:
        assert c["claim"] in ids and c["counter"] in ids and c["claim"] != c["counter"], c


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_cross_article_pairs_point_at_existing_statements(folder: Path):
    pairs = json.loads((folder / "cross_article.json").read_text(encoding="utf-8"))
    assert len(pairs) >= 3
    for pair in pairs:
        claim, _ = load(folder / pair["claim_doc"].replace(".txt", ".gold.json"))
        denial, _ = load(folder / pair["denial_doc"].replace(".txt", ".gold.json"))
        assert pair["claim_statement_id"] in {s["id"] for s in claim["statements"]}, pair
        denied = next(s for s in denial["statements"] if s["id"] == pair["denial_statement_id"])
        assert "deny" in denied["stance"], pair
        assert claim["published"] <= denial["published"], pair


def test_devset_entry_point_scores_a_folder_and_its_cross_article_pair(tmp_path, nlp, capsys):
    from whosaid.evaluate import devset

    for name in ("bahn-stellenabbau-bericht", "bahn-stellenabbau-dementi"):
        for suffix in (".txt", ".gold.json"):
            (tmp_path / f"{name}{suffix}").write_bytes((DEVSET / f"{name}{suffix}").read_bytes())
    pairs = json.loads((DEVSET / "cross_article.json").read_text(encoding="utf-8"))
    (tmp_path / "cross_article.json").write_text(json.dumps(pairs[:1]), encoding="utf-8")
    assert devset.main(["--dir", str(tmp_path), "--failures"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("devset: 2 articles, ")
    for section in ("statements (found)", "full statements", "speaker", "contradictions", "time value",
                    "cross-article pairs: ", "bahn-stellenabbau-bericht.txt:s0 -> bahn-stellenabbau-dementi.txt:s0",
                    "failure classes"):
        assert section in out


def test_devset_entry_point_refuses_a_folder_without_gold_files(tmp_path, capsys):
    from whosaid.evaluate import devset

    assert devset.main(["--dir", str(tmp_path)]) == 2
    assert "no *.gold.json files" in capsys.readouterr().err


@pytest.mark.parametrize("folder", sorted(SETS, key=str), ids=lambda f: f.name)
def test_each_german_set_stays_above_its_floors(folder):
    from whosaid.evaluate.devset import evaluate

    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))["statements-german-sets"][folder.name]
    score = evaluate(folder)
    measured = {"full_statements": score.total(lambda s: s.strict()).f1,
                "speaker": score.total(lambda s: s.strict(("speaker",))).f1,
                "contradictions": score.total(lambda s: s.contradictions).f1}
    assert {k: round(v, 3) for k, v in measured.items() if v < floors[k]} == {}
