"""Score a whosaid record against a hand-made gold file (format of samples/*.gold.json).

Gold carries strings, not offsets. Gold statements are matched one-to-one to predicted statements by
the token overlap (Dice over case-folded word tokens, quote characters and whitespace normalised) of
their contents, with an optimal assignment (Hungarian; ties broken by cue lemma, kind and speaker).
A pair counts as a match when its overlap is >= MATCH_THRESHOLD. Then, per matched statement, every
annotated attribute is compared; `GoldScore.failures` lists each difference in words
("s6: stance deny expected, got assert").

Conventions (stated once, here):
- optional gold items (``"optional": true``) may be found or missed: a found optional item is left out
  of the counts (neither TP nor FP), a missed one is no FN; differences on it are non-required failures. A
  predicted contradiction with an optional statement on either side (a headline's "X dementiert Bericht") is
  left out of the counts likewise.
- a gold attribute that is absent or null means "none": medium, time, via, continues and refers_to are
  then expected to be None in the prediction.
- spurious predicted statements, times and contradictions are required failures (the gold file is an
  exhaustive annotation of those); spurious entities only lower entity precision (named entities in
  the gold file are the ones that matter for the article, not every name).
- a gold entity's canonical name is checked case-insensitively, as a non-required failure.
- strict counts (`GoldScore.strict`): a required gold statement counts as found only when it is matched and
  every one of the named attributes is right; a matched statement with a wrong attribute is then both a false
  positive and a false negative. `FULL_STATEMENT` (speaker entity, cue, kind, stance, besides the content the
  match rests on) gives the full-statement F1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from whosaid.evaluate.counts import PRF
from whosaid.record import Record, Statement

MATCH_THRESHOLD = 0.5

_QUOTES = "\"'„“”‚‘’«»‹›`´"
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTES)}]")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ARTICLES = {
    "der", "die", "das", "den", "dem", "des",
    "ein", "eine", "einer", "eines", "einem", "einen",
    "the", "a", "an",
}
# function words stripped from the edges of time expressions before their texts are compared
_TIME_EDGE = _ARTICLES | {"am", "an", "auf", "im", "in", "um", "vom", "von", "zum", "zur", "ab", "bis", "seit",
                          "vor", "nach", "on", "at", "by", "since", "until"}


# ----------------------------------------------------------------------------- score containers


@dataclass
class Counts(PRF):
    """True positives, false positives and false negatives of one section; an empty section scores 1.0."""

    empty: ClassVar[float] = 1.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)


@dataclass
class Failure:
    """One difference between gold and prediction."""

    item: str  # gold id ("s6"), "time 'am Mittwoch'", "entity 'IS'", "contradiction s5->s6", predicted id
    field: str  # "statement", "stance", "speaker", "value", ...
    expected: str
    got: str
    required: bool = True

    def __str__(self) -> str:
        tail = "" if self.required else " (optional)"
        if self.field in _ITEM_FIELDS:
            return f"{self.item}: {self.expected}; {self.got}{tail}"
        return f"{self.item}: {self.field} {self.expected} expected, got {self.got}{tail}"


_ITEM_FIELDS = {"statement", "time expression", "entity", "contradiction"}  # whole items, not attributes

ATTRIBUTES = ("speaker", "cue", "kind", "stance", "medium", "time", "via", "continues", "refers_to")
FULL_STATEMENT = ("speaker", "cue", "kind", "stance")


@dataclass
class GoldScore:
    statements: Counts = field(default_factory=Counts)
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {a: Accuracy() for a in ATTRIBUTES})
    times: Counts = field(default_factory=Counts)
    time_values: Accuracy = field(default_factory=Accuracy)
    entities: Counts = field(default_factory=Counts)
    entity_names: Accuracy = field(default_factory=Accuracy)
    contradictions: Counts = field(default_factory=Counts)
    failures: list[Failure] = field(default_factory=list)
    alignment: dict[str, str] = field(default_factory=dict)  # gold statement id -> predicted id
    # per matched required gold statement: attribute -> right?
    checked: dict[str, dict[str, bool]] = field(default_factory=dict)

    def strict(self, attributes: Iterable[str] = FULL_STATEMENT) -> Counts:
        """Statement counts where a matched statement is right only if all of `attributes` are right too."""
        attributes = tuple(attributes)
        wrong = sum(1 for ok in self.checked.values() if not all(ok[a] for a in attributes))
        c = self.statements
        return Counts(tp=c.tp - wrong, fp=c.fp + wrong, fn=c.fn + wrong)

    @property
    def required_failures(self) -> list[Failure]:
        return [f for f in self.failures if f.required]

    @property
    def passed(self) -> bool:
        return not self.required_failures

    def to_dict(self) -> dict[str, Any]:
        def prf(c: Counts) -> dict[str, float]:
            return {**asdict(c), "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {
            "statements": prf(self.statements),
            "full_statements": prf(self.strict()),
            "attributes": {k: {**asdict(v), "accuracy": v.value} for k, v in self.attributes.items()},
            "times": prf(self.times),
            "time_values": {**asdict(self.time_values), "accuracy": self.time_values.value},
            "entities": prf(self.entities),
            "entity_names": {**asdict(self.entity_names), "accuracy": self.entity_names.value},
            "contradictions": prf(self.contradictions),
            "alignment": self.alignment,
            "failures": [str(f) for f in self.failures],
            "passed": self.passed,
        }


# ----------------------------------------------------------------------------- normalisation


def content_tokens(text: str) -> list[str]:
    """Case-folded word tokens of a content string, quote characters and whitespace ignored."""
    return _WORD_RE.findall(_QUOTE_RE.sub(" ", text).casefold())


def token_overlap(a: str, b: str) -> float:
    """Dice coefficient of the two strings' token multisets (1.0 = same tokens)."""
    ta, tb = Counter(content_tokens(a)), Counter(content_tokens(b))
    total = sum(ta.values()) + sum(tb.values())
    return 2 * sum((ta & tb).values()) / total if total else 0.0


