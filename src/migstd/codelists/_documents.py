"""Document types: the ICAO Doc 9303 document codes and Georgian identity and travel documents.

:data:`document_types` holds the document codes that open a machine readable
zone (MRZ): "P" and the passport type letters, "I", "A", "C" with the crew member
certificate "AC", the common identity card code "ID", and the visa code "V".
A code is written as printed without the ``<`` filler, and :meth:`~CodeList.get`
accepts either form in any case:

>>> document_types.get("p<").code, document_types.get("Pd").code
('P', 'PD')
>>> document_types.get("V").formats
('MRV-A', 'MRV-B')

:data:`ge_document_types` lists Georgian documents under migstd mnemonic codes,
each with the ICAO code printed in its MRZ when it has one:

>>> ge_document_types.lookup("ᲓᲐᲑᲐᲓᲔᲑᲘᲡ ᲛᲝᲬᲛᲝᲑᲐ").code
'GE_BIRTH_CERTIFICATE'
>>> ge_document_types.get("GE_PASSPORT").icao_code
'P'

NOTE: most second letters and all Georgian MRZ codes could not be checked
against the ICAO text or a Georgian specimen; such entries have
``verified=False`` and a note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from migstd.codelists._codelist import CodeEntry, CodeList
from migstd.codelists._data import load_data
from migstd.codelists._validator import CodeValidator

__all__ = [
    "DocumentType",
    "DocumentTypeCode",
    "GeDocumentType",
    "GeDocumentTypeCode",
    "document_types",
    "ge_document_types",
]

# The MRZ filler character, which pads a one-letter document code to two characters.
_FILLER = "<"


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentType(CodeEntry):
    """An ICAO Doc 9303 document code.

    ``formats`` are the MRZ formats the code appears in: TD1, TD2, TD3, MRV-A or MRV-B.
    """

    formats: tuple[str, ...] = ()

    def alternative_codes(self) -> tuple[str, ...]:
        """Return the code as printed with its filler ("P<") for one-letter codes."""
        return (self.code + _FILLER,) if len(self.code) == 1 else ()


@dataclass(frozen=True, slots=True, kw_only=True)
class GeDocumentType(CodeEntry):
    """A Georgian identity or travel document.

    ``icao_code`` is the code of :data:`document_types` printed in its MRZ, or
    empty when the document has no MRZ or its code is not known (``note`` says
    which). ``mrz_format`` is the MRZ format (TD1 or TD3) and ``issuer`` the
    issuing authority. ``valid_from`` and ``valid_to`` bound the days on which
    the document type was issued, not the validity of single documents.
    """

    icao_code: str = ""
    mrz_format: str = ""
    issuer: str = ""


document_types: CodeList[DocumentType] = CodeList(
    "document_types", lambda: load_data("document_types", DocumentType)
)
"""ICAO Doc 9303 document codes; :meth:`~CodeList.get` also accepts one-letter codes with the filler."""

ge_document_types: CodeList[GeDocumentType] = CodeList(
    "ge_document_types", lambda: load_data("ge_document_types", GeDocumentType)
)
"""Georgian identity and travel documents under migstd codes."""

DocumentTypeCode = Annotated[
    str,
    CodeValidator(
        document_types,
        rule="document_type_code",
        forms="ICAO Doc 9303 document codes such as P, PD, I, ID, AC and V, with or without the < filler",
    ),
]
"""An ICAO Doc 9303 document code, stored without the filler."""

GeDocumentTypeCode = Annotated[
    str,
    CodeValidator(ge_document_types, rule="ge_document_type_code", forms="migstd Georgian document codes"),
]
"""A Georgian document type, stored as its migstd code."""
