"""Specification tests of the evaluation code: gold-file scorer and WikiNews corpus metric."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from whosaid.evaluate import gold as gold_mod
from whosaid.evaluate.gold import assign, score_record, token_overlap
from whosaid.record import (
    Article,
    Content,
    Contradiction,
    Cue,
    Entity,
    Record,
    Speaker,
    Statement,
    TextSpan,
    Time,
    article_id,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared data not found at {SHARED} (only in dev/CI checkouts)")

TEXT = (
    'Wie die Ahlulbayt Nachrichtenagentur ABNA berichtet, "Die Mission ist beendet", schrieb Mustafa al-Kazemi '
    "am Mittwoch auf Twitter. Vor rund einem Monat behaupteten US-Beamte, Bagdad habe die Verlängerung beantragt, "
    "was die irakische Armee dementierte. Das Datum sei festgelegt worden."
)

GOLD = {
    "statements": [
        {"id": "s0", "optional": True, "speaker_entity": "ABNA", "cue_lemma": "berichten", "kind": "Indirect",
         "stance": ["assert"], "content": '"Die Mission ist beendet", schrieb Mustafa al-Kazemi am Mittwoch auf Twitter'},
        {"id": "s1", "speaker_entity": "Mustafa al-Kazemi", "cue_lemma": "schreiben", "kind": "Direct",
         "stance": ["assert", "announce"], "medium": "Twitter", "time": "am Mittwoch", "via": "s0",
         "content": "Die Mission ist beendet"},
        {"id": "s5", "speaker_entity": "US-Beamte", "cue_lemma": "behaupten", "kind": "Indirect", "stance": ["claim"],
         "time": "Vor rund einem Monat", "content": "Bagdad habe die Verlängerung beantragt"},
        {"id": "s6", "speaker_entity": "irakische Armee", "cue_lemma": "dementieren", "kind": "Reported",
         "stance": ["deny"], "refers_to": "s5", "content": "Bagdad habe die Verlängerung beantragt"},
        {"id": "s8", "speaker": None, "speaker_entity": "US-Beamte", "cue_lemma": None, "kind": "IndirectFreeIndirect",
         "stance": ["assert"], "continues": "s5", "content": "Das Datum sei festgelegt worden"},
    ],
    "times": [{"text": "am Mittwoch", "value": "2021-12-08"},
              {"text": "Vor rund einem Monat", "value": "2021-11", "approximate": True}],
    "entities": [
        {"name": "Mustafa al-Kazemi", "type": "PER", "mentions": ["Mustafa al-Kazemi"]},
        {"name": "ABNA", "type": "ORG", "mentions": ["Ahlulbayt Nachrichtenagentur ABNA"]},
        {"name": "Twitter", "type": "ORG", "optional": True, "mentions": ["Twitter"]},
        {"name": "Bagdad", "type": "LOC", "mentions": ["Bagdad"]},
    ],
    "contradictions": [{"claim": "s5", "counter": "s6", "why": "army denies"}],
}


def span(text: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return TextSpan(text=text, start=start, end=start + len(text))


def content(text: str) -> Content:
    return Content(**span(text).model_dump())


def cue(text: str, lemma: str) -> Cue:
    s = span(text)
    return Cue(text=text, lemma=lemma, start=s.start, end=s.end, parts=[s])


def speaker(text: str, resolved: str | None, entity: str | None = None) -> Speaker:
    s = span(text)
    return Speaker(text=text, start=s.start, end=s.end, resolved=resolved, entity=entity)


def time(tid: str, text: str, value: str, approximate: bool = False) -> Time:
    s = span(text)
    return Time(id=tid, text=text, start=s.start, end=s.end, type="DATE", value=value, approximate=approximate)


def perfect_record() -> Record:
    """The hand-made record that gets every item of GOLD right (statement ids deliberately differ from gold's)."""
    statements = [
        Statement(id="p1", speaker=speaker("Mustafa al-Kazemi", None, "e1"), cue=cue("schrieb", "schreiben"),
                  content=content("Die Mission ist beendet"), kind="Direct", stance="announce", medium="auf Twitter",
                  time="t1"),
        Statement(id="p2", speaker=speaker("US-Beamte", "US-Beamte"), cue=cue("behaupteten", "behaupten"),
                  content=content("Bagdad habe die Verlängerung beantragt"), kind="Indirect", stance="claim", time="t2"),
        Statement(id="p3", speaker=speaker("die irakische Armee", "irakische Armee"), cue=cue("dementierte", "dementieren"),
                  content=content("Bagdad habe die Verlängerung beantragt"), kind="Reported", stance="deny", refers_to="p2"),
        Statement(id="p4", speaker=None, cue=None, content=content("Das Datum sei festgelegt worden"),
                  kind="IndirectFreeIndirect", stance="assert", continues="p2"),
    ]
    entities = [
        Entity(id="e1", name="Mustafa al-Kazemi", type="PER", mentions=[span("Mustafa al-Kazemi")]),
        Entity(id="e2", name="abna", type="ORG", aliases=["Ahlulbayt Nachrichtenagentur ABNA"]),
        Entity(id="e3", name="Bagdad", type="LOC", mentions=[span("Bagdad")]),
    ]
    times = [time("t1", "am Mittwoch", "2021-12-08"), time("t2", "Vor rund einem Monat", "2021-11", True)]
    return Record(
        article=Article(id=article_id(TEXT), language="de", published=date(2021, 12, 10), text=TEXT),
        statements=statements, entities=entities, times=times,
        contradictions=[Contradiction(claim="p2", counter="p3", reason="deny")],
    )


def with_statement(record: Record, sid: str, **changes) -> Record:
    record = record.model_copy(deep=True)
    record.statements = [s.model_copy(update=changes) if s.id == sid else s for s in record.statements]
    return record


# ----------------------------------------------------------------------------- gold scorer


def test_perfect_record_scores_100_percent():
    score = score_record(perfect_record(), GOLD)
    assert score.failures == []
    assert score.passed
    for section in (score.statements, score.times, score.entities, score.contradictions):
        assert section.f1 == 1.0
    assert all(a.value == 1.0 and a.total == 4 for a in score.attributes.values())
    assert score.time_values.value == 1.0 and score.entity_names.value == 1.0
    # identical contents (s5, s6) are told apart by their cues
    assert score.alignment == {"s1": "p1", "s5": "p2", "s6": "p3", "s8": "p4"}


def test_wrong_stance_fails_precisely():
    score = score_record(with_statement(perfect_record(), "p3", stance="assert"), GOLD)
    assert [str(f) for f in score.failures] == ["s6: stance deny expected, got assert"]
    assert not score.passed
    assert score.attributes["stance"].correct == 3
    assert score.statements.f1 == 1.0


def test_stance_accepts_any_listed_alternative():
    assert score_record(with_statement(perfect_record(), "p1", stance="assert"), GOLD).passed


@pytest.mark.parametrize(
    "sid, changes, message",
    [
        ("p1", {"kind": "Indirect"}, "s1: kind Direct expected, got Indirect"),
        ("p1", {"medium": None}, "s1: medium Twitter expected, got none"),
        ("p1", {"time": None}, "s1: time am Mittwoch expected, got none"),
        ("p2", {"cue": Cue(text="sagten", lemma="sagen", start=0, end=1)}, "s5: cue behaupten expected, got sagen"),
        ("p3", {"refers_to": None}, "s6: refers_to s5 expected, got none"),
        ("p4", {"continues": "p3"}, "s8: continues s5 expected, got s6"),
        ("p3", {"speaker": Speaker(text="US-Beamte", start=0, end=1, resolved="US-Beamte")},
         "s6: speaker irakische Armee expected, got US-Beamte"),
    ],
)
def test_each_attribute_failure_is_named(sid, changes, message):
    score = score_record(with_statement(perfect_record(), sid, **changes), GOLD)
    assert message in [str(f) for f in score.failures]


def test_full_statement_counts_need_speaker_cue_kind_and_stance_right():
    assert score_record(perfect_record(), GOLD).strict() == score_record(perfect_record(), GOLD).statements
    score = score_record(with_statement(perfect_record(), "p3", stance="assert"), GOLD)
    full = score.strict()
    assert (full.tp, full.fp, full.fn) == (3, 1, 1)  # found, but a wrong stance makes it both FP and FN
    assert score.strict(("speaker",)).f1 == 1.0  # the speaker alone is right
    assert score.to_dict()["full_statements"]["tp"] == 3


@pytest.mark.parametrize("written", ["irakischer Armee", "Irakische Armee", "der irakischen Armee"])
def test_a_speaker_named_with_another_adjective_ending_is_the_same_speaker(written):
    changed = Speaker(text="Die Armee", start=0, end=1, resolved=written)
    score = score_record(with_statement(perfect_record(), "p3", speaker=changed), GOLD)
    assert not [f for f in score.failures if f.field == "speaker"]


def test_a_speaker_with_another_name_is_still_wrong():
    changed = Speaker(text="Die Armee", start=0, end=1, resolved="irakische Polizei")
    score = score_record(with_statement(perfect_record(), "p3", speaker=changed), GOLD)
    assert "s6: speaker irakische Armee expected, got irakische Polizei" in [str(f) for f in score.failures]


@pytest.mark.parametrize("gold, ours, same", [
    ("sprechen von", "sprechen", True), ("verweisen auf", "verweisen", True), ("sprechen", "sprechen", True),
    ("warnen vor", "warnen", True), ("sprechen", "sagen", False), ("sprechen von", "sagen", False),
])
def test_a_governed_preposition_is_no_part_of_the_cue_lemma(gold, ours, same):
    from whosaid.evaluate.gold import cue_key

    assert (cue_key(gold) == cue_key(ours)) is same


def test_continuation_inherits_speaker_and_wrong_continuation_changes_it():
    score = score_record(with_statement(perfect_record(), "p4", continues="p3"), GOLD)
    assert "s8: speaker US-Beamte expected, got irakische Armee" in [str(f) for f in score.failures]


def test_missing_and_spurious_statements():
    record = perfect_record()
    record.statements = [s for s in record.statements if s.id != "p3"]
    record.contradictions = []
    record.statements.append(Statement(id="px", speaker=None, cue=None, content=Content(text="völlig anderes", start=0, end=1), kind="Direct",
                                       stance="assert", medium=None))
    score = score_record(record, GOLD)
    messages = [str(f) for f in score.failures]
    assert any(m.startswith("s6: statement not found") for m in messages)
    assert any(m.startswith("px: unexpected statement") for m in messages)
    assert "contradiction s5->s6: contradiction not found; its statements were not both found" in messages
    assert (score.statements.tp, score.statements.fp, score.statements.fn) == (3, 1, 1)


def test_optional_statement_found_or_missed_without_penalty():
    record = perfect_record()
    s0 = Statement(id="p0", speaker=speaker("die Ahlulbayt Nachrichtenagentur ABNA", None, "e2"),
                   cue=cue("berichtet", "berichten"),
                   content=content('"Die Mission ist beendet", schrieb Mustafa al-Kazemi am Mittwoch auf Twitter'),
                   kind="Indirect", stance="assert")
    record.statements.insert(0, s0)
    record.statements[1] = record.statements[1].model_copy(update={"via": "p0"})
    score = score_record(record, GOLD)
    assert score.failures == [] and score.statements.f1 == 1.0
    assert score.alignment["s0"] == "p0" and score.alignment["s1"] == "p1"
    # s1.via must point at s0's match once s0 is found
    score = score_record(with_statement(record, "p1", via=None), GOLD)
    assert [str(f) for f in score.failures] == ["s1: via s0 expected, got none"]


def test_time_value_and_approximate_failures():
    record = perfect_record()
    record.times = [time("t1", "Mittwoch", "2021-12-09"), time("t2", "Vor rund einem Monat", "2021-11")]
    messages = [str(f) for f in score_record(record, GOLD).failures]
    assert messages == [
        "time 'am Mittwoch': value 2021-12-08 expected, got 2021-12-09",
        "time 'Vor rund einem Monat': approximate True expected, got False",
    ]


def test_entity_missing_wrong_type_and_name():
    record = perfect_record()
    record.entities = [
        Entity(id="e1", name="Kazemi", type="PER", aliases=["Mustafa al-Kazemi"]),
        Entity(id="e2", name="ABNA", type="PER"),
    ]
    score = score_record(record, GOLD)
    messages = [str(f) for f in score.failures]
    assert "entity 'Mustafa al-Kazemi': name Mustafa al-Kazemi expected, got Kazemi (optional)" in messages
    assert "entity 'ABNA': ORG entity not found; found as PER 'ABNA'" in messages
    assert "entity 'Bagdad': LOC entity not found; missing" in messages
    assert score.passed is False
    assert (score.entities.tp, score.entities.fp, score.entities.fn) == (1, 1, 2)


def test_cli_strict_exit_code(tmp_path, capsys):
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(GOLD), encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_text(perfect_record().model_dump_json(), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(with_statement(perfect_record(), "p3", stance="assert").model_dump_json(), encoding="utf-8")
    assert gold_mod.main([str(good), str(gold_file), "--strict"]) == 0
    assert gold_mod.main([str(bad), str(gold_file)]) == 0
    assert gold_mod.main([str(bad), str(gold_file), "--strict"]) == 1
    assert "s6: stance deny expected, got assert" in capsys.readouterr().out


def test_hungarian_picks_one_to_one_assignment():
    # greedy would pair row 0 with column 0 (0.9) and leave row 1 with 0.1; the optimum is 0.8 + 0.85
    assert sorted(assign([[0.9, 0.8], [0.85, 0.1]])) == [(0, 1), (1, 0)]
    assert assign([[0.0, 0.0]]) == []
    assert assign([]) == []


def test_content_overlap_ignores_quotes_case_and_whitespace():
    assert token_overlap('„Die  Mission ist beendet“', '"die mission ist\nbeendet"') == 1.0
    assert token_overlap("a b c d", "a b") == pytest.approx(2 * 2 / 6)
    assert token_overlap("", "") == 0.0


@needs_shared
def test_sample_gold_file_is_consistent_with_the_scorer():
    gold = json.loads((SHARED / "samples" / "abna-irak-abzug.gold.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in gold["statements"]}
    for s in gold["statements"]:
        for link in ("via", "continues", "refers_to"):
            assert s.get(link) in ids | {None}
    for c in gold["contradictions"]:
        assert {c["claim"], c["counter"]} <= ids
    empty = Record(article=Article(id="x", language="de", text=""))
    score = score_record(empty, gold)
    required = [s for s in gold["statements"] if not s.get("optional")]
    assert score.statements.fn == len(required)
    assert not score.passed


def record_from_sample_gold(text: str, gold: dict) -> Record:
    """A record written from the gold file by locating its strings in the article text (ids prefixed 'p')."""

    def find(s: str, near: int = 0) -> TextSpan:
        start = text.find(s, near)
        start = text.find(s) if start < 0 else start
        return TextSpan(text=s, start=start, end=start + len(s))

    def find_content(s: str) -> Content:
        if s in text:
            return Content(**find(s).model_dump())
        # a content with the frame cut out of it ('... würden [laut al-Khafaji] Washington ...'): longest
        # prefix found in the text, then the rest after it
        words = s.split()
        k = max(i for i in range(1, len(words)) if " ".join(words[:i]) in text)
        head = find(" ".join(words[:k]))
        tail = find(" ".join(words[k:]), head.end)
        return Content(text=text[head.start:tail.end], start=head.start, end=tail.end, parts=[head, tail])

    times = []
    for i, t in enumerate(gold["times"]):
        s = find(t["text"])
        times.append(Time(id=f"t{i}", text=s.text, start=s.start, end=s.end, type="DATE", value=t["value"],
                          approximate=t.get("approximate", False)))
    time_ids = {t.text: t.id for t in times}
    statements = []
    for g in gold["statements"]:
        content = find_content(g["content"])
        sent_start = text.rfind("\n", 0, content.start) + 1
        speaker = None
        if g.get("speaker"):
            s = find(g["speaker"], sent_start)
            speaker = Speaker(**s.model_dump(), resolved=g["speaker_entity"])
        cue = None
        if g.get("cue"):
            parts = [find(part, sent_start) for part in g["cue"].split()]
            if " ".join(g["cue"].split()) in text:
                parts = [find(g["cue"], sent_start)]
            cue = Cue(text=" ... ".join(p.text for p in parts), lemma=g["cue_lemma"], start=parts[0].start,
                      end=parts[-1].end, parts=parts)
        link = {k: "p" + g[k] for k in ("via", "continues", "refers_to") if g.get(k)}
        statements.append(Statement(id="p" + g["id"], speaker=speaker, cue=cue, content=content, kind=g["kind"],
                                    stance=g["stance"][0], medium=g.get("medium"),
                                    time=time_ids.get(g.get("time")), **link))
    entities = [
        Entity(id=f"e{i}", name=e["name"], type=e["type"], aliases=[m for m in e["mentions"] if m != e["name"]],
               mentions=[find(m) for m in e["mentions"]])
        for i, e in enumerate(gold["entities"])
    ]
    contradictions = [Contradiction(claim="p" + c["claim"], counter="p" + c["counter"], reason=c["why"])
                      for c in gold["contradictions"]]
    return Record(article=Article(id=article_id(text), language="de", published=date(2021, 12, 10), text=text),
                  statements=statements, times=times, entities=entities, contradictions=contradictions)


@needs_shared
def test_record_written_from_the_sample_gold_scores_100_percent():
    text = (SHARED / "samples" / "abna-irak-abzug.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "samples" / "abna-irak-abzug.gold.json").read_text(encoding="utf-8"))
    record = record_from_sample_gold(text, gold)
    score = score_record(record, gold)
    assert [str(f) for f in score.failures] == []
    assert score.alignment == {s["id"]: "p" + s["id"] for s in gold["statements"]}
    # and dropping s6's stance is named precisely
    broken = with_statement(record, "ps6", stance="assert")
    assert [str(f) for f in score_record(broken, gold).failures] == ["s6: stance deny expected, got assert"]


# ----------------------------------------------------------------------------- WikiNews corpus

from whosaid.evaluate import wikinews as wn  # noqa: E402

MINI_TEXT = 'Der Minister sagte: „Wir bleiben.“ Die Partei wies das zurück.'


def mini_doc(annotations: list | None = None) -> wn.CorpusDoc:
    tokens, at = [], 0
    for i, piece in enumerate(["Der", "Minister", "sagte", ":", "„", "Wir", "bleiben", ".", "“",
                               "Die", "Partei", "wies", "das", "zurück", "."]):
        start = MINI_TEXT.index(piece, at)
        tokens.append(wn.Token(i, start, start + len(piece), piece))
        at = start + len(piece)
    return wn.CorpusDoc("mini (2020-01-02)", MINI_TEXT, date(2020, 1, 2), tokens, annotations or [],
                        sentences=[(0, 34), (35, len(MINI_TEXT))])


def mini_span(text: str) -> TextSpan:
    start = MINI_TEXT.index(text)
    return TextSpan(text=text, start=start, end=start + len(text))


def mini_record() -> Record:
    sp, cu = mini_span("Der Minister"), mini_span("sagte")
    sp2, cu2 = mini_span("Die Partei"), mini_span("wies")
    return Record(article=Article(id="x", language="de", text=MINI_TEXT), statements=[
        Statement(id="a", speaker=Speaker(**sp.model_dump()), cue=Cue(text="sagte", lemma="sagen", start=cu.start,
                  end=cu.end, parts=[cu]), content=Content(**mini_span("Wir bleiben.").model_dump()),
                  kind="Direct", stance="assert"),
        Statement(id="b", speaker=Speaker(**sp2.model_dump()),
                  cue=Cue(text="wies ... zurück", lemma="zurückweisen", start=cu2.start, end=cu2.end + 9,
                          parts=[cu2, mini_span("zurück")]),
                  content=Content(**mini_span("das").model_dump()), kind="Reported", stance="deny"),
    ])


def test_char_spans_map_to_overlapping_tokens():
    doc = mini_doc()
    assert wn.tokens_in(doc, *(lambda s: (s.start, s.end))(mini_span("Minister sagte"))) == [1, 2]
    assert wn.tokens_in(doc, MINI_TEXT.index("inister"), MINI_TEXT.index("inister") + 3) == [1]  # partial token
    assert wn.tokens_in(doc, 12, 13) == []  # the space between 'Minister' and 'sagte'


def test_export_follows_corpus_conventions():
    direct, reported = wn.export(mini_record(), mini_doc())
    assert direct["quote"]["tokenIds"] == [4, 5, 6, 7, 8]  # Direct quotes include their quotation marks
    assert direct["speaker"]["tokenIds"] == [0, 1] and direct["cue"]["tokenIds"] == [2]
    assert direct["frame"]["tokenIds"] == [0, 1, 2, 3]  # speaker to cue, with the adjoining colon
    assert direct["addressee"]["tokenIds"] == [] and direct["type"] == "Direct" and direct["medium"] == "Speech"
    assert reported["quote"]["tokenIds"] == [9, 10, 11, 12, 13, 14]  # the whole clause, with its final stop
    assert reported["cue"]["tokenIds"] == [] and reported["frame"]["tokenIds"] == []
    assert reported["stance"] == "deny"


def test_report_with_quoted_words_exports_as_their_direct_quote():
    text = 'Die Partei nannte das „einen Fehler“.'
    pieces = ["Die", "Partei", "nannte", "das", "„", "einen", "Fehler", "“", "."]
    tokens, at = [], 0
    for i, piece in enumerate(pieces):
        start = text.index(piece, at)
        tokens.append(wn.Token(i, start, start + len(piece), piece))
        at = start + len(piece)
    doc = wn.CorpusDoc("m (2020-01-02)", text, date(2020, 1, 2), tokens, [], sentences=[(0, len(text))])

    def span(piece: str) -> TextSpan:
        return TextSpan(text=piece, start=text.index(piece), end=text.index(piece) + len(piece))

    content = span("das „einen Fehler“")
    record = Record(article=Article(id="x", language="de", text=text), statements=[
        Statement(id="a", speaker=Speaker(**span("Die Partei").model_dump()),
                  cue=Cue(text="nannte", lemma="nennen", start=text.index("nannte"), end=text.index("nannte") + 6),
                  content=Content(**content.model_dump(), quoted=[span("einen Fehler")]), kind="Reported",
                  stance="assert")])
    (only,) = wn.export(record, doc)  # no Reported quote beside the quoted words
    assert only["type"] == "Direct" and only["quote"]["tokenIds"] == [4, 5, 6, 7]
    assert only["cue"]["tokenIds"] == [2] and only["speaker"]["tokenIds"] == [0, 1]
    assert only["frame"]["tokenIds"] == [0, 1, 2, 3]  # the rest of the report


def test_quote_assignment_is_one_to_one_and_optimal():
    def group(ids, kind="Direct"):
        return wn.Group.of({"quote": {"tokenIds": ids}, "type": kind, "medium": "Speech"})

    gold = [group([1, 2, 3, 4]), group([3, 4, 5, 6])]
    sys_ = [group([1, 2, 3, 4, 5, 6])]
    assert wn.assign_quotes(gold, sys_) == [(0, 0)]  # one predicted quote serves one gold quote only
    # greedy on the first row would take column 0; the optimum pairs row 0 with column 1
    gold = [group([1, 2, 3]), group([4, 5])]
    sys_ = [group([1, 2, 3, 4, 5]), group([1, 2])]
    assert sorted(wn.assign_quotes(gold, sys_)) == [(0, 1), (1, 0)]
    # the same type breaks a tie
    gold = [group([1, 2], "Indirect")]
    assert wn.assign_quotes(gold, [group([1, 2]), group([1, 2], "Indirect")]) == [(0, 1)]


def test_quote_assignment_breaks_ties_as_scipy_does():
    # quotes without overlap can be paired with any partner; which pairs form decides their role scores,
    # so the assignment must be SciPy's own (the corpus' eval.py calls linear_sum_assignment)
    from scipy.optimize import linear_sum_assignment

    from whosaid.evaluate.matching import max_assignment

    for scores in ([[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [[0.0], [0.0], [0.5]], [[0.5, 0.5], [0.5, 0.5], [0.0, 0.0]],
                   [[0.011, 0.0, 0.011], [0.0, 0.0, 0.0], [1.011, 0.0, 0.0]]):
        rows, cols = linear_sum_assignment(scores, maximize=True)
        assert max_assignment(scores) == sorted(zip(rows.tolist(), cols.tolist())), scores


def test_quote_overlap_is_the_corpus_f1_float():
    # eval.py computes 2PR/(P+R); 2|A&B|/(|A|+|B|) can differ in the last bit and flip a tie
    gold, pred = frozenset(range(7)), frozenset(range(3, 13))
    p, r = 4 / 10, 4 / 7
    assert wn.quote_overlap(gold, pred) == 2 * p * r / (p + r)
    assert wn.quote_overlap(frozenset(), pred) == 0.0


def speaker_doc(words_tags: list[tuple[str, str]], speakers: list[list[int]]) -> tuple[wn.CorpusDoc, list[str]]:
    text, tokens = "", []
    for i, (word, _) in enumerate(words_tags):
        tokens.append(wn.Token(i, len(text), len(text) + len(word), word))
        text += word + " "
    anns = [{"speaker": {"tokenIds": ids}, "quote": {"tokenIds": []}} for ids in speakers]
    return wn.CorpusDoc("speakers", text, None, tokens, anns), [t for _, t in words_tags]


def test_gold_speaker_entities_from_names_and_pronouns():
    doc, tags = speaker_doc(
        [("Er", "PPER"),  # 0: nothing named before it
         ("Regierungssprecher", "NN"), ("Thomas", "NE"), ("Steg", "NN"),  # 1-3: 'Steg' extends the name run
         ("die", "ART"), ("Polizei", "NN"), ("in", "APPR"), ("Anklam", "NE"),  # 4-7: a place, not the speaker
         ("Die", "ART"), ("SPD", "NE"),  # 8-9
         ("er", "PPER"),  # 10: 'er' does not take up 'Die SPD'
         ("sie", "PPER"),  # 11
         ("seiner", "PPOSAT"), ("Meinung", "NN"),  # 12-13: the possessor speaks
         ("sein", "PPOSAT"), ("Anwalt", "NN")],  # 14-15: someone else speaks
        [[0], [1, 2, 3], [4, 5, 6, 7], [8, 9], [10], [11], [12, 13], [14, 15], []])
    steg, spd = frozenset({"thomas", "steg"}), frozenset({"spd"})
    assert wn.gold_speakers(doc, tags) == [
        wn.GoldSpeaker("anaphor"),
        wn.GoldSpeaker("name", steg),
        wn.GoldSpeaker("description"),
        wn.GoldSpeaker("name", spd),
        wn.GoldSpeaker("anaphor", steg, "Regierungssprecher Thomas Steg"),
        wn.GoldSpeaker("anaphor", spd, "Die SPD"),
        wn.GoldSpeaker("anaphor", spd, "Die SPD"),
        wn.GoldSpeaker("description"),
        None,
    ]


def test_speaker_entity_is_a_surname_match_on_matched_quotes():
    merkel = wn.GoldSpeaker("name", frozenset({"bundeskanzlerin", "angela", "merkel"}))
    assert wn.speaker_entity_right(merkel, ["Angela Merkel", "Merkel", "sie"])
    assert wn.speaker_entity_right(merkel, ["Merkels"])  # a genitive on either side
    assert not wn.speaker_entity_right(merkel, ["Peer Steinbrück", "merkel"])  # lower-case aliases are pronouns
    assert wn.speaker_entity_right(wn.GoldSpeaker("name", frozenset({"al-dschasira"})), ["al-Dschasira"])

    def pair(ref, names, quote=(1, 2)):
        gold = wn.Group.of({"quote": {"tokenIds": [1, 2]}})
        gold.speaker_ref = ref
        return wn.Pair(gold, wn.Group.of({"quote": {"tokenIds": list(quote)}, "speaker_names": names}))

    pairs = [pair(merkel, ["Angela Merkel"]),  # right
             pair(merkel, ["Peer Steinbrück"]),  # wrong
             pair(merkel, []),  # no entity given: lowers recall only
             pair(merkel, ["Angela Merkel"], quote=(7, 8)),  # quote not matched: end-to-end recall only
             pair(wn.GoldSpeaker("description"), ["Angela Merkel"]),  # not scored
             pair(wn.GoldSpeaker("anaphor"), ["Angela Merkel"])]  # not scored
    e = wn.speaker_entity_scores(pairs)["all"]
    assert (e["correct"], e["answered"], e["matched"], e["gold"]) == (1, 2, 3, 4)
    assert e["p"] == 0.5 and e["r"] == pytest.approx(1 / 3) and e["end_to_end_recall"] == 0.25


def test_export_names_the_speaker_entity():
    record = mini_record()
    record.entities = [Entity(id="e1", name="Hans Minister", type="PER", aliases=["Minister", "er"])]
    record.statements[0].speaker.entity = "e1"
    direct, reported = wn.export(record, mini_doc())
    assert direct["speaker_names"] == ["Hans Minister", "Minister", "er"] and reported["speaker_names"] == []


def test_official_scores_on_a_hand_example():
    gold = [{"quote": {"tokenIds": [1, 2, 3, 4]}, "speaker": {"tokenIds": [0]}, "type": "Direct", "medium": "Speech"}]
    sys_ = [{"quote": {"tokenIds": [2, 3, 4, 5]}, "speaker": {"tokenIds": [0]}, "type": "Direct", "medium": "Writing"},
            {"quote": {"tokenIds": [9]}, "type": "Indirect", "medium": "Speech"}]
    pairs = wn.pair_document(gold, sys_)
    o = wn.official_scores(pairs)
    # quote: pair P=3/4, R=3/4; the unpaired prediction P=0 -> macro P=(0.75+0)/2, R=0.75
    assert o["prec_msg"] == pytest.approx(0.375) and o["rec_msg"] == pytest.approx(0.75)
    assert o["prec_roles"] == 1.0 and o["rec_roles"] == 1.0  # speaker right; empty roles left out
    assert o["f1_form"] == pytest.approx(2 * 0.5 * 1 / 1.5) and o["f1_stwr"] == 0.0
    c = wn.count_scores(pairs)
    assert c["quote"]["overlap"]["tp"] == 1 and c["quote"]["exact"]["tp"] == 0
    assert c["joint"]["joint_lenient"]["tp"] == 1 and c["joint"]["joint_exact"]["tp"] == 0


@pytest.mark.parametrize("cue, stance", [
    ("behauptete", "claim"), ("wies zurück", "deny"), ("wies die Vorwürfe zurück", "deny"),
    ("bestritt", "deny"), ("gab bekannt", "announce"), ("forderte", "demand"), ("räumte ein", "concede"),
    ("sagte", None), ("gab an", None), ("zufolge", None),
])
def test_cue_stance_lexicon(cue, stance):
    assert wn.expected_stance(cue) == stance


def test_floors_gate(tmp_path):
    floors = {"quotes-wikinews-de": {"dev": {"quote_f1": 0.5, "joint_f1": 0.0}}}
    assert wn.check_floors({"quote_f1": 0.6, "joint_f1": 0.1}, "dev", floors) == []
    assert wn.check_floors({"quote_f1": 0.4, "joint_f1": 0.1}, "dev", floors) == ["quote_f1: 0.4000 below floor 0.5000"]
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(floors))
    wn.update_floors({"quote_f1": 0.7, "joint_f1": 0.2}, "dev", path)
    assert json.loads(path.read_text())["quotes-wikinews-de"]["dev"] == {"quote_f1": 0.7, "joint_f1": 0.2}
    with pytest.raises(ValueError, match="allow_lower"):
        wn.update_floors({"quote_f1": 0.1, "joint_f1": 0.2}, "dev", path)
    wn.update_floors({"quote_f1": 0.1, "joint_f1": 0.2}, "dev", path, allow_lower=True)


def test_shipped_floors_cover_quote_and_joint():
    floors = wn.load_floors()["quotes-wikinews-de"]
    assert {"quote_f1", "joint_f1"} <= set(floors["dev"]) and {"quote_f1", "joint_f1"} <= set(floors["test"])


@needs_shared
def test_gold_derived_record_of_a_wikinews_file_scores_1():
    path = next((SHARED / "data" / "quotes-wikinews-de" / "data" / "dev").glob("3855 - Landser laut BGH*.json"))
    doc = wn.load_doc(path)
    assert doc.published == date(2005, 3, 10) and len(doc.annotations) == 8
    score, _ = wn.evaluate([(doc, wn.export(wn.record_from_gold(doc), doc))])
    for key in ("f1_msg", "f1_roles", "f1_joint", "f1_form", "f1_stwr"):
        assert score.official[key] == 1.0, key
    assert score.counts["joint"]["joint_exact"]["f1"] == 1.0


@needs_shared
def test_gold_derived_record_keeps_split_quotes_and_cues():
    # a file with quotes interrupted by their frame and split cues; the frame is an approximation
    path = next((SHARED / "data" / "quotes-wikinews-de" / "data" / "dev").glob("39049 - *.json"))
    doc = wn.load_doc(path)
    assert any(len(a["quote"]["spans"]) > 1 for a in doc.annotations)
    score, _ = wn.evaluate([(doc, wn.export(wn.record_from_gold(doc), doc))])
    assert score.official["f1_msg"] == 1.0 and score.official["f1_form"] == 1.0
    for key in ("quote", ):
        assert score.counts[key]["exact"]["f1"] == 1.0
    assert score.counts["joint"]["attribution_exact"]["f1"] == 1.0


@needs_shared
def test_load_split_reads_dates_and_tokens():
    docs = wn.load_split(SHARED, "dev")
    assert len(docs) == 150
    assert all(d.published is not None for d in docs)
    d = docs[0]
    assert all(d.text[t.start:t.end] == t.text for t in d.tokens[:50])


def test_hanta_tags_become_plain_stts_and_the_tag_map_covers_them():
    from whosaid.evaluate.baselines import hanta_to_stts
    from whosaid.lang import stts_upos

    assert [hanta_to_stts(t) for t in ("VV(FIN)", "ADJ(A)", "NNA", "PAV")] == ["VVFIN", "ADJA", "NN", "PROAV"]
    upos = stts_upos("de")
    assert (upos["VVFIN"], upos["ADJA"], upos["NN"], upos["PROAV"], upos["VMFIN"]) == ("VERB", "ADJ", "NOUN", "ADV", "AUX")


def test_a_report_naming_only_its_topic_is_not_exported():
    text = "Die Partei kritisierte den Vertrag."
    pieces = ["Die", "Partei", "kritisierte", "den", "Vertrag", "."]
    tokens, at = [], 0
    for i, piece in enumerate(pieces):
        start = text.index(piece, at)
        tokens.append(wn.Token(i, start, start + len(piece), piece))
        at = start + len(piece)
    doc = wn.CorpusDoc("m (2020-01-02)", text, date(2020, 1, 2), tokens, [], sentences=[(0, len(text))])

    def report(lemma: str) -> Record:
        cue = text.index("kritisierte")
        return Record(article=Article(id="x", language="de", text=text), statements=[
            Statement(id="a", speaker=Speaker(text="Die Partei", start=0, end=10),
                      cue=Cue(text="kritisierte", lemma=lemma, start=cue, end=cue + 11),
                      content=Content(text="den Vertrag", start=text.index("den"), end=text.index(".")),
                      kind="Reported", stance="assert")])

    assert "kritisieren" in wn.topic_report_lemmas()
    assert wn.export(report("kritisieren"), doc) == []  # the corpus does not annotate such a report
    assert [a["type"] for a in wn.export(report("fordern"), doc)] == ["Reported"]
