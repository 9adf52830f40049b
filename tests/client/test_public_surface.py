"""`symbl_api.__all__` is exactly the public surface: nothing public left out, nothing private in."""

from __future__ import annotations

import inspect
import types

import symbl_api
from symbl_api import _errors


def test_every_export_exists_once() -> None:
    assert len(symbl_api.__all__) == len(set(symbl_api.__all__))
    missing = [name for name in symbl_api.__all__ if not hasattr(symbl_api, name)]
    assert missing == []


def test_every_public_name_of_the_package_is_exported() -> None:
    public = {
        name
        for name, value in vars(symbl_api).items()
        if not name.startswith("_") and not (isinstance(value, types.ModuleType) and name != "models")
    }
    assert public - set(symbl_api.__all__) == set(), "public but not in __all__ (export it or make it private)"
    assert set(symbl_api.__all__) - public == {"__version__"}


# `Unset` is msgspec's own type on purpose: decoded models hold msgspec's UNSET, so an
# isinstance check against it must see the same class.
ALIASED_FROM_DEPENDENCIES = {"Unset": "msgspec"}


def test_exports_come_from_the_package_not_from_its_dependencies() -> None:
    for name in symbl_api.__all__:
        value = getattr(symbl_api, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            allowed = {"symbl_api", "_symbl_api_generated", *ALIASED_FROM_DEPENDENCIES.get(name, "").split()}
            assert value.__module__.split(".")[0] in allowed, name


def test_every_error_class_is_exported() -> None:
    errors = {name for name, value in vars(_errors).items() if inspect.isclass(value) and issubclass(value, Exception)}
    assert errors - set(symbl_api.__all__) == set()
