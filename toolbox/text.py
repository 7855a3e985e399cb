"""Small text helpers: accent folding for search, delimited code lists for filters."""

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'"})
_WORD = re.compile(r"[a-z0-9]+")


def fold_text(text: str) -> str:
    """Lower-case, accent-free text: « Élaborer nos VALEURS » → « elaborer nos valeurs »."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def light_stem(word: str) -> str:
    """A crude French/English plural stripper for the fallback search (valeurs → valeur)."""
    if len(word) > 4 and word.endswith(("aux",)):
        return word[:-3] + "a"
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


def search_terms(query: str) -> list[str]:
    """Folded, stemmed words of a query, ignoring one- and two-letter words."""
    return [light_stem(word) for word in _WORD.findall(fold_text(query)) if len(word) > 2]


def join_codes(codes: list[str] | tuple[str, ...]) -> str:
    cleaned = [code.strip() for code in codes if code and code.strip()]
    return f" {' '.join(cleaned)} " if cleaned else ""


def split_codes(value: str) -> list[str]:
    return value.split()
