"""Build hook: the wheel carries the bundled spec as `symbl_mock/openapi.json`, and the
real-time channels as `symbl_mock/asyncapi.json` (the AsyncAPI document and its table).

The mock (`acme-symbl-api-client[mock]`) serves the spec it was built with, so an installed
mock runs without this repository. Both are read by the generator's own code
(generator/bundle.py, generator/realtime.py: they need only PyYAML, which the build
environment has). Editable installs skip this: they read spec/ directly.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundledSpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            bundle = importlib.import_module("generator.bundle")
            realtime = importlib.import_module("generator.realtime")
        finally:
            sys.path.remove(str(root))
        openapi = bundle.load_spec(root / "spec")
        asyncapi = realtime.load_asyncapi(openapi, root / "spec")
        folder = Path(tempfile.mkdtemp(prefix="symbl-spec-"))
        for name, data in (
            ("openapi.json", openapi),
            ("asyncapi.json", {"asyncapi": asyncapi, "table": realtime.realtime_table(asyncapi)}),
        ):
            (folder / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            build_data["force_include"][str(folder / name)] = f"symbl_mock/{name}"
