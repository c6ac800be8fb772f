"""The generic code list: typed entries, lazy thread-safe loading and lookups."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Generic, TypeVar

from migstd.errors import MigstdError, SettingsError
from migstd.script import normalize

__all__ = ["CodeEntry", "CodeList", "CodeNotFoundError"]

# Label languages that every list offers: English and Georgian.
DEFAULT_LANGUAGES = ("en", "ka")

# Maximum number of characters of a rejected text quoted in an error message,
# so that junk input cannot make the message unreadable.
_MAX_QUOTED = 60


class CodeNotFoundError(MigstdError, LookupError):
    """A text is not a code, label or alias of a code list.

    ``codelist`` is the list's name and ``text`` the text that was not found.
    Codes and country names are not personal data, so the message quotes the text.
    """

    def __init__(self, codelist: str, text: str, *, kind: str = "code, label or alias") -> None:
        self.codelist = codelist
        self.text = text
        super().__init__(
            f"{quote(text)} is not a {kind} in the {codelist} code list; "
            f"migstd.codelists.{codelist}.codes() lists the valid codes"
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeEntry:
    """One entry of a code list.

    ``code`` is the canonical code, ``labels`` maps a language ("en", "ka") to the
    entry's name in it, ``aliases`` are other names that :meth:`CodeList.lookup`
    accepts, and ``source`` names the standard or data set the entry comes from.
    Subclasses add their own fields and may declare alternative codes.
    """

    code: str
    labels: Mapping[str, str] = field(hash=False)
    aliases: tuple[str, ...] = ()
    source: str

    def __post_init__(self) -> None:
        # A read-only copy keeps the frozen entry from changing through the mapping.
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the other codes of this entry that :meth:`CodeList.get` accepts."""
        return ()


EntryT = TypeVar("EntryT", bound=CodeEntry)


@dataclass(frozen=True, slots=True)
class _Index(Generic[EntryT]):
    entries: tuple[EntryT, ...]
    by_code: Mapping[str, EntryT]
    by_text: Mapping[str, EntryT]


class CodeList(Generic[EntryT]):
    """A code list whose entries load on first use, once, from ``loader``.

    Codes match case-insensitively and with surrounding whitespace ignored.
    :meth:`lookup` also matches labels and aliases after
    :func:`migstd.script.normalize`, so Mtavruli capitals find a Mkhedruli label.

    When two entries share a key, a canonical code beats an alternative code and a
    label beats an alias. Within the same kind of key the entry listed first wins.
    Two entries with the same canonical code raise :class:`~migstd.errors.MigstdError`
    at load time.
    """

    def __init__(
        self,
        name: str,
        loader: Callable[[], Iterable[EntryT]],
        *,
        languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    ) -> None:
        self.name = name
        self.languages = languages
        self._loader = loader
        self._lock = threading.Lock()
        self._index: _Index[EntryT] | None = None

    def __repr__(self) -> str:
        state = "loaded" if self._index is not None else "not loaded"
        return f"<CodeList {self.name!r} ({state})>"

    @property
    def is_loaded(self) -> bool:
        """Whether the entries have been loaded."""
        return self._index is not None

    def get(self, code: str, default: EntryT | None = None) -> EntryT | None:
        """Return the entry with this canonical or alternative code, else ``default``."""
        if not isinstance(code, str):
            raise TypeError(f"code must be a str, not {type(code).__name__}")
        return self._load().by_code.get(code_key(code), default)

    def lookup(self, text: str) -> EntryT:
        """Return the entry whose code, label in any language or alias is ``text``.

        Raises :class:`CodeNotFoundError` (a :class:`LookupError`) when none matches.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")

        index = self._load()
        entry = index.by_code.get(code_key(text))
        if entry is None:
            entry = index.by_text.get(text_key(text))
        if entry is None:
            raise CodeNotFoundError(self.name, text)
        return entry

    def label(self, code: str, lang: str = "en") -> str:
        """Return the label of the entry with this code in ``lang``.

        Falls back to the English label when the entry has no label in ``lang``.
        Raises :class:`CodeNotFoundError` for an unknown code and
        :class:`~migstd.errors.SettingsError` for a language the list does not offer.
        """
        if lang not in self.languages:
            raise SettingsError(
                f"language {lang!r} is not offered by the {self.name} code list; "
                f"use one of {', '.join(self.languages)}"
            )

        entry = self.get(code)
        if entry is None:
            raise CodeNotFoundError(self.name, code, kind="code")
        return entry.labels.get(lang) or entry.labels["en"]

    def codes(self) -> tuple[str, ...]:
        """Return the canonical codes in list order."""
        return tuple(entry.code for entry in self._load().entries)

    def __iter__(self) -> Iterator[EntryT]:
        return iter(self._load().entries)

    def __len__(self) -> int:
        return len(self._load().entries)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def _load(self) -> _Index[EntryT]:
        index = self._index
        if index is not None:
            return index

        with self._lock:
            if self._index is None:
                self._index = _build_index(self.name, tuple(self._loader()))
            return self._index


def code_key(code: str) -> str:
    """Return the key under which a code is indexed: stripped and case-folded."""
    return code.strip().casefold()


def text_key(text: str) -> str:
    """Return the key under which a label or alias is indexed.

    The text is normalized with :func:`migstd.script.normalize`, its whitespace
    runs collapsed to single spaces and the result case-folded.
    """
    return " ".join(normalize(text).split()).casefold()


def quote(text: str) -> str:
    """Return ``repr(text)``, shortened to a readable length."""
    if len(text) > _MAX_QUOTED:
        return repr(text[:_MAX_QUOTED]) + "..."
    return repr(text)


def _build_index(name: str, entries: tuple[EntryT, ...]) -> _Index[EntryT]:
    by_code: dict[str, EntryT] = {}
    for entry in entries:
        key = code_key(entry.code)
        if key in by_code:
            raise MigstdError(f"the {name} code list has the code {entry.code!r} twice")
        by_code[key] = entry

    for entry in entries:
        for code in entry.alternative_codes():
            by_code.setdefault(code_key(code), entry)

    by_text: dict[str, EntryT] = {}
    for entry in entries:
        for label in entry.labels.values():
            by_text.setdefault(text_key(label), entry)

    for entry in entries:
        for alias in entry.aliases:
            by_text.setdefault(text_key(alias), entry)

    return _Index(entries, MappingProxyType(by_code), MappingProxyType(by_text))
