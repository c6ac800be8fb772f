"""Georgia's geography: regions, municipalities and border crossing points.

Three code lists, each read from a data file that ``scripts/make_georgia.py``
generates from curated tables with a source per entry:

- :data:`ge_regions`: the 12 codes of ISO 3166-2:GE (two autonomous
  republics, nine regions and the city of Tbilisi) and the Tskhinvali region,
  the former South Ossetian Autonomous Oblast. ISO assigns that territory no
  code, so its code ``GE-TSKHINVALI`` is a migstd code, and its entry has
  ``iso_assigned`` false.
- :data:`ge_municipalities`: municipalities and self-governing cities, with
  their region in ``parent``, plus the occupied municipalities and the
  districts of the occupied territories that Georgian records name. The codes,
  such as ``GE-SZ-ZUGDIDI``, are migstd codes, because no official municipality
  code was found.
- :data:`ge_border_crossing_points`: points on the state border (road, rail,
  sea port, airport) and, kept apart by ``boundary``, the crossing points on
  the administrative boundary line with the occupied territories, which are
  not state border crossing points. The codes are migstd codes, and ``get``
  also accepts the IATA and ICAO codes of airports.

The Law of Georgia on Occupied Territories (2008) names Abkhazia and the
Tskhinvali region as occupied territories, and ``occupied`` marks them and
the units in them:

>>> ge_regions.get("GE-AB").occupied, ge_regions.get("GE-TSKHINVALI").iso_assigned
(True, False)
>>> ge_regions.get("GE-TSKHINVALI").overlaps
('GE-SK', 'GE-MM', 'GE-IM', 'GE-RL')
>>> ge_municipalities.lookup("ᲖᲣᲒᲓᲘᲓᲘ").code, ge_municipalities.get("GE-SZ-ZUGDIDI").parent
('GE-SZ-ZUGDIDI', 'GE-SZ')
>>> ge_municipalities.lookup("Sukhumi").occupied_territory
'GE-AB'
>>> point = ge_border_crossing_points.get("TBS")
>>> point.code, point.kind, point.is_state_border
('GE-BCP-TBILISI-AIRPORT', 'air', True)
>>> ge_border_crossing_points.lookup("Enguri bridge").boundary
'administrative boundary line'

A municipality's ``parent`` is a code of :data:`ge_regions`, which is the
``parents`` list of :data:`ge_municipalities`:

>>> ge_municipalities.parent("GE-SZ-ZUGDIDI").labels["ka"]
'სამეგრელო-ზემო სვანეთი'
>>> [entry.code for entry in ge_municipalities.children("GE-RL")]
['GE-RL-AMBROLAURI', 'GE-RL-LENTEKHI', 'GE-RL-ONI', 'GE-RL-TSAGERI']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "ADMINISTRATIVE_BOUNDARY_LINE",
    "STATE_BORDER",
    "BorderCrossingPoint",
    "BorderCrossingPointCode",
    "Municipality",
    "MunicipalityCode",
    "Region",
    "RegionCode",
    "ge_border_crossing_points",
    "ge_municipalities",
    "ge_regions",
]

STATE_BORDER = "state border"
"""The ``boundary`` of a point on Georgia's state border."""

