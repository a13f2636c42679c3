"""Evaluate whosaid on the German WikiNews quotation corpus (Petersen-Frey & Biemann, LREC-COLING 2024).

Metric. The corpus' own evaluation (uhh-lt/german-news-quotation-attribution-2024, eval/eval.py, commit
74e7bd6) is reimplemented here as `official`, and gives its figures to the last digit (checked on the
train and dev predictions of whosaid, every score equal as a float):
- per document, gold and predicted quotations are assigned one-to-one by SciPy's
  `linear_sum_assignment(maximize=True)` (gold rows, predicted columns, in file and export order) on the
  token-level F1 of their quote token sets, computed as the script does (2PR/(P+R)), plus 0.01 for the same
  quotation type and then 0.001 for the same medium when the overlap is > 0; every assigned pair is
  evaluated as a pair, even one without overlap; the rest are evaluated against an empty partner. Which
  zero-overlap pairs the solver forms decides their role, type and medium scores, so only SciPy's own
  tie-breaking reproduces the figures (a hand-written Hungarian method, used until session 7, moved dev
  joint F1 by +0.001 and train type F1 by -0.005);
- for each pair (or unpaired quotation) and each part (quote, addressee, cue, frame, speaker), tokens are
  counted as TP / FP / FN; precision and recall of a part of a pair are tp/(tp+fp), tp/(tp+fn), left
  out where undefined;
- the reported scores are macro averages over pairs: "msg" (quote), "roles" (the four roles pooled),
  "joint" (all five parts pooled); F1 is the harmonic mean of macro P and macro R. Type ("form") and
  medium ("stwr") are micro P/R/F1 over pairs. Token-level micro scores are given as well.
Differences, none of which occurs with whosaid's output: the script fails on an empty quote (division by
zero), on a prediction without type or medium paired with nothing, and on a type outside the corpus' five;
here those score 0 or count as a miss. It keys documents by `documentName` (unique in the corpus).

Speaker entity (`speaker_entity`), added here: is the entity whosaid resolved a quote's speaker to the one
the gold speaker mention refers to? The corpus marks speaker spans only (no coreference), so the gold
entity is derived from the span, with the shipped pipeline's tagger (STTS) run over the gold text:
- a mention with proper-noun (NE) tokens names its entity; its name words are those tokens, each run
  extended over the capitalised words right after it ('Thomas Steg': the tagger reads 'Steg' as a noun),
  leaving out runs right after 'in', 'im', 'aus' (a place: 'die Polizei in Anklam');
- a pronoun ('er', 'diese', a lone 'der', 'demnach', 'wonach') or a possessive with a non-role noun
  ('seiner Meinung'; 'sein Anwalt' is someone else) refers to the nearest preceding named gold speaker
  mention of the document (the quote chain the corpus does not mark), skipping one whose article clashes
  ('er' never takes up 'die …', 'sie' never 'der …'); without one it is not scored;
- any other mention ('die Polizei', 'Augenzeugen', 'ein Sprecher des Ministeriums') names no entity and is
  not scored.
The prediction is the entity of the statement's speaker (following `continues`, as the export does): its
canonical name and capitalised aliases. It is right when the last word of one of them (the surname) is one
of the gold name words, either side possibly in the genitive ('Merkels'); names are compared casefolded,
without surrounding punctuation. Over the pairs matched at quote token F1 >= 0.5 whose gold speaker has a
named entity: P = right / those where whosaid gives an entity, R = right / all of them, F1; the
end-to-end recall divides by every gold quote with a named speaker entity, matched or not. Shown for all,
and separately for gold mentions that are names and pronouns. Limits: the tagger is the one whosaid uses
(a name it misses leaves the quote unscored, where whosaid likely fails too); a mention naming several
people or an organisation with a place ('Angaben von AFP und Reuters') accepts any of them; the
antecedent rule ignores names outside gold speaker mentions.

Added here (`counts`), as count-based scores easier to read in error analysis:
- quotes: an assigned pair is an overlap match when its token F1 >= 0.5, an exact match when the token
  sets are equal; P = matches / predicted quotes, R = matches / gold quotes;
- roles speaker, cue, frame, addressee: on overlap-matched pairs, a role is right when its token set
  equals gold's (exact) or overlaps it with token F1 >= 0.5 (lenient); P over predicted non-empty roles,
  R over gold non-empty roles (unmatched quotations count with all their roles);
- joint: an overlap-matched pair whose every role that is non-empty on either side is right (exact /
  lenient); `attribution` is the same for speaker and cue only;
- per quotation type: typed matches (same type on both sides) over predicted / gold quotes of that type,
  and the untyped recall of gold quotes of that type.

Export of a record to corpus annotations follows the corpus' conventions: Direct quotes include their
quotation marks; Reported quotes span their whole sentence as far as no other statement's content reaches
(speaker and cue included, cue and frame empty);
a report whose cue's object names only what it was about ('kritisierte den Vertrag'; the lemmas in
data/wikinews_topic_reports_de.txt) is not exported, as the corpus does not annotate it;
Reported and free indirect quotes that close their sentence take its final '.', '!' or '?' with them, as
the corpus marks them (train: 651 of 700 such quotes do; Indirect quotes leave it out, 1252 of 1257);
free indirect speech has no cue or frame and the speaker of the statement it continues; the frame of
a statement with a cue is the cue's sentence around the cue, up to its own quote or another statement's
content, without the sentence's final mark (train: 1370 of 2005 gold frames of Direct and Indirect quotes
are their sentence without the quote and the final mark); without a cue, the speaker with an adjoining
comma or colon. The addressee is the record's; the frame is an approximation.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from whosaid.evaluate.counts import PRF, f1
from whosaid.record import Article, Content, Cue, Record, Speaker, Statement, TextSpan, article_id

PARTS = ("quote", "addressee", "cue", "frame", "speaker")
ROLES = PARTS[1:]
TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
MEDIA = ("Speech", "Thought", "Writing", "ST", "SW", "TW", "none")
MATCH_THRESHOLD = 0.5
CORPUS = "quotes-wikinews-de"

_DATE_RE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")
_QUOTE_MARKS = set("\"'„“”‚‘’«»‹›")
_WRITING = ("twitter", "tweet", "schreib", "schrieb", "brief", "erklärung", "mitteilung", "zeitung", "bericht",
            "website", "internetseite", "blog", "facebook", "mail", "veröffentlich", "dokument", "papier", "magazin")
_SPEECH = ("interview", "rede", "pressekonferenz", "fernseh", "radio", "sender", "gespräch", "sagen", "sprechen",
           "äußern", "nennen", "rufen", "erzählen", "antworten")
_FINAL_MARKS = {".", "!", "?"}
_PREPOSITIONAL = {"laut", "nach", "zufolge", "gemäß", "demnach", "wonach"}


# ----------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Token:
    id: int
    start: int
    end: int
    text: str


@dataclass
class CorpusDoc:
    name: str
    text: str
    published: date | None
    tokens: list[Token]
    annotations: list[dict[str, Any]]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # char spans


def load_doc(path: Path) -> CorpusDoc:
    """One corpus file; the publication date comes from the '(YYYY-MM-DD)' in its name."""
    data = json.loads(path.read_text(encoding="utf-8"))
    name = data.get("documentName") or path.name.removesuffix(".pretty.json")
    found = _DATE_RE.findall(path.name)
    published = date.fromisoformat(found[-1]) if found else None
    tokens = [Token(t["id"], t["charBegin"], t["charEnd"], t["text"]) for t in data["tokens"]]
    sentences = [(s["charBegin"], s["charEnd"]) for s in data.get("sentences", [])]
    return CorpusDoc(name, data["originalText"], published, tokens, data.get("annotations", []), sentences)


def load_split(shared: Path, split: str) -> list[CorpusDoc]:
    """All documents of train, dev or test, sorted by file name."""
    folder = Path(shared) / "data" / CORPUS / "data" / split
    if not folder.is_dir():
        raise FileNotFoundError(f"no corpus split at {folder}")
    return [load_doc(p) for p in sorted(folder.glob("*.json"))]


# ----------------------------------------------------------------------------- export


def tokens_in(doc: CorpusDoc, start: int, end: int) -> list[int]:
    """Ids of the tokens that share at least one character with [start, end)."""
    return [t.id for t in doc.tokens if t.start < end and t.end > start]


def _sentence_of(doc: CorpusDoc, offset: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s[0] <= offset < s[1]:
            return s
    return (0, len(doc.text))


def _cue_spans(cue: Cue | None) -> list[tuple[int, int]]:
    if cue is None:
        return []
    return [(p.start, p.end) for p in cue.parts] or [(cue.start, cue.end)]


def _content_spans(st: Statement) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in st.content.parts] or [(st.content.start, st.content.end)]


def _speaker_of(st: Statement, by_id: dict[str, Statement]) -> Speaker | None:
    seen: set[str] = set()
    node: Statement | None = st
    while node is not None and node.id not in seen:
        seen.add(node.id)
        if node.speaker is not None:
            return node.speaker
        node = by_id.get(node.continues) if node.continues else None
    return None


def _medium_span(doc: CorpusDoc, st: Statement) -> list[int]:
    """Tokens of the medium phrase when it occurs in the cue's sentence ('auf Twitter')."""
    if not st.medium or st.cue is None or st.medium in MEDIA:
        return []
    s, e = _sentence_of(doc, st.cue.start)
    at = doc.text.find(st.medium, s, e)
    return tokens_in(doc, at, at + len(st.medium)) if at >= 0 else []


