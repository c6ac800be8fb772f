"""The generic code list: typed entries, lazy thread-safe loading and lookups."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from migstd.errors import MigstdError, SettingsError

if TYPE_CHECKING:
    from migstd.codelists._match import FuzzyMatch

__all__ = ["CodeEntry", "CodeList", "CodeNotFoundError", "ListInfo"]

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

    def __init__(
        self, codelist: str, text: str, *, kind: str = "code, label or alias", message: str | None = None
    ) -> None:
        self.codelist = codelist
        self.text = text
        if message is None:
            message = (
                f"{quote(text)} is not a {kind} in the {codelist} code list; "
                f"migstd.codelists.{codelist}.codes() lists the valid codes"
            )
        super().__init__(message)


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeEntry:
    """One entry of a code list.

    - ``code`` is the canonical code and ``labels`` maps a language ("en", "ka",
      and "ru" where a source has it) to the entry's name in it.
    - ``aliases`` are other names that :meth:`CodeList.lookup` accepts.
    - ``valid_from`` and ``valid_to`` bound the days on which the code is in
      force, both inclusive; ``None`` leaves that side open.
    - ``successors`` are the codes that replaced a retired code, in the same list.
    - ``parent`` is the code of the entry one level up in a hierarchy, such as a
      municipality's region.
    - ``source`` names the standard, law or data set the entry comes from.
      ``verified`` is false when that source is uncertain or an entry's content
      could not be checked against it, and ``note`` then states what is in doubt.

    Subclasses add their own fields and may declare alternative codes.
    """

    code: str
    labels: Mapping[str, str] = field(hash=False)
    aliases: tuple[str, ...] = ()
    source: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successors: tuple[str, ...] = ()
    parent: str | None = None
    verified: bool = True
    note: str = ""

    def __post_init__(self) -> None:
        # A read-only copy keeps the frozen entry from changing through the mapping.
        object.__setattr__(self, "labels", MappingProxyType(dict(self.labels)))

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the other codes of this entry that :meth:`CodeList.get` accepts."""
        return ()

    @property
    def retired(self) -> bool:
        """Whether the code has an end date, so that it is no longer assigned."""
        return self.valid_to is not None

    def valid_on(self, day: dt.date) -> bool:
        """Return whether the code is in force on ``day``.

        A :class:`~datetime.datetime` counts as its date. Raises :class:`TypeError`
        when ``day`` is not a date.
        """
        day = as_day(day, name="day")
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


EntryT = TypeVar("EntryT", bound=CodeEntry)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListInfo:
    """The description of a code list and the provenance of its data.

    ``version`` is the version or date of the source data, ``licence`` the
    licence under which it is shipped, and ``generated_by`` the script under
    ``scripts/`` that regenerates the data file, or empty when the data file is
    curated by hand.
    """

    title: Mapping[str, str] = field(hash=False)
    source: str
    version: str
    licence: str
    generated_by: str = ""


@dataclass(frozen=True, slots=True)
class _Index(Generic[EntryT]):
    entries: tuple[EntryT, ...]
    info: ListInfo
    exact: Mapping[str, EntryT]
    by_code: Mapping[str, EntryT]
    by_text: Mapping[str, EntryT]


# The return value of a loader: the list's description and its entries.
Loaded = tuple[ListInfo, Iterable[EntryT]]


