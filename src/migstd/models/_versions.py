"""Schema versions of migstd records, and the functions that upgrade a record from one to the next.

A record written under an older schema carries its version in
``schema_version``. :class:`~migstd.models.Record` validation passes such a
record through the registered upgrade functions, one version step at a time,
until it reaches :data:`SCHEMA_VERSION`:

>>> record = {"schema_version": "0.9", "source": "PSDA", "record_id": "PSDA-2019-000001",
...           "recorded_at": "2019-05-02T10:00:00+04:00",
...           "payload": {"names": [{"given_names": "Nino"}], "personal_number": "01024059317"}}
>>> upgraded = upgrade_record(record)
>>> upgraded["schema_version"], upgraded["payload"]["identifiers"]
('1.0.0', [{'scheme': 'GE_PERSONAL_NUMBER', 'value': '01024059317'}])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from pydantic_core import PydanticCustomError

__all__ = ["SCHEMA_VERSION", "Upgrade", "register_upgrade", "upgrade_record", "version_key"]

SCHEMA_VERSION: Final = "1.0.0"
"""Version of the models and of the JSON Schemas under ``schemas/``: major.minor.patch."""

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
"""A function that takes a record of one version as a dict and returns it in the next."""

_VERSION: Final = re.compile(r"[0-9]{1,4}(?:\.[0-9]{1,4}){0,2}")

# Registered upgrades: the version a record has, mapped to the version it
# reaches and the function that gets it there.
_UPGRADES: dict[str, tuple[str, Upgrade]] = {}


def version_key(version: str) -> tuple[int, int, int]:
    """Return a version as (major, minor, patch), missing parts 0, for comparison: "0.9" is (0, 9, 0)."""
    parts = [int(part) for part in version.split(".")]
    major, minor, patch = [*parts, 0, 0][:3]
    return (major, minor, patch)


def register_upgrade(from_version: str, to_version: str) -> Callable[[Upgrade], Upgrade]:
    """Register the decorated function as the upgrade of records from ``from_version`` to ``to_version``.

    ``to_version`` must be newer. The function receives a copy of the record
    and need not set ``schema_version``, which :func:`upgrade_record` does.
    """
    if version_key(to_version) <= version_key(from_version):
        raise ValueError(f"upgrade from {from_version} must lead to a newer version, not {to_version}")

    def register(function: Upgrade) -> Upgrade:
        _UPGRADES[from_version] = (to_version, function)
        return function

    return register


def upgrade_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``record`` upgraded to :data:`SCHEMA_VERSION`, or raise a pydantic error.

    A record without ``schema_version`` or with the current one is returned
    unchanged (as a dict). The error names the version only when it has the
    form of a version, since a shifted column could put personal data there.
    """
    data = dict(record)
    version = data.get("schema_version", SCHEMA_VERSION)

    while version != SCHEMA_VERSION:
        if not isinstance(version, str) or not _VERSION.fullmatch(version):
            raise PydanticCustomError(
                "schema_version",
                "schema_version is not a version such as {current}",
                {"current": SCHEMA_VERSION},
            )
        if version_key(version) > version_key(SCHEMA_VERSION):
            raise PydanticCustomError(
                "schema_version",
                "record has schema version {version}, newer than {current}; upgrade migstd to read it",
                {"version": version, "current": SCHEMA_VERSION},
            )
        if version not in _UPGRADES:
            raise PydanticCustomError(
                "schema_version",
                "no upgrade from schema version {version} to {current} is registered",
                {"version": version, "current": SCHEMA_VERSION},
            )

        version, function = _UPGRADES[version]
        data = {**function(dict(data)), "schema_version": version}
    return data


@register_upgrade("0.9", "1.0.0")
def _upgrade_0_9(record: dict[str, Any]) -> dict[str, Any]:
    # Version 0.9 had only Person payloads, without "kind", and kept a person's
    # Georgian personal number and one document number as top-level fields.
    payload = record.get("payload")
    if not isinstance(payload, Mapping):
        return record

    person = dict(payload)
    person.setdefault("kind", "person")
    personal_number = person.pop("personal_number", None)
    document_number = person.pop("document_number", None)
    if personal_number is not None:
        identifier = {"scheme": "GE_PERSONAL_NUMBER", "value": personal_number}
        person["identifiers"] = [*person.get("identifiers", ()), identifier]
    if document_number is not None:
        person["documents"] = [*person.get("documents", ()), {"number": document_number}]
    return {**record, "payload": person}
