"""A small, fast tokenizer that returns character offsets.

Words keep their inner hyphens, apostrophes, dots and digit separators together
("Jong-un", "Covid-19", "KOMPAS.com", "O'Neill", "29/10/2013", "1.800"); every
other non-space character is a token of its own. Offsets index the original
text, so ``text[start:end]`` is always the token.
"""
from __future__ import annotations

import re

__all__ = ["tokenize", "token_texts"]

# a word: letters/digits, optionally joined by one inner - ' ’ . (each followed by
# more letters/digits); a date or number like 29/10/2013 keeps its slashes; any
# other non-space character stands alone. That is
#     \d+(?:/\d+)+ | [^\W_]+(?:[-\u2010\u2011'\u2019.][^\W_]+)* | _+ | \S
# written as one non-space character and what may follow it, given what it was: a
# pattern that starts with a character set lets `re` skip the white space in C, and
# tries each token once rather than once per alternative.
_TOKEN = re.compile(
    r"\S(?:"
    r"(?<=\d)\d*(?:/\d+)+"
    r"|(?<=[^\W_])[^\W_]*(?:[-\u2010\u2011'\u2019.][^\W_]+)*"
    r"|(?<=_)_*"
    r"|)",
)


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the tokens of ``text``."""
    return list(map(_SPAN, _TOKEN.finditer(text)))  # (map calls the C method without a Python loop)


_SPAN = re.Match.span


def token_texts(text: str) -> list[str]:
    """The token strings of ``text`` (convenience for tests and debugging)."""
    return _TOKEN.findall(text)