# a preposition the cue governs ("sprach von", "verwies auf") is no part of its lemma: gold files write either
GOVERNED_PREPOSITIONS = frozenset({"von", "auf", "mit", "über", "für", "zu", "an", "vor", "gegen", "um",
                                   "of", "to", "on", "about", "for"})


def cue_key(lemma: str | None) -> str:
    """The cue lemma as compared: "sprechen von" and "sprechen" are one cue."""
    words = norm_name(lemma).split()
    while len(words) > 1 and words[-1] in GOVERNED_PREPOSITIONS:
        words = words[:-1]
    return " ".join(words)


def norm_name(text: str | None) -> str:
    """Case-folded name without quote characters, a leading article or surplus whitespace."""
    if not text:
        return ""
    words = _QUOTE_RE.sub(" ", text).casefold().split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words).strip(" .,;:")


_INFLECTION = re.compile(r"(?<=\w{3})(?:em|en|er|es|e)$")


def speaker_key(text: str | None) -> str:
    """`norm_name` with German adjective endings folded, so that the strong and the weak form of an unnamed
    institution ("kirgisischer Grenzschutz", "kirgisische Grenzschutz") name the same speaker: which one a gold
    writer uses after dropping the article is a convention, not a different answer."""
    return " ".join(_INFLECTION.sub("", w) for w in norm_name(text).split())


def _norm_time(text: str) -> list[str]:
    words = content_tokens(text)
    while len(words) > 1 and words[0] in _TIME_EDGE:
        words = words[1:]
    return words


def time_text_match(gold: str, pred: str) -> bool:
    """Same time expression: equal after dropping leading prepositions/articles, or one inside the other."""
    g, p = _norm_time(gold), _norm_time(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    inside = any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))
    return inside and 2 * len(short) / (len(g) + len(p)) >= MATCH_THRESHOLD


def medium_match(gold: str, pred: str) -> bool:
    """Tolerant of articles, prepositions, inflection ('gemeinsame Erklärung' ~ 'einer gemeinsamen Erklärung')."""
    from rapidfuzz import fuzz

    g, p = " ".join(_norm_time(gold)), " ".join(_norm_time(pred))
    if not g or not p:
        return False
    return g == p or g in p or p in g or fuzz.ratio(g, p) >= 85


# ----------------------------------------------------------------------------- assignment


