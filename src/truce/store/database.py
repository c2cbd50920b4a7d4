"""Where the workspace lives, how to connect to it safely, and its schema version.

SQLite is the default (``truce.db`` in the working directory, ``--db PATH`` or
the ``TRUCE_DB`` environment variable); any SQLAlchemy URL works too, e.g.
``postgresql+psycopg://user@host/db``.

SQLite connections run in WAL mode (readers never block the writer), wait up
to :data:`BUSY_TIMEOUT_S` seconds for a lock, use ``synchronous=FULL`` so a
killed process never loses a committed transaction, and open write
transactions with ``BEGIN IMMEDIATE`` so two writers queue instead of failing
on a lock upgrade. Writes that still meet a lock are retried
(:func:`write_transaction`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from truce.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = [
    "BUSY_TIMEOUT_S",
    "DEFAULT_DATABASE",
    "HEAD_REVISION",
    "connect",
    "database_url",
    "known_revisions",
    "schema_revision",
    "upgrade_schema",
    "write_transaction",
]

DEFAULT_DATABASE = "truce.db"
#: Seconds a SQLite connection waits for another writer before giving up.
BUSY_TIMEOUT_S = 30.0
#: Attempts of a write transaction that meets a lock despite the busy timeout.
WRITE_ATTEMPTS = 5
#: The newest schema revision this truce knows (a test checks it against the migrations).
HEAD_REVISION = "0005"
MIGRATIONS = Path(__file__).with_name("migrations")
#: Key of the Postgres advisory lock that serialises schema upgrades.
_UPGRADE_LOCK = 0x7472756365

T = TypeVar("T")


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL of the workspace: ``db``, else ``$TRUCE_DB``, else ``truce.db``.

    A value with ``://`` is taken as a URL, anything else as a SQLite file path.
    """
    value = str(db) if db is not None else os.environ.get("TRUCE_DB") or DEFAULT_DATABASE
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _describe(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.database or url if parsed.get_backend_name() == "sqlite" else parsed.render_as_string()


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # pysqlite's own transaction handling would defer BEGIN and hide it from us;
        # switch it off and issue BEGIN in the "begin" hook below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        immediate = connection.get_execution_options().get("truce_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def connect(url: str) -> Engine:
    """An engine for ``url`` with the safety settings above; the schema is not touched."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"{url!r} is not a database URL", hint="give a file path or e.g. postgresql+psycopg://user@host/db"
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise StoreError(f"folder {folder} does not exist", file=parsed.database,
                             hint="create the folder or choose another --db path")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
            _configure_sqlite(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise StoreError(
            f"no database driver for {parsed.drivername!r} ({exc})",
            hint="install truce[postgres] for postgresql+psycopg:// URLs",
        ) from None
    return engine


#: Postgres SQLSTATEs of a write that lost a race and succeeds when retried: serialization
#: failure, deadlock, and a unique key another writer inserted first (the retry finds its row).
_RETRYABLE_SQLSTATES = ("40001", "40P01", "23505")


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return "database is locked" in text or "database is busy" in text or code in _RETRYABLE_SQLSTATES


def write_transaction(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work(connection)`` in one write transaction, retried when it meets a lock.

    The transaction commits when ``work`` returns and rolls back when it raises,
    so a failed write leaves earlier data as it was. A write that lost a race with
    another process (a lock, or a key the other inserted first) is retried.
    """
    from sqlalchemy.exc import IntegrityError, OperationalError

    for attempt in range(WRITE_ATTEMPTS):
        try:
            with engine.connect() as connection:
                connection.execution_options(truce_write=True)
                with connection.begin():
                    return work(connection)
        except (OperationalError, IntegrityError) as exc:
            if isinstance(exc, IntegrityError) and not _is_lock_conflict(exc):
                raise
            if not _is_lock_conflict(exc) or attempt == WRITE_ATTEMPTS - 1:
                raise StoreError(
                    f"cannot write to the workspace {_describe(str(engine.url))}: {exc.orig}",
                    hint="another program may hold a long lock on it; retry, or use another --db",
                ) from None
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def schema_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database, or None for a database without one."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> list[str]:
    """Every schema revision this truce can read, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return [s.revision for s in reversed(list(script.walk_revisions()))]


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` in one transaction; refuse a newer database.

    The check and the migrations run under one write lock (``BEGIN IMMEDIATE``
    on SQLite, an advisory lock on Postgres), so two processes opening a new
    workspace at once migrate it once.
    """
    from sqlalchemy import inspect
    from sqlalchemy.exc import DatabaseError

    where = _describe(str(engine.url))
    try:
        with engine.connect() as connection:
            if schema_revision(connection) == HEAD_REVISION and revision == "head":
                return
    except DatabaseError as exc:
        # Another process may be creating the workspace (SQLite's switch to WAL is not covered
        # by the busy timeout): the write transaction below waits for it and retries.
        if not _is_lock_conflict(exc):
            raise StoreError(f"cannot open the workspace: {exc.orig}", file=where,
                             hint="is it a truce workspace? choose another --db") from None

    def migrate(connection: Connection) -> None:
        from alembic import command

        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
        current = schema_revision(connection)
        known = known_revisions()
        if current is not None and current not in known:
            raise StoreError(
                f"the workspace has schema revision {current!r}, newer than this truce knows "
                f"(up to {known[-1]!r}); it was written by a newer truce",
                file=where, hint="upgrade truce, or choose another --db",
            )
        if current is None and inspect(connection).get_table_names():
            raise StoreError("the database holds tables but is not a truce workspace", file=where,
                             hint="choose another --db")
        command.upgrade(_alembic_config(connection), revision)

    write_transaction(engine, migrate)
