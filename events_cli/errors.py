"""Typed errors. Library code raises these; the CLI turns each into one line on stderr."""
from __future__ import annotations


class EventsError(Exception):
    """Base class: an expected failure with a message meant for the user."""

    exit_code = 1


class UsageError(EventsError):
    """The command was called wrongly (bad option value, unparseable date)."""

    exit_code = 2


class InputError(EventsError):
    """One input (file, line, URL) could not be read as an article. Others go on."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class DatabaseLockedError(EventsError):
    """Another process holds the database file."""

    def __init__(self, path: str, waited: float = 0.0):
        waiting = f" (waited {waited:.0f} s)" if waited >= 1 else ""
        super().__init__(
            f"database {path} is locked: another events process holds it{waiting}; "
            "try again when it is done, wait longer with --wait SECONDS, or use another --db"
        )
        self.path = path


class DatabaseError(EventsError):
    """The database could not be opened or a statement failed."""


class QueryError(EventsError):
    """A user's SQL failed, or tried to write without --write."""

    exit_code = 1


class NotFoundError(EventsError):
    """An article, event, actor or place named on the command line does not exist."""
