"""The parsed machine-readable zone: :class:`Mrz` and its :class:`CheckDigit` records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from migstd.codelists import Country, IcaoCodeEntry
from migstd.identifiers.mrz._dates import MrzDate
from migstd.identifiers.mrz._states import resolve_state

__all__ = ["FORMATS", "CheckDigit", "CheckedField", "Mrz", "MrzFormat"]

MrzFormat = Literal["TD1", "TD2", "TD3", "MRV-A", "MRV-B"]
"""The MRZ formats of Doc 9303: identity cards (TD1, TD2), passports (TD3) and visas (MRV-A, MRV-B)."""

FORMATS: tuple[MrzFormat, ...] = ("TD1", "TD2", "TD3", "MRV-A", "MRV-B")

CheckedField = Literal["document_number", "birth_date", "expiry_date", "optional_data", "composite"]
"""The fields that a check digit protects; "composite" is the check digit over several fields."""


class CheckDigit(NamedTuple):
    """One check digit of a zone: the field it protects, as printed and as computed.

    ``printed`` is the character in the zone, which may be ``<`` or a letter on
    a damaged zone; ``computed`` is the digit Doc 9303 gives for the field.
    A check digit is not personal data, so the ``repr`` shows it.
    """

    field: CheckedField
    printed: str
    computed: str
    valid: bool


@dataclass(frozen=True, slots=True, repr=False)
class Mrz:
    """The fields of a machine-readable zone, as :func:`~migstd.identifiers.mrz.parse` reads them.

    Text fields are as printed without the filler ``<`` that pads them. Names
    replace the filler between components by a space: ``primary_identifier``
    holds the surnames and ``secondary_identifier`` the given names, and either
    may be empty (a single name may be printed on either side of ``<<``).

    - ``document_code``: one or two letters, "P", "PP", "I", "ID", "V".
    - ``issuing_state`` and ``nationality``: the three-letter codes, "D" for Germany.
    - ``document_number``: with the part that TD1 and TD2 zones print in the
      optional data when the number is longer than 9 characters.
    - ``sex``: "F", "M" or "X"; the MRZ prints X as ``<`` (some issuers print X).
    - ``optional_data``: the personal number field of TD3, optional data 1 of TD1
      (after the document number overflow), the optional data of TD2 and visas.
    - ``optional_data_2``: optional data 2 of TD1, else "".
    - ``check_digits``: every check digit in the order of the zone.
    - ``names_truncated``: the name field is full up to its last position, so
      Doc 9303 says to treat the name as possibly truncated.

    The ``repr`` and ``str`` show the format, document code, issuing state and
    validity only: the other fields are personal data.
    """

    format: MrzFormat
    document_code: str
    issuing_state: str
    primary_identifier: str
    secondary_identifier: str
    document_number: str
    nationality: str
    birth_date: MrzDate
    sex: str
    expiry_date: MrzDate
    optional_data: str
    optional_data_2: str
    check_digits: tuple[CheckDigit, ...]
    names_truncated: bool

    @property
    def valid(self) -> bool:
        """Whether every check digit matches its field."""
        return all(check.valid for check in self.check_digits)

    @property
    def failed_checks(self) -> tuple[CheckedField, ...]:
        """The fields whose check digit does not match, in the order of the zone."""
        return tuple(check.field for check in self.check_digits if not check.valid)

    def issuing_state_entry(self) -> Country | IcaoCodeEntry:
        """Return the issuing state's country, or its ICAO code entry (UNO, XPO, UTO).

        Raises :class:`~migstd.identifiers.InvalidComponentError` for a code that
        neither ISO 3166-1 nor Doc 9303 defines.
        """
        return resolve_state(self.issuing_state, field="mrz.issuing_state")

    def nationality_entry(self) -> Country | IcaoCodeEntry:
        """Return the holder's country, or the ICAO code entry (XXA stateless, XXB refugee)."""
        return resolve_state(self.nationality, field="mrz.nationality")

    def fields(self) -> dict[str, Any]:
        """Return the fields that :func:`~migstd.identifiers.mrz.generate` takes, by name."""
        return {
            "format": self.format,
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "primary_identifier": self.primary_identifier,
            "secondary_identifier": self.secondary_identifier,
            "document_number": self.document_number,
            "nationality": self.nationality,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "expiry_date": self.expiry_date,
            "optional_data": self.optional_data,
            "optional_data_2": self.optional_data_2,
        }

    def to_dict(self) -> dict[str, Any]:
        """Return every field as JSON-ready values: dates as ISO 8601 text, check digits as dicts.

        A date is written as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` when parts are
        unknown (``None`` when the year is unknown), and beside it its parts.
        """
        data = self.fields()
        for name in ("birth_date", "expiry_date"):
            date: MrzDate = data[name]
            data[name] = date.isoformat()
            data[f"{name}_parts"] = {"year": date.year, "month": date.month, "day": date.day}
        data["check_digits"] = [
            {"field": check.field, "printed": check.printed, "computed": check.computed, "valid": check.valid}
            for check in self.check_digits
        ]
        data["valid"] = self.valid
        data["names_truncated"] = self.names_truncated
        return data

    def __repr__(self) -> str:
        return (
            f"Mrz(format={self.format!r}, document_code={self.document_code!r}, "
            f"issuing_state={self.issuing_state!r}, valid={self.valid})"
        )

    __str__ = __repr__
