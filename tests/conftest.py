"""Shared fixtures: the pipeline loaded once per session, and the location of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shipped_model_exists() -> bool:
    from whosaid.pipeline import shipped_model_path

    return (shipped_model_path("de") / "meta.json").exists()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): data-dependent test skipped")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    if not shipped_model_exists():
        pytest.skip("the shipped German model is not built (run scripts/build_model_de.py)")
    from whosaid.pipeline import load_pipeline

    return load_pipeline("de")


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    """A store of the web UI's test corpus (tests/data/web, with a hostile article), ingested with the shipped
    pipeline."""
    if not shipped_model_exists():
        pytest.skip("the shipped German model is not built (run scripts/build_model_de.py)")
    from whosaid.ingest.batch import IngestOptions, ingest

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    report = ingest([str(REPO / "tests" / "data" / "web")], IngestOptions(db=str(db), progress=False))
    assert report.stored == 4 and not report.failed
    return db
