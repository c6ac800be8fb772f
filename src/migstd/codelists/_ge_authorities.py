"""Georgian authorities that produce or exchange migration data.

Each authority has a migstd mnemonic code (Georgia publishes no code list of
its authorities), its official name in Georgian, and ``parent`` set to the
ministry it belongs to. An abolished or renamed body keeps its code with
``successors`` naming the bodies that took over its duties; follow them with
:meth:`~migstd.codelists.CodeList.successors`.

>>> [entry.code for entry in ge_authorities.successors("MRA")]
['MOH', 'MIA']
>>> ge_authorities.get("MIA_BP").parent
'MIA'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = ["Authority", "AuthorityCode", "ge_authorities"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Authority(CodeEntry):
    """A Georgian public authority; ``parent`` is the ministry it belongs to, if any."""


ge_authorities: CodeList[Authority] = CodeList(
    "ge_authorities", lambda: load_data("ge_authorities", Authority)
)
"""Georgian authorities that exchange migration data, with their official Georgian names."""

AuthorityCode = Annotated[
    str, CodeValidator(ge_authorities, rule="authority_code", forms="migstd mnemonic authority codes")
]
"""A code of :data:`ge_authorities`, such as "PSDA"."""
