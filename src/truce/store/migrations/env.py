"""Alembic environment: run the migrations on the connection truce hands over.

The caller (:func:`truce.store.database.upgrade_schema`) has already begun a
write transaction, so every pending migration runs inside that one transaction
and an interrupted upgrade leaves the database as it was.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, transactional_ddl=True, transaction_per_migration=False,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
