"""Linking across documents: stories, event clusters, corroboration, conflicts, escalation.

PLACEHOLDER INTERFACE: the link work replaces the body of `link_store`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flashpoint.store import Store


def link_store(store: Store) -> None:
    """Recompute all cross-document links over the stored records and save them."""
    return None
