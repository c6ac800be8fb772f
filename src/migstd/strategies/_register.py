"""Registration of the models' strategies with Hypothesis, so that ``st.from_type(Person)`` works.

Hypothesis calls :func:`_hypothesis_setup_hook` through the ``hypothesis``
entry point in migstd's ``pyproject.toml`` when it is imported, as its
documentation on registering strategies via setuptools entry points
describes. The hook imports only the models; the strategies are looked up
when ``st.from_type`` first resolves a model. That also keeps the hook
working when ``import migstd.strategies`` is what imports Hypothesis, while
the package is still half-initialized.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["register_type_strategies"]


def _factories() -> dict[type[Any], Callable[[], Any]]:
    from migstd import models
    from migstd import strategies as ours

    return {
        models.Person: ours.persons,
        models.PersonName: ours.person_names,
        models.PartialDate: ours.partial_dates,
        models.Identifier: ours.identifiers,
        models.TravelDocument: ours.travel_documents,
        models.Address: ours.addresses,
        models.ContactPoint: ours.contact_points,
        models.Citizenship: ours.citizenships,
        models.Reference: ours.references,
        models.BorderCrossing: ours.border_crossings,
        models.ResidencePermit: ours.residence_permits,
        models.Visa: ours.visas,
        models.ProtectionApplication: ours.protection_applications,
        models.DiasporaMember: ours.diaspora_members,
        models.ReturnCase: ours.return_cases,
        models.LabourMigrationRecord: ours.labour_migration_records,
        models.Record: ours.records,
    }


def _resolve(model: type[Any]) -> Any:
    return _factories()[model]()


def register_type_strategies() -> None:
    """Register a strategy for every model of :mod:`migstd.models` with ``st.register_type_strategy``.

    Hypothesis runs this through its entry point; call it yourself only where
    plugins are turned off (``HYPOTHESIS_NO_PLUGINS``). Registering twice is
    harmless.
    """
    from hypothesis import strategies as st

    from migstd import models

    for model in (
        models.Person,
        models.PersonName,
        models.PartialDate,
        models.Identifier,
        models.TravelDocument,
        models.Address,
        models.ContactPoint,
        models.Citizenship,
        models.Reference,
        models.BorderCrossing,
        models.ResidencePermit,
        models.Visa,
        models.ProtectionApplication,
        models.DiasporaMember,
        models.ReturnCase,
        models.LabourMigrationRecord,
        models.Record,
    ):
        st.register_type_strategy(model, _resolve)


def _hypothesis_setup_hook() -> None:
    register_type_strategies()