def corpus_medium(st: Statement) -> str:
    """The corpus' medium category (Speech, Writing, SW, ...) for a statement."""
    if st.medium in MEDIA:
        return st.medium  # type: ignore[return-value]
    text = (st.medium or "").casefold()
    lemma = (st.cue.lemma if st.cue else "").casefold()
    if any(w in text for w in _WRITING) or any(lemma.startswith(w) for w in ("schreib", "twitter", "veröffentlich")):
        return "Writing"
    if any(w in text for w in _SPEECH) or any(lemma.startswith(w) for w in _SPEECH):
        return "Speech"
    if lemma in _PREPOSITIONAL:
        return "SW"
    return "Speech"


def _extend_over_marks(doc: CorpusDoc, ids: list[int]) -> list[int]:
    """Add quotation-mark tokens directly before and after a Direct quote."""
    if not ids:
        return ids
    out = set(ids)
    first, last = min(ids), max(ids)
    if first > 0 and doc.tokens[first - 1].text in _QUOTE_MARKS:
        out.add(first - 1)
    if last + 1 < len(doc.tokens) and doc.tokens[last + 1].text in _QUOTE_MARKS:
        out.add(last + 1)
    return sorted(out)


def _extend_over_final_mark(doc: CorpusDoc, ids: list[int]) -> list[int]:
    """Add the sentence-final '.', '!' or '?' right after a quote that closes its sentence."""
    if not ids:
        return ids
    after = max(ids) + 1
    if after < len(doc.tokens) and doc.tokens[after].text in _FINAL_MARKS:
        return [*ids, after]
    return ids


def _clause_frame(doc: CorpusDoc, cue: list[int], taken: set[int], keep_final: bool = False) -> list[int]:
    """The frame as the corpus marks it: the cue's sentence around the cue, up to the quote or another statement's
    content, without the sentence's final mark ("Li erklärte auch ,", ", sagte X dem Sender „Al Jazeera“")."""
    s, e = _sentence_of(doc, doc.tokens[cue[0]].start)
    sentence = tokens_in(doc, s, e)
    if not sentence:
        return []
    lo = hi = cue[0]
    while lo - 1 >= sentence[0] and lo - 1 not in taken:
        lo -= 1
    while hi + 1 <= sentence[-1] and hi + 1 not in taken:
        hi += 1
    if not keep_final and hi == sentence[-1] and doc.tokens[hi].text in _FINAL_MARKS and hi > lo:
        hi -= 1
    return [i for i in range(lo, hi + 1) if i not in taken]


