"""Alembic's entry point: run the revisions on the connection that `bot.store.migrate` holds.

That connection is already inside a transaction that serialises start-ups (an advisory
lock on PostgreSQL, BEGIN IMMEDIATE on SQLite), so two processes never migrate at once.
"""

from alembic import context

from bot.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters a table by copying it; Alembic's batch mode does that for us.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
