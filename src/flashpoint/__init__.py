"""flashpoint: a sourced, cross-checked event record from news reports about a security crisis."""

from __future__ import annotations

from flashpoint.errors import ConfigError, ExtractError, FlashpointError, InputError, StoreError
from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DateInfo",
    "Document",
    "Event",
    "ExtractError",
    "FlashpointError",
    "InputError",
    "Location",
    "Quantity",
    "Record",
    "Speaker",
    "Statement",
    "StoreError",
    "__version__",
]