def _annotation(doc: CorpusDoc, parts: dict[str, list[int]], kind: str, medium: str, **extra: Any) -> dict[str, Any]:
    ann: dict[str, Any] = {"type": kind, "medium": medium, "isNested": False, "hasNested": False, **extra}
    for part in PARTS:
        ids = sorted(set(parts.get(part, [])))
        text = " ".join(doc.tokens[i].text for i in ids)
        ann[part] = {"tokenIds": ids, "text": text}
    return ann


@cache
def topic_report_lemmas() -> frozenset[str]:
    """Cue lemmas whose reports the corpus leaves unannotated (data/wikinews_topic_reports_de.txt)."""
    text = resources.files("whosaid.evaluate").joinpath("data/wikinews_topic_reports_de.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def export(record: Record, doc: CorpusDoc) -> list[dict[str, Any]]:
    """The record's statements as corpus-style annotations (token ids of `doc`); see the module docstring."""
    by_id = {s.id: s for s in record.statements}
    entities = {e.id: e for e in record.entities}
    contents = {st.id: {i for s, e in _content_spans(st) for i in tokens_in(doc, s, e)} for st in record.statements}

    def claimed_by_others(st: Statement) -> set[int]:
        return {i for other, ids in contents.items() if other != st.id for i in ids}

    out = []
    for st in record.statements:
        speaker = _speaker_of(st, by_id)
        entity = entities.get(speaker.entity) if speaker is not None and speaker.entity else None
        names = [entity.name, *entity.aliases] if entity is not None else []
        spk = tokens_in(doc, speaker.start, speaker.end) if speaker else []
        cue = sorted({i for s, e in _cue_spans(st.cue) for i in tokens_in(doc, s, e)})
        content = sorted({i for s, e in _content_spans(st) for i in tokens_in(doc, s, e)})
        frame: list[int] = []
        verb_cue = cue
        if st.kind == "Reported":
            spans = [(st.content.start, st.content.end), *_cue_spans(st.cue)]
            if speaker is not None:
                spans.append((speaker.start, speaker.end))
            sentence = _sentence_of(doc, st.content.start)
            if all(sentence[0] <= s and e <= sentence[1] for s, e in spans):
                content = tokens_in(doc, min(s for s, _ in spans), max(e for _, e in spans))
                if cue:  # the whole sentence around the report, as far as no other statement's content reaches
                    whole = _clause_frame(doc, cue, claimed_by_others(st) - set(content), keep_final=True)
                    content = sorted(set(content) | set(whole))
            content = _extend_over_final_mark(doc, content)
            cue = []
        elif st.kind in ("FreeIndirect", "IndirectFreeIndirect"):
            content = _extend_over_final_mark(doc, content)
            cue = []
        else:
            if st.kind == "Direct":
                content = _extend_over_marks(doc, content)
            own = ([] if st.speaker is None else spk) + cue + _medium_span(doc, st)
            if cue:
                frame = _clause_frame(doc, cue, set(content) | claimed_by_others(st))
            elif own:
                lo, hi = min(own), max(own)
                frame = list(range(lo, hi + 1))
                for j in (lo - 1, hi + 1):  # an adjoining comma or colon belongs to the frame
                    if 0 <= j < len(doc.tokens) and doc.tokens[j].text in {",", ":"}:
                        frame.append(j)
        addressee = tokens_in(doc, st.addressee.start, st.addressee.end) if st.addressee else []
        parts = {"quote": content, "speaker": spk, "cue": cue, "frame": [i for i in frame if i not in set(content)],
                 "addressee": addressee}
        # a report with quoted words in it ('bezeichnete X als „…“') is annotated as those Direct quotes alone,
        # its cue theirs and the rest of the report their frame (train: 37 of 297 Reported quotes hold a mark)
        reported_mixed = st.kind == "Reported" and bool(st.content.quoted)
        topic_only = st.kind == "Reported" and st.cue is not None and st.cue.lemma in topic_report_lemmas()
        if not (reported_mixed or topic_only):
            out.append(_annotation(doc, parts, st.kind, corpus_medium(st), statement=st.id, stance=st.stance,
                                   cue_lemma=st.cue.lemma if st.cue else None, speaker_names=names))
        # the corpus annotates a mixed quote inside indirect speech as a Direct quote of its own
        for q in st.content.quoted:
            quote = _extend_over_marks(doc, tokens_in(doc, q.start, q.end))
            mixed = {"quote": quote, "speaker": spk, "cue": verb_cue if reported_mixed or st.kind != "Reported" else [],
                     "frame": [i for i in content if i not in set(quote) and doc.tokens[i].text not in _FINAL_MARKS] if reported_mixed else []}
            out.append(_annotation(doc, mixed, "Direct", corpus_medium(st), statement=st.id, stance=st.stance, mixed=st.kind,
                                   cue_lemma=st.cue.lemma if st.cue else None, speaker_names=names))
    return out


def record_from_gold(doc: CorpusDoc) -> Record:
    """A record holding the gold annotations of `doc` (what a perfect analysis would produce)."""
    tok = {t.id: t for t in doc.tokens}

    def span(ids: Sequence[int]) -> TextSpan | None:
        if not ids:
            return None
        s, e = tok[min(ids)].start, tok[max(ids)].end
        return TextSpan(text=doc.text[s:e], start=s, end=e)

    def runs(ids: Sequence[int]) -> list[TextSpan]:
        groups: list[list[int]] = []
        for i in sorted(ids):
            if groups and i == groups[-1][-1] + 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        return [sp for g in groups if (sp := span(g)) is not None]

    statements = []
    for n, ann in enumerate(doc.annotations):
        whole = span(ann["quote"]["tokenIds"])
        if whole is None:
            continue
        pieces = runs(ann["quote"]["tokenIds"])
        content = Content(**whole.model_dump(), parts=pieces if len(pieces) > 1 else [])
        sp = span(ann["speaker"]["tokenIds"])
        parts = runs(ann["cue"]["tokenIds"])
        cue = None
        if parts:
            text = " ... ".join(p.text for p in parts)
            cue = Cue(text=text, lemma=text.casefold(), start=parts[0].start, end=parts[-1].end, parts=parts)
        statements.append(Statement(
            id=f"g{n}", speaker=Speaker(**sp.model_dump()) if sp else None, cue=cue, content=content,
            kind=ann["type"], stance="assert", medium=ann.get("medium"),
        ))
    article = Article(id=article_id(doc.text), language="de", published=doc.published, text=doc.text)
    return Record(article=article, statements=statements)


# ----------------------------------------------------------------------------- metric


@dataclass
class Group:
    """One quotation: token-id sets per part, type and medium."""

    parts: dict[str, frozenset[int]]
    type: str | None
    medium: str | None
    source: dict[str, Any] = field(default_factory=dict)
    speaker_ref: GoldSpeaker | None = None  # gold quotations only: the entity the speaker mention refers to

    @classmethod
    def of(cls, ann: dict[str, Any]) -> Group:
        parts = {p: frozenset((ann.get(p) or {}).get("tokenIds", [])) for p in PARTS}
        return cls(parts, ann.get("type"), ann.get("medium"), ann)


EMPTY = Group({p: frozenset() for p in PARTS}, None, None)


def token_f1(a: Iterable[int], b: Iterable[int]) -> float:
    a, b = set(a), set(b)
    both = len(a & b)
    return 2 * both / (len(a) + len(b)) if both else 0.0


def quote_overlap(gold: frozenset[int], sys_: frozenset[int]) -> float:
    """Token F1 of two quotes computed as the corpus' `compute_overlap` does (2PR/(P+R)), so that the
    assignment sees bit-identical floats; empty quotes (which make that script divide by zero) give 0."""
    both = len(gold & sys_)
    if not both:
        return 0.0
    precision, recall = both / len(sys_), both / len(gold)
    return 2 * precision * recall / (precision + recall)


def assign_quotes(gold: Sequence[Group], sys_: Sequence[Group]) -> list[tuple[int, int]]:
    """The corpus' assignment: token F1 of quotes, + 0.01 same type, + 0.001 same medium (when overlapping),
    solved by SciPy's linear_sum_assignment (gold rows, predicted columns, maximised)."""
    if not gold or not sys_:
        return []
    from whosaid.evaluate.matching import max_assignment

    m = [[0.0] * len(sys_) for _ in gold]
    for i, g in enumerate(gold):
        for j, s in enumerate(sys_):
            overlap = quote_overlap(g.parts["quote"], s.parts["quote"])
            type_bonus = 0.01 if overlap > 0.0 and g.type == s.type else 0.0
            medium_bonus = 0.001 if overlap > 0.0 and g.medium == s.medium else 0.0
            m[i][j] = overlap + type_bonus + medium_bonus  # summed in this order, as the corpus' script does
    return max_assignment(m)


def _as_dict(c: PRF) -> dict[str, float]:
    return {"p": c.precision, "r": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


@dataclass
class Pair:
    gold: Group | None
    sys: Group | None
    doc: CorpusDoc | None = None

    @property
    def overlap(self) -> float:
        if self.gold is None or self.sys is None:
            return 0.0
        return token_f1(self.gold.parts["quote"], self.sys.parts["quote"])

    @property
    def matched(self) -> bool:
        return self.overlap >= MATCH_THRESHOLD


def pair_document(gold_anns: list[dict[str, Any]], sys_anns: list[dict[str, Any]],
                  doc: CorpusDoc | None = None, speakers: Sequence[GoldSpeaker] | None = None) -> list[Pair]:
    """Pairs as the corpus' evaluation forms them (assigned pairs, then unpaired predictions and gold);
    `speakers`, one per gold annotation, are the gold speaker entities (`gold_speakers`)."""
    gold = [Group.of(a) for a in gold_anns]
    for g, ref in zip(gold, speakers or ()):
        g.speaker_ref = ref
    sys_ = [Group.of(a) for a in sys_anns]
    pairs = [Pair(gold[g], sys_[s], doc) for g, s in assign_quotes(gold, sys_)]
    used_g = {id(p.gold) for p in pairs}
    used_s = {id(p.sys) for p in pairs}
    pairs += [Pair(None, s, doc) for s in sys_ if id(s) not in used_s]
    pairs += [Pair(g, None, doc) for g in gold if id(g) not in used_g]
    return pairs


def official_scores(pairs: Sequence[Pair]) -> dict[str, float]:
    """The corpus' scores: macro msg/roles/joint, micro form/stwr, and token-level micro scores."""
    macro_p: dict[str, list[float]] = {p: [] for p in PARTS}
    macro_r: dict[str, list[float]] = {p: [] for p in PARTS}
    micro = {p: PRF() for p in PARTS}
    form, stwr = PRF(), PRF()
    for pair in pairs:
        g, s = pair.gold or EMPTY, pair.sys or EMPTY
        for part in PARTS:
            tp = len(g.parts[part] & s.parts[part])
            fp = len(s.parts[part] - g.parts[part])
            fn = len(g.parts[part] - s.parts[part])
            micro[part].tp += tp
            micro[part].fp += fp
            micro[part].fn += fn
            if tp + fp:
                macro_p[part].append(tp / (tp + fp))
            if tp + fn:
                macro_r[part].append(tp / (tp + fn))
        for counter, gv, sv in ((form, g.type, s.type), (stwr, g.medium, s.medium)):
            if gv == sv and gv is not None:
                counter.tp += 1
            else:
                counter.fp += sv is not None
                counter.fn += gv is not None
    out: dict[str, float] = {}
    for name, parts in (("msg", ("quote",)), ("roles", ROLES), ("joint", PARTS)):
        p = _mean([x for part in parts for x in macro_p[part]])
        r = _mean([x for part in parts for x in macro_r[part]])
        out |= {f"prec_{name}": p, f"rec_{name}": r, f"f1_{name}": f1(p, r)}
        pooled = PRF(*(sum(getattr(micro[part], k) for part in parts) for k in ("tp", "fp", "fn")))
        out |= {f"micro_prec_{name}": pooled.precision, f"micro_rec_{name}": pooled.recall, f"micro_f1_{name}": pooled.f1}
    for name, c in (("form", form), ("stwr", stwr)):
        out |= {f"prec_{name}": c.precision, f"rec_{name}": c.recall, f"f1_{name}": c.f1}
    return out


def _role_ok(g: frozenset[int], s: frozenset[int], lenient: bool) -> bool:
    return token_f1(g, s) >= MATCH_THRESHOLD if lenient else g == s


def count_scores(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Count-based scores: quotes (exact, overlap), roles (exact, lenient), joint, attribution, per type."""
    quote = {"exact": PRF(), "overlap": PRF()}
    roles = {(r, v): PRF() for r in ROLES for v in ("exact", "lenient")}
    joint = {(n, v): PRF() for n in ("joint", "attribution") for v in ("exact", "lenient")}
    typed = {t: PRF() for t in TYPES}
    found = {t: PRF() for t in TYPES}
    for pair in pairs:
        g, s, ok = pair.gold, pair.sys, pair.matched
        for variant, hit in (("exact", g is not None and s is not None and g.parts["quote"] == s.parts["quote"]),
                             ("overlap", ok)):
            quote[variant].tp += hit
            quote[variant].fp += s is not None and not hit
            quote[variant].fn += g is not None and not hit
        for variant in ("exact", "lenient"):
            for role in ROLES:
                gr = g.parts[role] if g else frozenset()
                sr = s.parts[role] if s else frozenset()
                hit = ok and bool(gr) and bool(sr) and _role_ok(gr, sr, variant == "lenient")
                roles[(role, variant)].tp += hit
                roles[(role, variant)].fp += bool(sr) and not hit
                roles[(role, variant)].fn += bool(gr) and not hit
            for name, names in (("joint", ROLES), ("attribution", ("speaker", "cue"))):
                hit = ok and all(_role_ok(g.parts[r], s.parts[r], variant == "lenient")  # type: ignore[union-attr]
                                 for r in names if g.parts[r] or s.parts[r])  # type: ignore[union-attr]
                if variant == "exact":
                    hit = hit and g.parts["quote"] == s.parts["quote"]  # type: ignore[union-attr]
                joint[(name, variant)].tp += hit
                joint[(name, variant)].fp += s is not None and not hit
                joint[(name, variant)].fn += g is not None and not hit
        hit_typed = ok and g.type == s.type  # type: ignore[union-attr]
        if s is not None and s.type in typed:
            typed[s.type].tp += hit_typed
            typed[s.type].fp += not hit_typed
        if g is not None and g.type in typed:
            typed[g.type].fn += not hit_typed
            found[g.type].tp += ok
            found[g.type].fn += not ok
    return {
        "quote": {k: _as_dict(v) for k, v in quote.items()},
        "roles": {f"{r}_{v}": _as_dict(c) for (r, v), c in roles.items()},
        "joint": {f"{n}_{v}": _as_dict(c) for (n, v), c in joint.items()},
        "types": {t: {**_as_dict(typed[t]), "found_recall": found[t].recall, "gold": found[t].tp + found[t].fn}
                  for t in TYPES},
    }


# ----------------------------------------------------------------------------- speaker entities

# STTS tags of a speaker mention's first token that make it refer back: personal, demonstrative, relative and
# possessive pronouns ('er', 'diese', 'seiner Meinung'), pronominal and relative adverbs ('demnach', 'wonach')
ANAPHORIC_TAGS = frozenset({"PPER", "PDS", "PRELS", "PPOSAT", "PROAV", "PWAV"})
NAME_TAG = "NE"
_PLACE_PREPOSITIONS = {"in", "im", "aus"}
# articles an antecedent cannot start with for this pronoun ('er' does not take up 'die Partei')
_GENDER_CLASH = {"er": {"die", "eine"}, "sie": {"der", "ein"}}


@dataclass(frozen=True)
class GoldSpeaker:
    """The entity a gold speaker mention refers to, as normalised name words.

    kind: "name" (the mention holds a proper name), "anaphor" (a pronoun, resolved to the nearest preceding
    named gold speaker mention when there is one), "description" (no name: 'die Polizei', 'Augenzeugen').
    `names` is empty where the entity is unknown (descriptions, anaphors without antecedent)."""

    kind: str
    names: frozenset[str] = frozenset()
    antecedent: str | None = None


def name_word(text: str) -> str:
    """A word compared across gold and prediction: casefolded, without surrounding punctuation."""
    return text.strip(".,;:!?()[]\"'„“”‚‘’«»‹›").casefold()


def corpus_token_tags(doc: CorpusDoc, nlp: Any = None) -> list[str]:
    """An STTS tag per corpus token (by id), from the shipped pipeline's tagger; a token that shares a
    character with a proper-noun token is NE."""
    if nlp is None:
        from whosaid.pipeline import load_pipeline  # lazily: the scorer itself needs no model

        nlp = load_pipeline("de")
    keep = {"tok2vec", "tagger", "attribute_ruler"}
    tagged = nlp(doc.text, disable=[name for name in nlp.pipe_names if name not in keep])
    at = [-1] * (len(doc.text) + 1)
    for t in tagged:
        for c in range(t.idx, t.idx + len(t.text)):
            at[c] = t.i
    tags = []
    for tok in doc.tokens:
        found = [tagged[i].tag_ for i in sorted({at[c] for c in range(tok.start, tok.end)} - {-1})]
        tags.append(NAME_TAG if NAME_TAG in found else (found[0] if found else ""))
    return tags


def _name_tokens(doc: CorpusDoc, ids: Sequence[int], tags: Sequence[str]) -> list[int]:
    """Proper-noun tokens of a mention, each run extended over the capitalised words right after it: the
    tagger often reads a surname that is also a noun as one ('Thomas Steg', 'Dirk Lorenzen'). A run right
    after 'in', 'im' or 'aus' names a place the speaker is in, not the speaker ('die Polizei in Anklam')."""
    out: list[int] = []
    run: list[int] = []
    for i in [*ids, -1]:
        if i >= 0 and (tags[i] == NAME_TAG or (run and run[-1] == i - 1 and doc.tokens[i].text[:1].isupper())):
            run.append(i)
            continue
        if run and not (run[0] > 0 and doc.tokens[run[0] - 1].text.casefold() in _PLACE_PREPOSITIONS):
            out += run
        run = []
    return out


def _refers_back(doc: CorpusDoc, ids: Sequence[int], tags: Sequence[str]) -> bool:
    """A pronoun ('er', 'diese', 'demnach', a lone 'der'), or a possessive with a source noun ('seiner Meinung');
    a possessive with a role noun names someone else ('sein Anwalt')."""
    if len(ids) == 1 and tags[ids[0]] == "ART":
        return True
    if tags[ids[0]] not in ANAPHORIC_TAGS:
        return False
    if tags[ids[0]] == "PPOSAT":
        from whosaid.lang import load_language

        roles = load_language("de").role_nouns
        return not any(doc.tokens[i].text in roles for i in ids[1:])
    return True


def gold_speakers(doc: CorpusDoc, tags: Sequence[str]) -> list[GoldSpeaker | None]:
    """The entity each gold annotation's speaker refers to (None where the quote has no speaker); see the
    module docstring."""
    out: list[GoldSpeaker | None] = []
    named: list[tuple[int, GoldSpeaker, str]] = []  # (first token id, speaker, mention text)
    anaphors: list[tuple[int, int]] = []  # (index in out, first token id)
    for ann in doc.annotations:
        ids = sorted((ann.get("speaker") or {}).get("tokenIds", []))
        if not ids:
            out.append(None)
            continue
        names = frozenset(w for i in _name_tokens(doc, ids, tags) if (w := name_word(doc.tokens[i].text)))
        if names:
            out.append(GoldSpeaker("name", names))
            named.append((ids[0], out[-1], " ".join(doc.tokens[i].text for i in ids)))
        elif _refers_back(doc, ids, tags):
            anaphors.append((len(out), ids[0]))
            out.append(GoldSpeaker("anaphor"))
        else:
            out.append(GoldSpeaker("description"))
    for index, first in anaphors:
        clash = _GENDER_CLASH.get(doc.tokens[first].text.casefold(), set())
        before = [m for m in named if m[0] < first and doc.tokens[m[0]].text.casefold() not in clash]
        if before:
            _, antecedent, text = max(before, key=lambda m: m[0])
            out[index] = GoldSpeaker("anaphor", antecedent.names, text)
    return out


def system_surnames(names: Sequence[str]) -> frozenset[str]:
    """Last words of the predicted entity's canonical name (first) and capitalised aliases ('Angela Merkel',
    'Merkel' -> {'merkel'}); lower-case aliases are pronouns the entity was resolved from ('er')."""
    kept = [n for k, n in enumerate(names) if n.strip() and (k == 0 or n.strip()[0].isupper())]
    return frozenset(w for n in kept if (w := name_word(n.split()[-1])))


def speaker_entity_right(gold: GoldSpeaker, names: Sequence[str]) -> bool:
    """A predicted surname is one of the gold entity's name words, either in the genitive ('Merkels')."""
    return any(s in gold.names or s + "s" in gold.names or (s.endswith("s") and s[:-1] in gold.names)
               for s in system_surnames(names))


def speaker_entity_scores(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Speaker entity P/R/F1 on matched quotes whose gold speaker refers to a named entity (module docstring)."""
    kinds = ("name", "anaphor")
    seen = {k: {"gold": 0, "matched": 0, "answered": 0, "correct": 0} for k in kinds}
    unknown = {"anaphor": 0, "description": 0}
    for pair in pairs:
        ref = pair.gold.speaker_ref if pair.gold is not None else None
        if ref is None:
            continue
        if not ref.names:
            unknown[ref.kind] += 1
            continue
        row = seen[ref.kind]
        row["gold"] += 1
        if not pair.matched:
            continue
        names = pair.sys.source.get("speaker_names") or []  # type: ignore[union-attr]
        row["matched"] += 1
        row["answered"] += bool(system_surnames(names))
        row["correct"] += speaker_entity_right(ref, names)

    def scores(c: dict[str, int]) -> dict[str, float]:
        p = c["correct"] / c["answered"] if c["answered"] else 0.0
        r = c["correct"] / c["matched"] if c["matched"] else 0.0
        return {**c, "p": p, "r": r, "f1": f1(p, r), "end_to_end_recall": c["correct"] / c["gold"] if c["gold"] else 0.0}

    total = {k: sum(seen[kind][k] for kind in kinds) for k in ("gold", "matched", "answered", "correct")}
    return {"all": scores(total), **{k: scores(seen[k]) for k in kinds},
            "unresolved_anaphors": unknown["anaphor"], "descriptions": unknown["description"]}


# ----------------------------------------------------------------------------- stance


@cache
def cue_stances() -> dict[str, dict[str, Any]]:
    """Cue lemma -> {"stance": ..., "forms": [...]} from data/cue_stance_de.json."""
    text = resources.files("whosaid.evaluate").joinpath("data/cue_stance_de.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def expected_stance(cue_text: str) -> str | None:
    """The stance a gold cue conveys, when it is one of the lexicon's non-assert cues.

    A form matches when its words occur in the cue in order, a word ending in * as a prefix
    ('wies* zurück' matches 'wies die Vorwürfe zurück'; 'bestritt*' matches 'bestritten').
    """
    words = cue_text.casefold().split()
    for entry in cue_stances().values():
        for form in entry["forms"]:
            need, i = form.casefold().split(), 0
            for w in words:
                if i < len(need) and (w.startswith(need[i][:-1]) if need[i].endswith("*") else w == need[i]):
                    i += 1
            if i == len(need):
                return entry["stance"]
    return None


def stance_scores(pairs: Sequence[Pair]) -> dict[str, float]:
    """Accuracy of the predicted stance on gold quotes whose cue has a non-assert stance in the lexicon."""
    total = matched = correct = 0
    for pair in pairs:
        if pair.gold is None:
            continue
        want = expected_stance(pair.gold.source.get("cue", {}).get("text", ""))
        if want is None:
            continue
        total += 1
        if pair.matched:
            matched += 1
            correct += pair.sys.source.get("stance") == want  # type: ignore[union-attr]
    return {"gold": total, "matched": matched, "correct": correct,
            "accuracy_on_matched": correct / matched if matched else 0.0,
            "accuracy_on_gold": correct / total if total else 0.0}


# ----------------------------------------------------------------------------- corpus runs


@dataclass
class CorpusScore:
    docs: int
    official: dict[str, float]
    counts: dict[str, Any]
    stance: dict[str, float]
    speaker_entity: dict[str, Any] = field(default_factory=dict)

    def flat(self) -> dict[str, float]:
        """The headline numbers under the names floors.json uses."""
        return {
            "quote_f1": self.official["f1_msg"],
            "roles_f1": self.official["f1_roles"],
            "joint_f1": self.official["f1_joint"],
            "type_f1": self.official["f1_form"],
            "medium_f1": self.official["f1_stwr"],
            "quote_overlap_f1": self.counts["quote"]["overlap"]["f1"],
            "quote_exact_f1": self.counts["quote"]["exact"]["f1"],
            "joint_lenient_f1": self.counts["joint"]["joint_lenient"]["f1"],
            "attribution_lenient_f1": self.counts["joint"]["attribution_lenient"]["f1"],
            "stance_accuracy": self.stance["accuracy_on_matched"],
            "speaker_entity_f1": self.speaker_entity.get("all", {}).get("f1", 0.0),
            # conditional on matched quotes, the F1 above can drop when more quotes are found; this share of all
            # gold speakers that are named and resolved right cannot
            "speaker_entity_e2e_recall": self.speaker_entity.get("all", {}).get("end_to_end_recall", 0.0),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "headline": self.flat(), "official": self.official, "counts": self.counts,
                "stance": self.stance, "speaker_entity": self.speaker_entity}


def score_pairs(pairs: Sequence[Pair], docs: int) -> CorpusScore:
    return CorpusScore(docs, official_scores(pairs), count_scores(pairs), stance_scores(pairs),
                       speaker_entity_scores(pairs))


def evaluate(predictions: Iterable[tuple[CorpusDoc, list[dict[str, Any]]]],
             nlp: Any = None) -> tuple[CorpusScore, list[Pair]]:
    """Score exported predictions against their documents' gold annotations; `nlp` tags the gold speaker
    mentions for the speaker entity score (default: the shipped German pipeline)."""
    pairs: list[Pair] = []
    n = 0
    for doc, anns in predictions:
        pairs += pair_document(doc.annotations, anns, doc, gold_speakers(doc, corpus_token_tags(doc, nlp)))
        n += 1
    return score_pairs(pairs, n), pairs


def analyze_split(docs: Sequence[CorpusDoc]) -> Iterable[tuple[CorpusDoc, list[dict[str, Any]]]]:
    """Run `whosaid.analyze` over the documents and export each record."""
    from whosaid import analyze  # lazily: the analysis is heavy and may not be importable everywhere

    for doc in docs:
        yield doc, export(analyze(doc.text, published=doc.published, lang="de"), doc)


# ----------------------------------------------------------------------------- floors (the gate)


def floors_path() -> Path:
    return Path(str(resources.files("whosaid.evaluate").joinpath("data/floors.json")))


def load_floors(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or floors_path()).read_text(encoding="utf-8"))


def check_floors(results: dict[str, float], split: str, floors: dict[str, Any] | None = None) -> list[str]:
    """The headline numbers below their floor for this split, in words; empty when the gate passes."""
    floors = load_floors() if floors is None else floors
    wanted = floors.get(CORPUS, {}).get(split, {})
    return [f"{name}: {results.get(name, 0.0):.4f} below floor {floor:.4f}"
            for name, floor in sorted(wanted.items()) if results.get(name, 0.0) + 1e-9 < floor]


def update_floors(results: dict[str, float], split: str, path: Path | None = None,
                  allow_lower: bool = False) -> dict[str, Any]:
    """Set the split's floors to the measured numbers; a floor is only lowered with allow_lower=True."""
    path = path or floors_path()
    floors = load_floors(path)
    split_floors = floors.setdefault(CORPUS, {}).setdefault(split, {})
    for name, floor in list(split_floors.items()):
        value = round(results.get(name, 0.0), 4)
        if value < floor and not allow_lower:
            raise ValueError(f"{name} would drop from {floor} to {value}; pass allow_lower=True (--allow-lower)")
        split_floors[name] = value
    path.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return floors


# ----------------------------------------------------------------------------- reports


def format_scores(score: CorpusScore) -> str:
    o, c = score.official, score.counts
    lines = [f"documents: {score.docs}", "", "corpus metric (Petersen-Frey & Biemann; macro over pairs)",
             f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}   {'micro P':>8}{'micro R':>8}{'micro F1':>9}"]
    for name, label in (("msg", "quote"), ("roles", "roles"), ("joint", "joint")):
        lines.append(f"{label:<12}{o[f'prec_{name}']:>7.3f}{o[f'rec_{name}']:>7.3f}{o[f'f1_{name}']:>7.3f}   "
                     f"{o[f'micro_prec_{name}']:>8.3f}{o[f'micro_rec_{name}']:>8.3f}{o[f'micro_f1_{name}']:>9.3f}")
    for name, label in (("form", "type"), ("stwr", "medium")):
        lines.append(f"{label:<12}{o[f'prec_{name}']:>7.3f}{o[f'rec_{name}']:>7.3f}{o[f'f1_{name}']:>7.3f}")

    def row(label: str, d: dict[str, float]) -> str:
        return f"{label:<24}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{int(d['tp']):>6}{int(d['fp']):>6}{int(d['fn']):>6}"

    lines += ["", "counts (quote match: token F1 >= 0.5)",
              f"{'':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    lines += [row(f"quote {k}", v) for k, v in c["quote"].items()]
    lines += [row(k, v) for k, v in c["roles"].items()]
    lines += [row(k, v) for k, v in c["joint"].items()]
    lines += ["", f"{'type (typed match)':<24}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'found':>7}"]
    for t, d in c["types"].items():
        lines.append(f"{t:<24}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{int(d['gold']):>6}{d['found_recall']:>7.3f}")
    s = score.stance
    lines += ["", f"stance on non-assert cues: {s['correct']}/{s['matched']} matched correct "
                  f"({s['accuracy_on_matched']:.3f}); {s['gold']} such gold quotes"]
    e = score.speaker_entity
    if e:
        lines += ["", "speaker entity (matched quotes whose gold speaker refers to a named entity; surname match)",
                  f"{'':<24}{'P':>7}{'R':>7}{'F1':>7}{'right':>7}{'named':>7}{'scored':>7}{'gold':>6}{'e2e R':>7}"]
        for k, label in (("all", "all"), ("name", "gold mention is a name"), ("anaphor", "gold pronoun, resolved")):
            d = e[k]
            lines.append(f"{label:<24}{d['p']:>7.3f}{d['r']:>7.3f}{d['f1']:>7.3f}{d['correct']:>7}{d['answered']:>7}"
                         f"{d['matched']:>7}{d['gold']:>6}{d['end_to_end_recall']:>7.3f}")
        lines.append(f"not scored: {e['descriptions']} gold speakers without a name, "
                     f"{e['unresolved_anaphors']} pronouns without a named antecedent")
    return "\n".join(lines)


def _context(doc: CorpusDoc, ids: Iterable[int], width: int = 80) -> str:
    ids = sorted(ids)
    if not ids:
        return ""
    s, e = doc.tokens[ids[0]].start, doc.tokens[ids[-1]].end
    left = doc.text[max(0, s - width):s]
    right = doc.text[e:e + width]
    return " ".join(f"…{left}[[{doc.text[s:e]}]]{right}…".split())


def sample_errors(pairs: Sequence[Pair], n: int, seed: int = 0) -> str:
    """Up to n missed and n false quotes (unmatched at token F1 >= 0.5), with context."""
    rng = random.Random(seed)
    missed = [p for p in pairs if p.gold is not None and not p.matched]
    false = [p for p in pairs if p.sys is not None and not p.matched]
    lines = []
    for label, items, side in (("missed", missed, "gold"), ("false", false, "sys")):
        lines.append(f"{label} quotes: {len(items)} (showing {min(n, len(items))})")
        for p in rng.sample(items, min(n, len(items))):
            g: Group = getattr(p, side)
            doc_name = p.doc.name if p.doc else "?"
            lines.append(f"- [{doc_name}] {g.type}/{g.medium}: {_context(p.doc, g.parts['quote']) if p.doc else ''}")
            src = g.source
            lines.append(f"    speaker={src.get('speaker', {}).get('text', '')!r} cue={src.get('cue', {}).get('text', '')!r}"
                         + (f" overlap={p.overlap:.2f} with {'prediction' if side == 'gold' else 'gold'}"
                            if p.gold and p.sys else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whosaid.evaluate.wikinews", description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--split", choices=("train", "dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="show N sampled missed and N false quotes")
    parser.add_argument("--json", type=Path, default=None, help="write the numbers to this file")
    parser.add_argument("--gold", action="store_true", help="score the gold itself, exported through a record")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a headline number is below its floor")
    parser.add_argument("--update-floors", action="store_true", help="set the floors to the measured numbers")
    parser.add_argument("--allow-lower", action="store_true", help="allow --update-floors to lower a floor")
    args = parser.parse_args(argv)

    docs = load_split(args.shared, args.split)[: args.limit]
    if args.gold:
        predictions: Iterable[tuple[CorpusDoc, list[dict[str, Any]]]] = ((d, export(record_from_gold(d), d)) for d in docs)
    else:
        predictions = analyze_split(docs)
    try:
        score, pairs = evaluate(predictions)
    except ImportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(format_scores(score))
    if args.errors:
        print()
        print(sample_errors(pairs, args.errors))
    if args.json:
        args.json.write_text(json.dumps({"split": args.split, **score.to_dict()}, indent=2) + "\n", encoding="utf-8")
    if args.update_floors:
        update_floors(score.flat(), args.split, allow_lower=args.allow_lower)
    if args.gate:
        below = check_floors(score.flat(), args.split)
        for line in below:
            print(f"GATE: {line}", file=sys.stderr)
        return 1 if below else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