class CodeList(Generic[EntryT]):
    """A code list whose entries load on first use, once, from ``loader``.

    Codes match case-insensitively and with surrounding whitespace ignored, but
    are not otherwise folded: fullwidth or superscript digits, a byte order mark
    and Cyrillic look-alike letters make a text that is not a code.
    :meth:`lookup` also matches labels and aliases after
    :func:`migstd.script.normalize`, so Mtavruli capitals find a Mkhedruli label.

    When two entries share a key, a canonical code beats an alternative code, the
    alternative code of a current entry beats that of a retired one, and a label
    beats an alias. Within the same kind of key the entry listed first wins. Two
    entries with the same canonical code raise :class:`~migstd.errors.MigstdError`
    at load time.

    ``parents`` is the list that holds the entries' parents when that is another
    list, as regions are for municipalities; by default parents are in this list.
    """

    def __init__(
        self,
        name: str,
        loader: Callable[[], Loaded[EntryT]],
        *,
        languages: tuple[str, ...] = DEFAULT_LANGUAGES,
        parents: CodeList[Any] | None = None,
    ) -> None:
        self.name = name
        self.languages = languages
        self.parents: CodeList[Any] = parents if parents is not None else self
        self._loader = loader
        self._lock = threading.Lock()
        self._index: _Index[EntryT] | None = None
        # Built by the first fuzzy search.
        self._search_index: object | None = None

    def __repr__(self) -> str:
        state = "loaded" if self._index is not None else "not loaded"
        return f"<CodeList {self.name!r} ({state})>"

    @property
    def is_loaded(self) -> bool:
        """Whether the entries have been loaded."""
        return self._index is not None

    @property
    def info(self) -> ListInfo:
        """The list's title, source, version, licence and generating script."""
        return self._load().info

    def get(self, code: str, default: EntryT | None = None) -> EntryT | None:
        """Return the entry with this canonical or alternative code, else ``default``.

        Raises :class:`TypeError` when ``code`` is not a string.
        """
        if not isinstance(code, str):
            raise TypeError(f"code must be a str, not {type(code).__name__}")

        index = self._index or self._load()
        entry = index.exact.get(code)
        if entry is not None:
            return entry
        return index.by_code.get(code_key(code), default)

    def lookup(self, text: str) -> EntryT:
        """Return the entry whose code, label in any language or alias is ``text``.

        Raises :class:`CodeNotFoundError` (a :class:`LookupError`) when none
        matches, and :class:`TypeError` when ``text`` is not a string. The error
        message quotes ``text``, shortened to 60 characters, because codes and
        labels are not personal data. A caller that may pass a personal value,
        such as a cell of a shifted column, should use :meth:`get` or
        :meth:`is_valid` instead.
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

    def search_fuzzy(self, text: str, *, limit: int = 5, min_score: float = 60.0) -> list[FuzzyMatch[EntryT]]:
        """Return the entries whose codes, labels or aliases are closest to ``text``.

        Matches are ordered by score (0 to 100), best first; see
        :func:`migstd.codelists._fuzzy.search` for the scoring and the tie-break.
        """
        from migstd.codelists._fuzzy import search

        return search(self, text, limit=limit, min_score=min_score)

    def is_valid(self, code: str, *, on: dt.date | None = None) -> bool:
        """Return whether ``code`` is a code of this list in force on the day ``on``.

        ``on`` defaults to today, and a :class:`~datetime.datetime` counts as its
        date. A retired code is valid on the days it was in force. Anything that
        is not a known code, including a non-string, is not valid: no value of
        ``code`` makes this method raise, but an ``on`` that is not a date
        raises :class:`TypeError`.
        """
        day = dt.date.today() if on is None else as_day(on)
        if not isinstance(code, str):
            return False

        entry = self.get(code)
        if entry is None:
            return False
        return entry.valid_on(day)

    def successors(self, code: str) -> tuple[EntryT, ...]:
        """Return the entries that replaced a retired code, following chains of retirements.

        A code in force is its own successor. Raises :class:`CodeNotFoundError`
        for an unknown code.
        """
        entry = self.get(code)
        if entry is None:
            raise CodeNotFoundError(self.name, code, kind="code")

        found: list[EntryT] = []
        seen = {entry.code}
        pending = [entry]
        while pending:
            current = pending.pop(0)
            if not current.successors:
                found.append(current)
                continue
            for successor_code in current.successors:
                successor = self.get(successor_code)
                if successor is not None and successor.code not in seen:
                    seen.add(successor.code)
                    pending.append(successor)
        return tuple(found)

    def parent(self, code: str) -> CodeEntry | None:
        """Return the parent entry of the entry with this code, from :attr:`parents`.

        Returns ``None`` for an entry at the top of its hierarchy and raises
        :class:`CodeNotFoundError` for an unknown code.
        """
        entry = self.get(code)
        if entry is None:
            raise CodeNotFoundError(self.name, code, kind="code")
        if entry.parent is None:
            return None
        return self.parents.get(entry.parent)

    def children(self, code: str) -> tuple[EntryT, ...]:
        """Return the entries whose parent is ``code``, a code of :attr:`parents`, in list order."""
        parent = self.parents.get(code)
        if parent is None:
            raise CodeNotFoundError(self.parents.name, code, kind="code")
        return tuple(entry for entry in self._load().entries if entry.parent == parent.code)

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

    def codes(self, *, on: dt.date | None = None) -> tuple[str, ...]:
        """Return the canonical codes in list order, or only those in force on ``on``.

        A :class:`~datetime.datetime` counts as its date.
        """
        entries = self._load().entries
        if on is None:
            return tuple(entry.code for entry in entries)

        day = as_day(on)
        return tuple(entry.code for entry in entries if entry.valid_on(day))

    def to_csv(self, *, lang: str | None = None) -> str:
        """Return the entries as CSV text; see :mod:`migstd.codelists._export`."""
        from migstd.codelists._export import to_csv

        return to_csv(self, lang=lang)

    def to_json(self, *, lang: str | None = None) -> str:
        """Return the description and entries as JSON; see :mod:`migstd.codelists._export`."""
        from migstd.codelists._export import to_json

        return to_json(self, lang=lang)

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
                info, entries = self._loader()
                self._index = _build_index(self.name, info, tuple(entries))
            return self._index


def as_day(value: object, *, name: str = "on") -> dt.date:
    """Return ``value`` as a date: a datetime becomes its date, and a non-date raises TypeError.

    ``name`` is the parameter that the error message names.
    """
    # A datetime is a date subclass, but comparing it with a date raises TypeError.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"{name} must be a datetime.date, not {type(value).__name__}")


def code_key(code: str) -> str:
    """Return the key under which a code is indexed: stripped and case-folded."""
    return code.strip().casefold()


def text_key(text: str) -> str:
    """Return the key under which a label or alias is indexed.

    The text is normalized with :func:`migstd.script.normalize`, its whitespace
    runs collapsed to single spaces and the result case-folded.
    """
    # Imported here: migstd.script loads its tables on import, and a code list
    # needs it only when it builds its index.
    from migstd.script import normalize

    return " ".join(normalize(text).split()).casefold()


def quote(text: str) -> str:
    """Return ``repr(text)``, shortened to a readable length."""
    if len(text) > _MAX_QUOTED:
        return repr(text[:_MAX_QUOTED]) + "..."
    return repr(text)


def _build_index(name: str, info: ListInfo, entries: tuple[EntryT, ...]) -> _Index[EntryT]:
    by_code: dict[str, EntryT] = {}
    for entry in entries:
        key = code_key(entry.code)
        if key in by_code:
            raise MigstdError(f"the {name} code list has the code {entry.code!r} twice")
        by_code[key] = entry

    # Alternative codes of current entries first, so that a retired code reused
    # by ISO (the Gilbert and Ellice Islands' GE) never hides the current one.
    ordered = sorted(entries, key=lambda entry: entry.retired)
    for entry in ordered:
        for code in entry.alternative_codes():
            by_code.setdefault(code_key(code), entry)

    # The exact spellings of the codes, for a fast path that skips case folding.
    exact: dict[str, EntryT] = {}
    for entry in entries:
        exact[entry.code] = entry
    for entry in ordered:
        for code in entry.alternative_codes():
            if by_code[code_key(code)] is entry:
                exact.setdefault(code, entry)

    by_text: dict[str, EntryT] = {}
    for entry in ordered:
        for label in entry.labels.values():
            by_text.setdefault(text_key(label), entry)

    for entry in ordered:
        for alias in entry.aliases:
            by_text.setdefault(text_key(alias), entry)

    return _Index(
        entries, info, MappingProxyType(exact), MappingProxyType(by_code), MappingProxyType(by_text)
    )
