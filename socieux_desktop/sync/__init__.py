"""Sync with headquarters: the protocol shared with the hub (``protocol``), and the app's sync engine."""
