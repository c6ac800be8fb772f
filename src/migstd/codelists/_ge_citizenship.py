"""Modes of acquiring and terminating Georgian citizenship.

The lists follow the Constitution of Georgia (Art. 32: citizenship is
acquired by birth or naturalisation, and deprivation is inadmissible) and the
Organic Law of Georgia on Georgian Citizenship (No 2319-IIს of 30 April
2014). The forms of naturalisation have ``parent`` "NATURALISATION" and the
grounds of loss have ``parent`` "LOSS". All codes are migstd mnemonic codes.

>>> [entry.code for entry in ge_citizenship_acquisition_modes.children("NATURALISATION")]
['GENERAL', 'SIMPLIFIED', 'EXCEPTION', 'RESTORATION']
>>> ge_citizenship_loss_modes.lookup("renunciation").code
'RENUNCIATION'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "CitizenshipAcquisitionMode",
    "CitizenshipAcquisitionModeCode",
    "CitizenshipLossMode",
    "CitizenshipLossModeCode",
    "ge_citizenship_acquisition_modes",
    "ge_citizenship_loss_modes",
]

_FORMS = "migstd mnemonic codes"


@dataclass(frozen=True, slots=True, kw_only=True)
class CitizenshipAcquisitionMode(CodeEntry):
    """A mode of acquiring Georgian citizenship."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CitizenshipLossMode(CodeEntry):
    """A mode of terminating Georgian citizenship: renunciation or a ground of loss."""


ge_citizenship_acquisition_modes: CodeList[CitizenshipAcquisitionMode] = CodeList(
    "ge_citizenship_acquisition_modes",
    lambda: load_data("ge_citizenship_acquisition_modes", CitizenshipAcquisitionMode),
)
"""Modes of acquiring Georgian citizenship."""

ge_citizenship_loss_modes: CodeList[CitizenshipLossMode] = CodeList(
    "ge_citizenship_loss_modes", lambda: load_data("ge_citizenship_loss_modes", CitizenshipLossMode)
)
"""Modes of terminating Georgian citizenship."""


CitizenshipAcquisitionModeCode = Annotated[
    str,
    CodeValidator(ge_citizenship_acquisition_modes, rule="citizenship_acquisition_mode_code", forms=_FORMS),
]
"""A code of :data:`ge_citizenship_acquisition_modes`, such as "BIRTH"."""

CitizenshipLossModeCode = Annotated[
    str, CodeValidator(ge_citizenship_loss_modes, rule="citizenship_loss_mode_code", forms=_FORMS)
]
"""A code of :data:`ge_citizenship_loss_modes`, such as "RENUNCIATION"."""
