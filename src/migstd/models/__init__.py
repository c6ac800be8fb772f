"""Pydantic models of migration records: people, their names and partial dates.

Every model derives from :class:`MigstdModel`: it is frozen, rejects unknown
fields, prints personal fields as ``<redacted>`` and raises
:class:`migstd.errors.ValidationError` with the field and rule but never the
rejected value.

>>> from migstd.errors import ValidationError
>>> try:
...     Person(names=[{"given_names": "Nino2"}], personal_number="1024059317")
... except ValidationError as err:
...     print(err)
names.0.given_names.0: name part contains a digit; personal_number: personal number must be \
exactly 11 digits 0-9
>>> Person.model_json_schema()["properties"]["birth_date"]["anyOf"][0]["type"]
'string'
"""

from migstd.models._base import MigstdModel, personal_field
from migstd.models._dates import MAX_YEAR, MIN_YEAR, PartialDate, Precision
from migstd.models._person import NameUse, Person, PersonName

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "MigstdModel",
    "NameUse",
    "PartialDate",
    "Person",
    "PersonName",
    "Precision",
    "personal_field",
]
