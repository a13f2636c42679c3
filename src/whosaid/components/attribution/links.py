"""Links between statements and clean-up: nesting (`via`), answers (`refers_to`), and duplicates."""

from __future__ import annotations

from spacy.tokens import Span

from whosaid.components.attribution.found import Found
from whosaid.lang import LanguageData


def _drop_duplicates(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    seen: set[tuple[int, int, int]] = set()
    for f in found:
        key = (f.content_start, f.content_end, f.cue[0].i if f.cue else -1)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _link_nesting(found: list[Found]) -> None:
    """A statement whose cue and speaker lie inside another's content is reported via that one."""
    for inner in found:
        if not inner.cue or inner.refers_to is not None or inner.via is not None:
            continue
        for outer in found:
            if outer is inner or outer.refers_to is not None or not outer.cue or outer.via is inner:
                continue
            cue_start = inner.cue[0].idx
            if outer.content_start <= cue_start < outer.content_end and outer.content_start <= inner.content_start:
                inner.via = outer
                break


def _link_answers(found: list[Found]) -> None:
    """ "Die Behauptung von X, dass …, wies Y zurück": a denial or confirmation whose object holds another
    statement's cue answers that statement."""
    for f in found:
        if f.stance not in {"deny", "confirm"} or f.refers_to is not None:
            continue
        f.refers_to = next((g for g in found if g is not f and g.cue
                            and f.content_start <= g.cue[0].idx < f.content_end), None)


def _referred_statement(content: Span, found: Found, earlier: list[Found], data: LanguageData) -> Found | None:
    """ "widersprach dieser Darstellung", "bestätigte die Angaben": the object names an earlier statement."""
    if found.stance not in {"deny", "confirm"} or len(content) > 4:
        return None
    words = data.words
    if not (content[0].lower_ in words.get("demonstrative", ()) or content[0].tag_ == "ART"):
        return None
    if not any(t.text in words.get("report_noun", ()) for t in content):
        return None
    return earlier[-1] if earlier else None
