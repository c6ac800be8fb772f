"""Georgian identifiers: personal number, legal entity code, passport and ID card numbers.

Each is a module with the functions ``compact``, ``validate``, ``is_valid``,
``check`` and ``format`` (see :mod:`migstd.identifiers._base`):

* :mod:`~migstd.identifiers.ge.personal_number`: 11 digits, format only.
* :mod:`~migstd.identifiers.ge.legal_entity_code`: 9 digits, format only.
* :mod:`~migstd.identifiers.ge.passport_number` and
  :mod:`~migstd.identifiers.ge.id_card_number`: the ICAO document-number
  form, with an unverified national pattern behind ``strict=True``.

>>> from migstd.identifiers.ge import personal_number
>>> personal_number.is_valid("01024059317")
True
"""

from migstd.identifiers.ge import id_card_number, legal_entity_code, passport_number, personal_number

__all__ = ["id_card_number", "legal_entity_code", "passport_number", "personal_number"]
