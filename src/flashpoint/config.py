"""Settings: where the database lives, which spaCy model to load, where the data files are.

Precedence: command-line option > environment variable > default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

DEFAULT_DB = "flashpoint.db"  # in the working directory, as the README promises
DEFAULT_MODEL = "en_core_web_sm"


def package_data_dir() -> Path:
    """Return the folder of data files shipped inside the package."""
    return Path(str(resources.files("flashpoint") / "data"))


def db_url_from(value: str | None) -> str:
    """Turn `--db` (a path or a URL), else FLASHPOINT_DB, else ./flashpoint.db into a URL."""
    raw = value or os.environ.get("FLASHPOINT_DB") or DEFAULT_DB
    if "://" in raw:
        if raw.startswith("postgres://"):
            raw = "postgresql://" + raw[len("postgres://") :]
        if raw.startswith("postgresql://"):
            raw = "postgresql+psycopg://" + raw[len("postgresql://") :]
        return raw
    return f"sqlite:///{Path(raw).expanduser()}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs to know that is not in its inputs."""

    db_url: str = field(default_factory=lambda: db_url_from(None))
    model: str = field(default_factory=lambda: os.environ.get("FLASHPOINT_MODEL", DEFAULT_MODEL))
    # extra data folders whose files extend or override the shipped ones (FLASHPOINT_DATA)
    data_dirs: tuple[Path, ...] = field(
        default_factory=lambda: tuple(
            Path(p) for p in os.environ.get("FLASHPOINT_DATA", "").split(os.pathsep) if p
        )
    )
    batch_size: int = 32  # documents per nlp.pipe batch and per store transaction
    workers: int = 1

    def with_(self, **changes: object) -> Settings:
        """Return a copy with some fields changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]


def data_files(name: str, settings: Settings | None = None) -> list[Path]:
    """Return the shipped data file `name` followed by same-named files in user data dirs."""
    found = [package_data_dir() / name]
    for folder in settings.data_dirs if settings else ():
        candidate = folder / name
        if candidate.exists():
            found.append(candidate)
    return [p for p in found if p.exists()]
