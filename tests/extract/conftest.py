"""Fixtures shared by the extraction tests: the spaCy model and the shipped data, loaded once
per session (a user's FLASHPOINT_DATA overrides are ignored: `Settings(data_dirs=())`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from flashpoint.config import Settings
from flashpoint.extract import Resources, load_resources

if TYPE_CHECKING:
    from spacy.language import Language

    from flashpoint.extract.actors import ActorRegistry


@pytest.fixture(scope="session")
def nlp() -> Language:
    from flashpoint.nlp import load_nlp

    loaded: Language = load_nlp("en_core_web_sm")
    return loaded


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources(Settings(data_dirs=()))


@pytest.fixture(scope="session")
def registry(resources: Resources) -> ActorRegistry:
    return resources.actors


@pytest.fixture(scope="session")
def lexicon() -> Any:
    from flashpoint.extract.events import load_event_lexicon

    return load_event_lexicon()
