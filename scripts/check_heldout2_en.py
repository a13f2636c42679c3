"""Format check of the blind English held-out set heldout2_en: loads every gold file, validates its fields the
way tests/test_devset.py does for the German sets, checks that every speaker, cue, content, medium, time and
entity mention string occurs in the article, and lets whosaid.evaluate.gold score the gold against an empty
record (no analysis of the text is run: this only proves that the scorer can read the file)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from whosaid.evaluate import gold as G

SET = Path(__file__).resolve().parents[1] / "src" / "whosaid" / "evaluate" / "data" / "heldout2_en"
KINDS = {"Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"}
STANCES = {"assert", "claim", "deny", "confirm", "announce", "demand", "concede"}
TYPES = {"PER", "ORG", "LOC", "MISC"}
FIELDS = {"id", "speaker", "speaker_entity", "cue", "cue_lemma", "kind", "stance", "content", "medium", "time",
          "via", "continues", "refers_to", "optional"}
TIMEX = re.compile(r"^(\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}(-WE)?|SP|SU|FA|WI|H[12]|Q[1-4]))?"
                   r"|P[\dX.]+[YMWDH]|PT[\dX.]+[HM]|PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}X|\d{2}XX)$")
GAP = " … "


def in_order(parts: list[str], text: str) -> bool:
    at = 0
    for part in parts:
        i = text.find(part, at)
        if i < 0:
            return False
        at = i + len(part)
    return True


def check(path: Path) -> list[str]:
    errs: list[str] = []
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["document"]).read_text(encoding="utf-8")
    body = text.split("\n", 2)
    if len(body) < 3 or body[1] != "":
        errs.append("article is not headline, blank line, body")
    words = len(text.split())
    if not 150 <= words <= 350:
        errs.append(f"{words} words")
    if gold["document"] != path.name.removesuffix(".gold.json") + ".txt":
        errs.append("document name")
    date.fromisoformat(gold["published"])
    if gold["language"] != "en":
        errs.append("language")
    ids = [s["id"] for s in gold["statements"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    times = {t["text"] for t in gold["times"]}
    for s in gold["statements"]:
        w = s["id"]
        if set(s) - FIELDS:
            errs.append(f"{w}: unknown fields {set(s) - FIELDS}")
        if s["kind"] not in KINDS:
            errs.append(f"{w}: kind {s['kind']}")
        if not s["stance"] or not set(s["stance"]) <= STANCES:
            errs.append(f"{w}: stance {s['stance']}")
        if not s["content"] or not in_order(s["content"].split(GAP), text):
            errs.append(f"{w}: content not in text: {s['content']!r}")
        if not G.content_tokens(s["content"]):
            errs.append(f"{w}: content without tokens")
        if s.get("speaker") and s["speaker"] not in text:
            errs.append(f"{w}: speaker {s['speaker']!r} not in text")
        if not s.get("speaker_entity"):
            errs.append(f"{w}: no speaker_entity")
        if s.get("cue"):
            if not s.get("cue_lemma"):
                errs.append(f"{w}: no cue_lemma")
            if not all(x in text for x in s["cue"].split()):
                errs.append(f"{w}: cue {s['cue']!r} not in text")
        elif not s.get("continues") and not s.get("optional"):
            errs.append(f"{w}: no cue and continues nothing")
        if s.get("continues") and s.get("speaker"):
            errs.append(f"{w}: a continuation names its speaker")
        if s.get("medium") and s["medium"].casefold() not in text.casefold():
            errs.append(f"{w}: medium {s['medium']!r} not in text")
        if s.get("time") and s["time"] not in times:
            errs.append(f"{w}: time {s['time']!r} not in times")
        if s.get("time") and s["time"] not in text:
            errs.append(f"{w}: time {s['time']!r} not in text")
        for link in ("via", "continues", "refers_to"):
            if s.get(link) and (s[link] not in ids or s[link] == w):
                errs.append(f"{w}: {link} {s[link]!r}")
        if s.get("refers_to") and "deny" not in s["stance"]:
            errs.append(f"{w}: refers_to without deny")
    for t in gold["times"]:
        if t["text"] not in text:
            errs.append(f"time {t['text']!r} not in text")
        if not TIMEX.match(t["value"]):
            errs.append(f"time {t['text']!r}: value {t['value']!r}")
    texts = [t["text"] for t in gold["times"]]
    for x in set(texts):
        if text.count(x) < texts.count(x):
            errs.append(f"time {x!r} listed more often than it occurs")
    for e in gold["entities"]:
        if e["type"] not in TYPES:
            errs.append(f"entity {e['name']}: type")
        for m in e["mentions"]:
            if m not in text:
                errs.append(f"entity {e['name']!r}: mention {m!r} not in text")
    denials = set()
    for c in gold["contradictions"]:
        if c["claim"] not in ids or c["counter"] not in ids or c["claim"] == c["counter"]:
            errs.append(f"contradiction {c}")
        denials.add((c["claim"], c["counter"]))
    for s in gold["statements"]:
        if s.get("refers_to") and (s["refers_to"], s["id"]) not in denials:
            errs.append(f"{s['id']}: refers_to {s['refers_to']} without its contradiction")
    # the scorer reads the file: score it against an empty record (nothing is analysed)
    try:
        from whosaid.record import Record
        empty = Record.model_validate({"article": {"id": "empty", "language": "en", "text": ""}})
    except Exception as exc:  # noqa: BLE001
        errs.append(f"(could not build an empty record: {exc.__class__.__name__})")
    else:
        score = G.score_record(empty, gold)
        req = sum(1 for s in gold["statements"] if not s.get("optional"))
        if score.statements.fn != req:
            errs.append(f"scorer counts {score.statements.fn} required statements, gold has {req}")
    return errs


def main() -> int:
    bad = 0
    total = required = 0
    for path in sorted(SET.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        n = len(gold["statements"])
        r = sum(1 for s in gold["statements"] if not s.get("optional"))
        total, required = total + n, required + r
        errs = check(path)
        bad += bool(errs)
        text = (path.parent / gold["document"]).read_text(encoding="utf-8")
        print(f"{path.name:<40} {len(text.split()):>4} words {n:>3} statements ({r} required) "
              f"{len(gold['times'])} times {len(gold['contradictions'])} contradictions {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("    " + e)
    print(f"total: {total} statements, {required} required")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
