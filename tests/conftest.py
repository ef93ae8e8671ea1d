"""Fixtures for the whole suite: no test reads $HOME, the network, or ./flashpoint.db."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default database, the data dirs and HOME at the test's own folder."""
    monkeypatch.setenv("FLASHPOINT_DB", str(tmp_path / "flashpoint.db"))
    monkeypatch.delenv("FLASHPOINT_DATA", raising=False)
    monkeypatch.delenv("FLASHPOINT_TOKEN", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only shared corpus and gold folder beside the repository."""
    if not (SHARED / "corpus").exists():
        pytest.skip("../shared (corpus and gold) is not beside the repository")
    return SHARED
