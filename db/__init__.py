"""Database layer: models, engine set-up and query functions (which never commit)."""
