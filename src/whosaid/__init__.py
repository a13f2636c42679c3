"""whosaid: who said what, when, according to whom, and who says otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "load_pipeline", "Record", "__version__"]

if TYPE_CHECKING:
    from whosaid.api import analyze
    from whosaid.pipeline import load_pipeline
    from whosaid.record import Record


def __getattr__(name: str) -> Any:
    # lazy, so that `import whosaid` does no work and loads no spaCy until it is used
    if name == "analyze":
        from whosaid.api import analyze

        return analyze
    if name == "load_pipeline":
        from whosaid.pipeline import load_pipeline

        return load_pipeline
    if name == "Record":
        from whosaid.record import Record

        return Record
    raise AttributeError(f"module 'whosaid' has no attribute {name!r}")
