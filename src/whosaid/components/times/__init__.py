"""Find time expressions (DATE, TIME, DURATION, SET) and normalise them against the publication date.

The grammar and the calendar arithmetic live here; every word lives in `whosaid/lang/<lang>/times.json`.
Plain functions (`find_times`, `extract`) work on a string; the spaCy component `whosaid_times` adds the
clause tense from the pipeline's tags when it has them and writes `Doc._.times`; `whosaid_time_direction`, after
attribution, re-anchors the times of what statements demand or announce (they point forward, see `direction`).

Modules, data flowing one way: `lexicon` (words, rules), `calendar`, `tense` -> `direction` -> `normalise` (one
handler per rule) -> `extract` (`extract`, `find_times`) -> `component` (`TimeTagger`, factories `whosaid_times` and
`whosaid_time_direction`).
"""

from whosaid.components.times.calendar import easter
from whosaid.components.times.component import (  # registers the factories
    TimeDirection,
    TimeTagger,
    make_time_direction,
    make_time_tagger,
)
from whosaid.components.times.extract import Found, extract, find_times
from whosaid.components.times.lexicon import Lexicon, lexicon
from whosaid.components.times.normalise import Mode
from whosaid.components.times.tense import (
    ClauseTenses,
    Tense,
    TenseFn,
    doc_tense_fn,
    tense_of_words,
    text_tense_fn,
)

__all__ = [
    "ClauseTenses", "Found", "Lexicon", "Mode", "Tense", "TenseFn", "TimeDirection", "TimeTagger", "doc_tense_fn",
    "easter", "extract", "find_times", "lexicon", "make_time_direction", "make_time_tagger", "tense_of_words",
    "text_tense_fn",
]
