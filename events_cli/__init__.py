"""events: turn news articles into an event database you can query."""

__version__ = "0.1.0"
