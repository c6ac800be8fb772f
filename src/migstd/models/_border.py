"""Border crossings: one person passing one border crossing point in one direction at one moment.

>>> crossing = BorderCrossing(
...     direction="entry", crossing_point="GE-BCP-SARPI", timestamp="2024-07-01T14:05:00+04:00",
...     transport_mode="road", traveller={"record_id": "PSDA-2024-000117"},
...     document={"issuing_state": "TUR", "number": "U12345678"},
... )
>>> crossing.timestamp.isoformat()
'2024-07-01T14:05:00+04:00'
>>> BorderCrossing(direction="exit", crossing_point="GE-BCP-SARPI", timestamp="2024-07-01T14:05:00",
...                transport_mode="road", traveller={"record_id": "PSDA-2024-000117"})
Traceback (most recent call last):
...
migstd.errors.ValidationError: timestamp: Input should have timezone info
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from migstd.codelists import AuthorityCode, BorderCrossingPointCode
from migstd.models._base import MigstdModel
from migstd.models._reference import DocumentOrReference, PersonOrReference
from migstd.models._time import Timestamp

__all__ = ["BorderCrossing", "Direction", "TransportMode"]

Direction = Literal["entry", "exit"]
TransportMode = Literal["road", "rail", "air", "sea", "pedestrian"]


class BorderCrossing(MigstdModel):
    """A crossing of a Georgian border or administrative boundary line by one traveller.

    ``timestamp`` must carry a time zone offset: a naive date and time is
    rejected, because the same wall-clock time at Sarpi and at a land crossing
    of a neighbour in another zone are different moments. The offset is kept
    in JSON. ``traveller`` and ``document`` are either the models or a
    :class:`Reference` to their records.
    """

    kind: Literal["border_crossing"] = "border_crossing"
    direction: Direction
    crossing_point: BorderCrossingPointCode
    timestamp: Timestamp = Field(description="Moment of the crossing, with its UTC offset.")
    transport_mode: TransportMode
    traveller: PersonOrReference
    document: DocumentOrReference | None = Field(default=None, description="Document shown at the crossing.")
    recorded_by: AuthorityCode | None = Field(
        default=None, description="Authority that recorded the crossing."
    )
