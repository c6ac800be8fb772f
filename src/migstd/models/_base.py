"""The base model: frozen, strict about extra fields, and silent about personal values."""

from __future__ import annotations

import typing
from typing import Any, ClassVar, Final, Self

import pydantic
from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

from migstd.errors import ValidationError

__all__ = ["PERSONAL_KEY", "REDACTED_TEXT", "MigstdModel", "personal_field"]

# Key in a field's JSON Schema that marks it as personal data. The "x-" prefix
# is the usual mark of an extension keyword, which JSON Schema validators ignore.
PERSONAL_KEY: Final = "x-personal-data"

# Text that replaces a personal value in the output of MigstdModel.redacted().
REDACTED_TEXT: Final = "<redacted>"

# Shortest rejected text that is looked for inside an error message. A single
# character would match most messages and reveal nothing on its own.
_MIN_LEAK_LENGTH: Final = 2


class _Redacted:
    """Placeholder printed instead of a personal value."""

    def __repr__(self) -> str:
        return "<redacted>"


REDACTED: Final = _Redacted()


def personal_field(default: Any = PydanticUndefined, **kwargs: Any) -> Any:
    """Return a :func:`pydantic.Field` marked as personal data.

    The field's JSON Schema gets ``"x-personal-data": true``, and :class:`MigstdModel`
    prints ``<redacted>`` for it in ``repr()`` and ``str()``.
    """
    extra = dict(kwargs.pop("json_schema_extra", None) or {})
    extra[PERSONAL_KEY] = True
    return Field(default, json_schema_extra=extra, **kwargs)


class MigstdModel(BaseModel):
    """Base of migstd's models.

    Models are frozen and reject unknown fields. Personal fields (declared with
    :func:`personal_field`) print as ``<redacted>`` unless they are ``None``.
    Validation raises :class:`migstd.errors.ValidationError`, not pydantic's
    error, and that error carries no input: its ``errors()`` entries have only
    ``loc``, ``type`` and ``msg``, its ``field`` is the first error's dotted
    location and its ``rule`` that error's type. The pydantic error is neither
    its ``__cause__`` nor its ``__context__``. A message that quotes the input
    of a personal field, or of a field that contains a model, is replaced by one
    that names only the rule, in case a validator put the value in it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    personal_fields: ClassVar[frozenset[str]] = frozenset()
    """Names of the fields declared with :func:`personal_field`."""

    # Fields whose error messages are checked for the rejected input: personal
    # fields and fields that hold models, which may have personal fields.
    _screened_fields: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)

        cls.personal_fields = frozenset(
            name
            for name, info in cls.model_fields.items()
            if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get(PERSONAL_KEY) is True
        )
        cls._screened_fields = cls.personal_fields | {
            name for name, info in cls.model_fields.items() if _holds_model(info.annotation)
        }

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, type(self)._screened_fields)
        else:
            return
        # Raised outside the except block so that __context__ stays empty.
        raise error from None

    # Marks the override as a wrapper of BaseModel.__init__, as pydantic's own
    # RootModel does. Without it pydantic validates a nested model through this
    # __init__, and the nested error would lose its location and type.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, **kwargs)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, cls._screened_fields)
        raise error from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, cls._screened_fields)
        raise error from None

    @classmethod
    def model_validate_strings(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_strings(obj, **kwargs)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, cls._screened_fields)
        raise error from None

    def __setattr__(self, name: str, value: Any) -> None:
        # A frozen model rejects assignment with an error that carries the new value.
        try:
            super().__setattr__(name, value)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, type(self)._screened_fields)
        else:
            return
        raise error from None

    def __delattr__(self, name: str) -> None:
        try:
            super().__delattr__(name)
        except pydantic.ValidationError as exc:
            error = _convert_error(exc, type(self)._screened_fields)
        else:
            return
        raise error from None

    def redacted(self) -> dict[str, Any]:
        """Return the model as JSON-ready data with every personal value replaced by ``"<redacted>"``.

        The result is a plain dict, not a model, because a masked birth date or
        personal number could not pass validation. It is meant for logs and
        tickets: codes, event dates and the structure stay readable. A personal
        field that contains models keeps them, with their own personal fields
        masked, so the script and use of a name remain visible. ``None`` and
        empty tuples stay as they are, since they reveal nothing.
        """
        data = self.model_dump(mode="json")
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, MigstdModel):
                data[name] = value.redacted()
            elif isinstance(value, tuple) and any(isinstance(item, MigstdModel) for item in value):
                data[name] = [_redacted_item(item, data[name][index]) for index, item in enumerate(value)]
            elif name in self.personal_fields and value is not None and value != ():
                data[name] = REDACTED_TEXT
        return data

    def __repr_args__(self) -> Any:
        for name, value in super().__repr_args__():
            if name in self.personal_fields and value is not None:
                yield name, REDACTED
            else:
                yield name, value


def _redacted_item(item: object, dumped: Any) -> Any:
    return item.redacted() if isinstance(item, MigstdModel) else dumped


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, MigstdModel):
        return True
    return any(_holds_model(argument) for argument in typing.get_args(annotation))


def _convert_error(exc: pydantic.ValidationError, screened: frozenset[str]) -> ValidationError:
    """Return a migstd error with the location, type and message of each pydantic error.

    A message that contains the input of a field in ``screened``, or of the whole
    input, is replaced by one that names only the rule.
    """
    details: list[dict[str, Any]] = []
    for item in exc.errors(include_url=False):
        loc = tuple(item["loc"])
        message = item["msg"]
        if _is_screened(loc, screened) and _contains_input(message, item.get("input")):
            message = f"invalid value (rule {item['type']})"
        details.append({"loc": loc, "type": item["type"], "msg": message})

    lines = [_line(item["loc"], item["msg"]) for item in details]
    first = details[0]
    field = _dotted(first["loc"]) or None
    # ValidationError puts ``field`` in front of the message, so the first line omits it.
    summary = "; ".join([first["msg"], *lines[1:]]) if field else "; ".join(lines)
    return ValidationError(summary, field=field, rule=first["type"], details=details)


def _line(loc: tuple[Any, ...], message: str) -> str:
    return f"{_dotted(loc)}: {message}" if loc else message


def _dotted(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _is_screened(loc: tuple[Any, ...], screened: frozenset[str]) -> bool:
    # Errors of the whole input (JSON syntax, wrong top-level type) have no field.
    return not loc or loc[0] in screened


def _contains_input(message: str, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    text = str(value)
    return len(text) >= _MIN_LEAK_LENGTH and text in message
