"""The SOCIEUX+ hub: the central service experts' apps sync with, and headquarters' management commands.

``socieux-hub serve`` runs it (FastAPI on uvicorn); the database (SQLite by default, PostgreSQL by URL)
holds all its state, so several processes can serve behind a load balancer. See ``docs/hub.md``.
"""
