"""Find time expressions (DATE, TIME, DURATION, SET) and normalise them against the publication date.

The grammar and the calendar arithmetic live here; every word lives in `whosaid/lang/<lang>/times.json`.
Plain functions (`find_times`, `extract`) work on a string; the spaCy component `whosaid_times` adds the
clause tense from the pipeline's tags when it has them and writes `Doc._.times`.

Modules, data flowing one way: `lexicon` (words, rules), `calendar`, `tense` -> `normalise` (one handler per
rule) -> `extract` (`extract`, `find_times`) -> `component` (`TimeTagger`, factory `whosaid_times`).
"""

from whosaid.components.times.calendar import easter
from whosaid.components.times.component import TimeTagger, make_time_tagger  # registers the factory
from whosaid.components.times.extract import Found, extract, find_times
from whosaid.components.times.lexicon import Lexicon, lexicon
from whosaid.components.times.normalise import Mode
from whosaid.components.times.tense import Tense, TenseFn, doc_tense_fn, tense_of_words, text_tense_fn

__all__ = [
    "Found", "Lexicon", "Mode", "Tense", "TenseFn", "TimeTagger", "doc_tense_fn", "easter", "extract", "find_times",
    "lexicon", "make_time_tagger", "tense_of_words", "text_tense_fn",
]
