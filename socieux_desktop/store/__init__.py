"""SQLAlchemy 2.0 models and repositories over one SQLite file per workspace."""