def assign(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Optimal one-to-one assignment maximising the summed score; pairs with score <= 0 are dropped."""
    if not scores or not scores[0]:
        return []
    from whosaid.evaluate.matching import max_assignment

    return [(r, c) for r, c in max_assignment(scores) if scores[r][c] > 0]


# ----------------------------------------------------------------------------- scoring


def _fmt(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, (list, tuple)):
        return "|".join(str(v) for v in value) or "none"
    return str(value)


class _Scorer:
    def __init__(self, record: Record, gold: dict[str, Any]):
        self.record = record
        self.gold = gold
        self.score = GoldScore()
        self.preds = {s.id: s for s in record.statements}
        self.entities = {e.id: e for e in record.entities}
        self.times = {t.id: t for t in record.times}
        self.g2p: dict[str, str] = {}
        self.p2g: dict[str, str] = {}
        self.optional = {s["id"] for s in gold.get("statements", []) if s.get("optional")}

    def fail(self, item: str, field_: str, expected: Any, got: Any, required: bool = True) -> None:
        self.score.failures.append(Failure(item, field_, _fmt(expected), _fmt(got), required))

    # statements -------------------------------------------------------------------------

    def _speaker_names(self, pred: Statement) -> list[str]:
        seen: set[str] = set()
        node: Statement | None = pred
        while node is not None and node.id not in seen:  # a continuation inherits its speaker
            seen.add(node.id)
            if node.speaker is not None:
                sp = node.speaker
                names = [sp.resolved] if sp.resolved else []
                ent = self.entities.get(sp.entity) if sp.entity else None
                if ent is not None:
                    names += [ent.name, *ent.aliases]
                if not names:
                    names = [sp.text]
                return [n for n in names if n]
            node = self.preds.get(node.continues) if node.continues else None
        return []

    def _pair_score(self, g: dict[str, Any], p: Statement) -> float:
        overlap = token_overlap(g.get("content") or "", content_text(p))
        if overlap < MATCH_THRESHOLD:
            return 0.0
        bonus = 0.0
        lemma = p.cue.lemma if p.cue else None
        if cue_key(g.get("cue_lemma")) == cue_key(lemma):
            bonus += 0.01
        if g.get("kind") == p.kind:
            bonus += 0.005
        gold_speaker = speaker_key(g.get("speaker_entity"))
        if gold_speaker and gold_speaker in {speaker_key(n) for n in self._speaker_names(p)}:
            bonus += 0.002
        return overlap + bonus

    def match_statements(self) -> None:
        golds = self.gold.get("statements", [])
        preds = self.record.statements
        pairs = assign([[self._pair_score(g, p) for p in preds] for g in golds])
        for gi, pi in pairs:
            self.g2p[golds[gi]["id"]] = preds[pi].id
            self.p2g[preds[pi].id] = golds[gi]["id"]
        self.score.alignment = dict(self.g2p)
        counts = self.score.statements
        for g in golds:
            gid, required = g["id"], not g.get("optional")
            if gid in self.g2p:
                counts.tp += int(required)
            elif required:
                counts.fn += 1
                self.fail(gid, "statement", f"statement not found (content '{_short(g.get('content'))}')", "missing")
        for p in preds:
            if p.id not in self.p2g:
                counts.fp += 1
                self.fail(p.id, "statement", f"unexpected statement (content '{_short(content_text(p))}')", "spurious")

    def _mapped(self, gold_id: str | None) -> str | None:
        return self.g2p.get(gold_id) if gold_id else None

    def _check_link(self, gold_target: str | None, pred_target: str | None) -> bool:
        """via/continues/refers_to: the predicted link must point at the statement matched to gold's target."""
        if gold_target is None:
            return pred_target is None
        expected = self._mapped(gold_target)
        if expected is None:  # gold's target was not found
            unverifiable = gold_target in self.optional
            return pred_target is None or (unverifiable and pred_target not in self.p2g)
        return pred_target == expected

    def compare_attributes(self) -> None:
        for g in self.gold.get("statements", []):
            gid = g["id"]
            if gid not in self.g2p:
                continue
            p = self.preds[self.g2p[gid]]
            required = gid not in self.optional
            checks: list[tuple[str, bool, Any, Any]] = []

            gold_speaker = g.get("speaker_entity")
            names = self._speaker_names(p)
            ok = speaker_key(gold_speaker) in {speaker_key(n) for n in names} if gold_speaker else not names
            checks.append(("speaker", ok, gold_speaker, names[0] if names else None))

            lemma = p.cue.lemma if p.cue else None
            checks.append(("cue", cue_key(g.get("cue_lemma")) == cue_key(lemma), g.get("cue_lemma"), lemma))
            checks.append(("kind", g.get("kind") == p.kind, g.get("kind"), p.kind))
            stances = g.get("stance") or ["assert"]
            stances = [stances] if isinstance(stances, str) else stances
            checks.append(("stance", p.stance in stances, stances, p.stance))

            gm = g.get("medium")
            ok = medium_match(gm, p.medium) if gm and p.medium else not gm and not p.medium
            checks.append(("medium", ok, gm, p.medium))

            gt = g.get("time")
            pt = self.times.get(p.time) if p.time else None
            pt_text = pt.text if pt else (p.time and f"<unknown time id {p.time}>")
            ok = time_text_match(gt, pt.text) if gt and pt else not gt and not p.time
            checks.append(("time", ok, gt, pt_text))

            for link in ("via", "continues", "refers_to"):
                gold_target, pred_target = g.get(link), getattr(p, link)
                ok = self._check_link(gold_target, pred_target)
                got = self.p2g.get(pred_target, pred_target) if pred_target else None
                if got and pred_target not in self.p2g:
                    got = f"{pred_target} (unmatched)"
                checks.append((link, ok, gold_target, got))

            if required:
                self.score.checked[gid] = {name: ok for name, ok, _, _ in checks}
            for name, ok, expected, got in checks:
                if required:
                    self.score.attributes[name].add(ok)
                if not ok:
                    self.fail(gid, name, expected, got, required)

    # times ------------------------------------------------------------------------------

    def score_times(self) -> None:
        golds = self.gold.get("times", [])
        preds = self.record.times

        def pair(g: dict[str, Any], t: Any) -> float:
            if not time_text_match(g["text"], t.text):
                return 0.0
            exact = _norm_time(g["text"]) == _norm_time(t.text)
            return 1.0 + 0.5 * exact + 0.01 * (g.get("value") == t.value)

        matched = {gi: pi for gi, pi in assign([[pair(g, t) for t in preds] for g in golds])}
        used = set(matched.values())
        for gi, g in enumerate(golds):
            item, required = f"time '{g['text']}'", not g.get("optional")
            if gi not in matched:
                self.score.times.fn += int(required)
                if required:
                    self.fail(item, "time expression", "time expression not found", "missing")
                continue
            self.score.times.tp += int(required)
            t = preds[matched[gi]]
            ok = t.value == g.get("value")
            if required:
                self.score.time_values.add(ok)
            if not ok:
                self.fail(item, "value", g.get("value"), t.value, required)
            if bool(g.get("approximate", False)) != t.approximate:
                if required:
                    self.score.time_values.correct -= int(ok)
                self.fail(item, "approximate", bool(g.get("approximate", False)), t.approximate, required)
        for pi, t in enumerate(preds):
            if pi not in used:
                self.score.times.fp += 1
                self.fail(f"time '{t.text}'", "time expression", "unexpected time expression", f"spurious ({t.id})")

    # entities ---------------------------------------------------------------------------

    def score_entities(self) -> None:
        golds = self.gold.get("entities", [])
        preds = self.record.entities

        def forms(e: Any) -> set[str]:
            return {norm_name(x) for x in [e.name, *e.aliases, *(m.text for m in e.mentions)] if x}

        def pair(g: dict[str, Any], e: Any) -> float:
            if g.get("type") != e.type:
                return 0.0
            name = norm_name(g["name"])
            if name == norm_name(e.name):
                return 2.0
            gold_forms = {name} | {norm_name(m) for m in g.get("mentions", [])}
            return 1.0 if gold_forms & forms(e) else 0.0

        matched = {gi: pi for gi, pi in assign([[pair(g, e) for e in preds] for g in golds])}
        used = set(matched.values())
        for gi, g in enumerate(golds):
            item, required = f"entity '{g['name']}'", not g.get("optional")
            if gi not in matched:
                if not required:
                    continue
                self.score.entities.fn += 1
                other = [e for e in preds if forms(e) & ({norm_name(g["name"])} | {norm_name(m) for m in g.get("mentions", [])})]
                got = f"found as {other[0].type} '{other[0].name}'" if other else "missing"
                self.fail(item, "entity", f"{g.get('type')} entity not found", got)
                continue
            e = preds[matched[gi]]
            if required:
                self.score.entities.tp += 1
            ok = norm_name(e.name) == norm_name(g["name"])
            if required:
                self.score.entity_names.add(ok)
            if not ok:
                self.fail(item, "name", g["name"], e.name, required=False)
        self.score.entities.fp += len(preds) - len(used)  # matched optional entities are in `used`

    # contradictions ---------------------------------------------------------------------

    def score_contradictions(self) -> None:
        golds = self.gold.get("contradictions", [])
        remaining = list(self.record.contradictions)
        for g in golds:
            item = f"contradiction {g['claim']}->{g['counter']}"
            required = not g.get("optional")
            want = (self._mapped(g["claim"]), self._mapped(g["counter"]))
            hit = next((c for c in remaining if (c.claim, c.counter) == want and None not in want), None)
            if hit is not None:
                remaining.remove(hit)
                self.score.contradictions.tp += int(required)
            elif required:
                self.score.contradictions.fn += 1
                swapped = any((c.counter, c.claim) == want for c in remaining)
                got = "found with claim and counter swapped" if swapped else "missing"
                if None in want:
                    got = "its statements were not both found"
                self.fail(item, "contradiction", "contradiction not found", got)
        for c in remaining:
            if any(self.p2g.get(side) in self.optional for side in (c.claim, c.counter)):
                continue  # an optional statement's contradiction counts no more than the statement
            self.score.contradictions.fp += 1
            names = f"{self.p2g.get(c.claim, c.claim)}->{self.p2g.get(c.counter, c.counter)}"
            self.fail(f"contradiction {names}", "contradiction", "unexpected contradiction", f"spurious ({c.claim}->{c.counter})")

    def run(self) -> GoldScore:
        self.match_statements()
        self.compare_attributes()
        self.score_times()
        self.score_entities()
        self.score_contradictions()
        return self.score


def content_text(statement: Statement) -> str:
    """What the statement says: its content's parts joined when a frame interrupts it, else the content."""
    parts = statement.content.parts
    return " ".join(p.text for p in parts) if parts else statement.content.text


def _short(text: str | None, n: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 3] + "..."


def score_record(record: Record, gold: dict[str, Any]) -> GoldScore:
    """Score `record` against a gold annotation dict (see the module docstring for the conventions)."""
    return _Scorer(record, gold).run()


def format_score(score: GoldScore) -> str:
    """A plain-text table of the sections, the attribute accuracies and the failures."""
    lines = [f"{'section':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, c in (("statements", score.statements), ("full statements", score.strict()), ("times", score.times),
                    ("entities", score.entities), ("contradictions", score.contradictions)):
        lines.append(f"{name:<16}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    lines.append("")
    lines.append(f"{'accuracy':<16}{'acc':>7}{'ok':>5}{'of':>5}")
    rows: Iterable[tuple[str, Accuracy]] = [*score.attributes.items(), ("time value", score.time_values),
                                            ("entity name", score.entity_names)]
    for name, a in rows:
        lines.append(f"{name:<16}{a.value:>7.3f}{a.correct:>5}{a.total:>5}")
    lines.append("")
    if score.failures:
        lines.append(f"failures ({len(score.required_failures)} required, {len(score.failures)} in all):")
        lines += [f"  {f}" for f in score.failures]
    else:
        lines.append("no failures")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whosaid.evaluate.gold", description=__doc__.splitlines()[0])
    parser.add_argument("record", type=Path, help="a whosaid record as JSON")
    parser.add_argument("gold", type=Path, help="a gold annotation JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any required item fails")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    args = parser.parse_args(argv)
    record = Record.model_validate_json(args.record.read_text(encoding="utf-8"))
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    score = score_record(record, gold)
    print(json.dumps(score.to_dict(), ensure_ascii=False, indent=2) if args.json else format_score(score))
    return 1 if args.strict and not score.passed else 0


if __name__ == "__main__":
    sys.exit(main())