ADMINISTRATIVE_BOUNDARY_LINE = "administrative boundary line"
"""The ``boundary`` of a crossing point toward an occupied territory, which is not a state border point."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Region(CodeEntry):
    """A first-level division of Georgia: an ISO 3166-2:GE subdivision or the Tskhinvali region.

    - ``category`` is "autonomous republic", "region", "city" or, for the
      Tskhinvali region, "former autonomous oblast".
    - ``administrative_centre`` is the English name of its centre.
    - ``occupied`` marks an occupied territory under the Law of Georgia on
      Occupied Territories.
    - ``iso_assigned`` is false for a code that ISO 3166-2 does not assign.
    - ``overlaps`` lists the ISO 3166-2 regions whose territory an entry
      without an ISO code falls in.
    """

    category: str
    administrative_centre: str
    occupied: bool
    iso_assigned: bool = True
    overlaps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Municipality(CodeEntry):
    """A municipality or self-governing city of Georgia, or a district of an occupied territory.

    - ``parent`` is the code of its region in :data:`ge_regions`, the list's ``parents``.
    - ``kind`` is "municipality", "self-governing city" or "district", a unit of
      an occupied territory that records name but that is not a municipality.
    - ``occupied`` marks a unit outside the government's control, and
      ``occupied_territory`` is then the :data:`ge_regions` code of its
      territory (``GE-AB`` or ``GE-TSKHINVALI``), else empty.
    """

    kind: str
    occupied: bool
    occupied_territory: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class BorderCrossingPoint(CodeEntry):
    """A border crossing point of Georgia, or a crossing point on the administrative boundary line.

    - ``kind`` is "road", "rail", "sea" or "air".
    - ``boundary`` is :data:`STATE_BORDER` or :data:`ADMINISTRATIVE_BOUNDARY_LINE`.
    - ``neighbour`` is the ISO 3166-1 alpha-3 code of the state across a land
      point on the state border, else empty.
    - ``counterpart`` names the point on the other side where a source gives it.
    - ``municipality`` is a :data:`ge_municipalities` code, empty where no
      source places the point; ``region`` is a :data:`ge_regions` code, empty
      only for a planned point of unknown place.
    - ``occupied_territory`` is the :data:`ge_regions` code of the territory an
      administrative boundary line point leads to.
    - ``status`` is "operational", "seasonal", "not operational", "planned",
      "intermittent" (closed at intervals) or "unknown".
    - ``iata`` and ``icao`` are an airport's codes, which :meth:`CodeList.get`
      also accepts.
    """

    kind: str
    boundary: str
    neighbour: str = ""
    counterpart: str = ""
    municipality: str = ""
    region: str = ""
    occupied_territory: str = ""
    status: str = "unknown"
    iata: str = ""
    icao: str = ""

    @property
    def is_state_border(self) -> bool:
        """Whether the point is on the state border, not on the administrative boundary line."""
        return self.boundary == STATE_BORDER

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the airport's IATA and ICAO codes, where it has them."""
        return tuple(code for code in (self.iata, self.icao) if code)


ge_regions: CodeList[Region] = CodeList(
    "ge_regions", lambda: load_data("ge_regions", Region), languages=("en", "ka", "ru")
)
"""ISO 3166-2:GE and the Tskhinvali region (``GE-TSKHINVALI``, a migstd code).

English labels are the ISO romanized names (``K'akheti``); the usual English
names are aliases. Georgian and Russian labels come from pycountry's
``iso3166-2`` catalogues where they have them. The catalogues have no Russian
name for GE-KA and GE-RL, and the Tskhinvali region has none either.
"""

ge_municipalities: CodeList[Municipality] = CodeList(
    "ge_municipalities", lambda: load_data("ge_municipalities", Municipality), parents=ge_regions
)
"""Municipalities and self-governing cities of Georgia, with migstd codes ``<region>-<NAME>``.

Names come from Geostat's regional database. ``lookup`` also accepts the
name with its kind, such as "Zugdidi Municipality" or "ზუგდიდის მუნიციპალიტეტი".
"""

ge_border_crossing_points: CodeList[BorderCrossingPoint] = CodeList(
    "ge_border_crossing_points", lambda: load_data("ge_border_crossing_points", BorderCrossingPoint)
)
"""Border crossing points of Georgia and crossing points on the administrative boundary line.

NOTE: no official list of border crossing points was found, so entries that
only secondary sources support have ``verified`` false and a note.
"""


RegionCode = Annotated[
    str,
    CodeValidator(
        ge_regions,
        rule="ge_region_code",
        forms="ISO 3166-2:GE codes such as GE-TB, and GE-TSKHINVALI",
    ),
]
"""An ISO 3166-2:GE code or ``GE-TSKHINVALI``, stored as written in :data:`ge_regions`."""

MunicipalityCode = Annotated[
    str,
    CodeValidator(
        ge_municipalities,
        rule="ge_municipality_code",
        forms="migstd municipality codes such as GE-SZ-ZUGDIDI",
    ),
]
"""A migstd municipality code, such as ``GE-SZ-ZUGDIDI``."""

BorderCrossingPointCode = Annotated[
    str,
    CodeValidator(
        ge_border_crossing_points,
        rule="ge_border_crossing_point_code",
        forms="migstd codes such as GE-BCP-SARPI and the IATA and ICAO codes of airports",
    ),
]
"""A migstd border crossing point code. An airport's IATA or ICAO code is stored as its migstd code."""
