"""Deliverables drafted together: CRDT documents (pycrdt), their storage, and later their sync and workshops.

Not imported at GUI start: pycrdt loads with the first deliverable opened."""
