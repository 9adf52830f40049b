"""Print the public Python surface of one copy of the client as JSON.

Run as `python -c <this file's text> GENERATED_ROOT OVERRIDES_ROOT` with both folders first on
PYTHONPATH (never imported by the release tool itself): the copy under test must be the one that
gets imported, not the editable install of the working tree. Standard library only, so it runs
against any ref's code. OVERRIDES_ROOT is "-" when that ref has no public package.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

PUBLIC = "symbl_api"
GENERATED = "_symbl_api_generated"
RESOURCES = f"{GENERATED}.resources"
# Dunders that are part of how callers use an object (construction, `with`, iteration).
PROTOCOL_DUNDERS = {
    "__init__",
    "__call__",
    "__enter__",
    "__exit__",
    "__aenter__",
    "__aexit__",
    "__iter__",
    "__aiter__",
    "__next__",
    "__anext__",
}
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _annotation(value: Any) -> str:
    if value is inspect.Parameter.empty:
        return ""
    text = value if isinstance(value, str) else inspect.formatannotation(value)
    return " ".join(text.split())


def _default(value: Any) -> str | None:
    if value is inspect.Parameter.empty:
        return None
    if type(value).__name__ in ("Unset", "UnsetType"):  # the sentinel, whichever class implements it
        return "UNSET"
    return _ADDRESS.sub("", repr(value))


def _signature(function: Any, *, drop_first: bool) -> dict[str, Any]:
    signature = inspect.signature(function)
    params = list(signature.parameters.values())[1 if drop_first else 0 :]
    return {
        "params": [
            {
                "name": p.name,
                "kind": p.kind.name,
                "required": p.default is inspect.Parameter.empty
                and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD),
                "default": _default(p.default),
                "annotation": _annotation(p.annotation),
            }
            for p in params
        ],
        "returns": _annotation(signature.return_annotation),
    }


def _instance_attributes(cls: type) -> dict[str, str]:
    """`self.<name> = <Class>(...)` assignments in the __init__ of the class and its own bases."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        init = klass.__dict__.get("__init__")
        if klass.__module__ == "builtins" or init is None:
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
        except (OSError, TypeError, SyntaxError):
            continue
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                targets, value = list(node.targets), node.value
            elif isinstance(node, ast.AnnAssign):
                targets, value = [node.target], node.value
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and not target.attr.startswith("_")
                ):
                    called = value.func if isinstance(value, ast.Call) else None
                    found[target.attr] = called.id if isinstance(called, ast.Name) else ""
    return found


def _members(cls: type) -> dict[str, dict[str, Any]]:
    members: dict[str, dict[str, Any]] = {}
    for name in dir(cls):
        if name.startswith("_") and name not in PROTOCOL_DUNDERS:
            continue
        owner = next((k for k in cls.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__module__ == "builtins":
            continue
        raw = owner.__dict__[name]
        if isinstance(raw, staticmethod):
            members[name] = {"kind": "staticmethod", **_signature(raw.__func__, drop_first=False)}
        elif isinstance(raw, classmethod):
            members[name] = {"kind": "classmethod", **_signature(raw.__func__, drop_first=True)}
        elif isinstance(raw, property):
            returns = _annotation(inspect.signature(raw.fget).return_annotation) if raw.fget else ""
            members[name] = {"kind": "property", "params": [], "returns": returns}
        elif inspect.isfunction(raw):
            kind = "async method" if inspect.iscoroutinefunction(raw) or inspect.isasyncgenfunction(raw) else "method"
            members[name] = {"kind": kind, **_signature(raw, drop_first=True)}
        else:
            members[name] = {"kind": "attribute", "params": [], "returns": type(raw).__name__}
    for name, made_by in _instance_attributes(cls).items():
        members.setdefault(name, {"kind": "attribute", "params": [], "returns": made_by})
    return members


def _kind(value: Any) -> str:
    if inspect.ismodule(value):
        return "module"
    if inspect.isclass(value):
        return "class"
    if callable(value):
        return "function"
    return f"constant ({type(value).__name__})"


def _machinery(value: Any) -> str:
    """What a model is built on: "attrs", the first base class from outside this package
    (e.g. "msgspec.Struct", "enum.Enum"), or the kind of a non-class (an alias)."""
    if not inspect.isclass(value):
        return type(value).__name__
    if hasattr(value, "__attrs_attrs__"):
        return "attrs"
    for base in value.__mro__[1:]:
        if base.__module__ != "builtins" and not base.__module__.startswith(GENERATED):
            return f"{base.__module__}.{base.__qualname__}"
    return "class"


def _public_names(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    return sorted(set(names))


def surface(generated_root: Path, overrides_root: Path | None) -> dict[str, Any]:
    generated = importlib.import_module(GENERATED)
    where = Path(generated.__file__ or "").resolve()
    if generated_root.resolve() not in where.parents:
        raise SystemExit(f"imported {GENERATED} from {where}, not from {generated_root}")
    meta = importlib.import_module(f"{GENERATED}._meta")
    resources = importlib.import_module(RESOURCES)
    classes: dict[str, dict[str, Any]] = {}
    exports: dict[str, str] = {}
    models: list[str] = []
    machinery: dict[str, str] = {}
    if overrides_root is not None:
        public = importlib.import_module(PUBLIC)
        where = Path(public.__file__ or "").resolve()
        if overrides_root.resolve() not in where.parents:
            raise SystemExit(f"imported {PUBLIC} from {where}, not from {overrides_root}")
        for name in _public_names(public):
            value = getattr(public, name)
            exports[name] = _kind(value)
            if inspect.isclass(value):
                classes[f"{PUBLIC}.{name}"] = _members(value)
        models_module = getattr(public, "models", None)
        if inspect.ismodule(models_module):
            models = _public_names(models_module)
            machinery = {name: _machinery(getattr(models_module, name)) for name in models}
    for name, value in sorted(vars(resources).items()):
        # Resources live in the package itself or in one module per tag below it.
        if inspect.isclass(value) and value.__module__.startswith(RESOURCES) and not name.startswith("_"):
            classes[f"{RESOURCES}.{name}"] = _members(value)
    return {
        "version": str(getattr(meta, "__version__", "")),
        "exports": exports,
        "models": models,
        "model_machinery": machinery,
        "classes": classes,
    }


if __name__ == "__main__":
    generated_arg, overrides_arg = sys.argv[1], sys.argv[2]
    result = surface(Path(generated_arg), None if overrides_arg == "-" else Path(overrides_arg))
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
