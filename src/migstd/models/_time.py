"""Timestamps: a date and time with a UTC offset, never a naive time and never a number.

>>> from pydantic import TypeAdapter
>>> TypeAdapter(Timestamp).validate_python("2024-07-01T14:05:00+04:00").isoformat()
'2024-07-01T14:05:00+04:00'
>>> TypeAdapter(Timestamp).validate_python(1719828300)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ...
  timestamp must be an ISO 8601 date and time with a UTC offset, not a number \
[type=timestamp_type, input_value=1719828300, input_type=int]
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final

from pydantic import AwareDatetime, BeforeValidator
from pydantic_core import PydanticCustomError

__all__ = ["Timestamp"]

# Text that pydantic would read as seconds since the Unix epoch.
_NUMBER: Final = re.compile(r"\s*[+-]?[0-9]+(\.[0-9]*)?\s*")


def _reject_numbers(value: Any) -> Any:
    # pydantic reads numbers as Unix time. A count of seconds in an extract is
    # more often a local time typed without its zone, so it is rejected.
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number or (isinstance(value, str) and _NUMBER.fullmatch(value)):
        raise PydanticCustomError(
            "timestamp_type", "timestamp must be an ISO 8601 date and time with a UTC offset, not a number"
        )
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(_reject_numbers)]
"""A :class:`datetime.datetime` with a UTC offset. Naive times fail with ``timezone_aware``, numbers
with ``timestamp_type``; JSON keeps the offset ("+04:00", or "Z" for UTC)."""
