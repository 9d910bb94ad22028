"""The ids of the demo's records: uuid5 in one namespace, so the same demo always has the same ids, and a
demo's missions are recognised wherever they turn up (``store.exchange`` keeps them out of a real
workspace). No import of the rest of the app: both ``demo`` and ``store`` use it."""

from __future__ import annotations

import uuid

DEMO_NAMESPACE = uuid.UUID("5f1c1d0e-3c1a-4e52-9d0b-50c1e0a0de01")
"""Namespace of the demo's uuid5 ids."""

DEMO_MISSION_KEYS = ("ci1", "ci2", "pe1", "pe2", "tg1", "mx1")
"""The demo's missions, as ``demo_id("mission", key)`` names them."""


def demo_id(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def demo_mission_ids() -> frozenset[str]:
    return frozenset(demo_id("mission", key) for key in DEMO_MISSION_KEYS)
