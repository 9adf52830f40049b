"""Run openapi-python-client on the bundled spec and render the modules it cannot emit.

openapi-python-client produces models and one module per operation. Our templates (in
templates/symbl/) add what it ignores: the operation table read from the spec's x- extensions,
named environments from `servers`, the security schemes, the resource layer (one module per tag)
and the package metadata. Everything is written to a fresh folder, formatted with the pinned ruff in
isolated mode and stamped with a short DO-NOT-EDIT header, so the output is a pure function of spec/
and generator/.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import realtime
from .bundle import BUNDLE_PATH, ROOT, SPEC_DIR, bundle
from .constraints import Constraints
from .tables import build_tables

GENERATOR_DIR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR_DIR / "templates"
CONFIG_PATH = GENERATOR_DIR / "config.yaml"
PACKAGE_NAME = "_symbl_api_generated"
OUTPUT_DIR = ROOT / "generated" / PACKAGE_NAME
EXTRA_MODULES = {
    "symbl/meta.py.jinja": "_meta.py",
    "symbl/operations.py.jinja": "_operations.py",
    "symbl/runtime.py.jinja": "_runtime.py",
    "symbl/resources_init.py.jinja": "resources/__init__.py",
    "symbl/resources_handles.py.jinja": "resources/_handles.py",
    "symbl/realtime.py.jinja": "_realtime.py",
}
# Rendered once per tag, so a change to one tag's operations touches one resource module.
TAG_MODULE = ("symbl/resources_tag.py.jinja", "resources/{tag}.py")


HEADER = "# DO NOT EDIT: generated from spec/ by `python -m generator generate` (provenance: _meta.py).\n"


class GenerationError(Exception):
    """openapi-python-client reported a problem; the message lists each one."""


def generator_fingerprint() -> str:
    """openapi-python-client and ruff versions plus a hash of our own generator files."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(GENERATOR_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return (
        f"openapi-python-client {version('openapi-python-client')}, ruff {version('ruff')},"
        f" templates {digest.hexdigest()[:12]}"
    )


class _SymblProject(Project):
    """The stock project plus our extra modules; the stock build is not changed."""

    def __init__(self, *, tables: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._tables = tables
        # Models read the tables too (secret fields), and are rendered before the API modules.
        self.env.globals.update(tables=tables)

    def _build_api(self) -> None:
        self.env.globals.update(tables=self._tables)
        self.env.filters.update(realtime.FILTERS)
        super()._build_api()
        (self.package_dir / "resources").mkdir()
        for template_name, file_name in EXTRA_MODULES.items():
            text = self.env.get_template(template_name).render()
            (self.package_dir / file_name).write_text(text, encoding="utf-8")
        template = self.env.get_template(TAG_MODULE[0])
        for tag, collection in self.openapi.endpoint_collections_by_tag.items():
            text = template.render(tag=tag, collection=collection)
            (self.package_dir / TAG_MODULE[1].format(tag=tag)).write_text(text, encoding="utf-8")
        (self.package_dir / "py.typed").write_text("", encoding="utf-8")
        # The stock errors.py holds UnexpectedStatus, which no generated module raises any more
        # (an undocumented status is a Response the client turns into its own typed error).
        (self.package_dir / "errors.py").unlink()


def _format(folder: Path) -> None:
    # The pinned ruff installed beside this interpreter (not `python -m ruff`: run inside the
    # package folder, its types.py would shadow the standard library's).
    ruff = [str(Path(sys.executable).parent / "ruff")]
    # --isolated: ignore any ruff configuration of the folders above, so output never depends
    # on where the repository is checked out.
    common = ["--isolated", "--no-cache", "--line-length", "120"]
    for args in (["check", "--fix-only", "--extend-select=I"], ["format"]):
        done = subprocess.run([*ruff, args[0], str(folder), *common, *args[1:]], capture_output=True, text=True)
        if done.returncode != 0:
            # A template rendered invalid Python: say where, since the folder is temporary.
            raise GenerationError(f"ruff {args[0]} failed on the generated code:\n{done.stdout}{done.stderr}")


def _stamp(folder: Path, header: str) -> None:
    for path in sorted(folder.rglob("*.py")):
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")


def generate_into(target: Path, spec_path: Path | None = None, spec_dir: Path = SPEC_DIR) -> Path:
    """Generate the package into `target` (replaced); return the package folder.

    `spec_dir` holds the asyncapi.yaml of the real-time half (its payloads come from `spec_path`).
    """
    spec_path = spec_path or bundle()
    spec_bytes = spec_path.read_bytes()
    import yaml

    raw_spec = yaml.safe_load(spec_bytes)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=target,
    )
    openapi = GeneratorData.from_dict(raw_spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    fingerprint = generator_fingerprint()
    spec_sha = hashlib.sha256(spec_bytes).hexdigest()
    tables = build_tables(raw_spec, openapi, spec_sha256=spec_sha, generator=fingerprint)
    tables["realtime"] = realtime.realtime_table(realtime.load_asyncapi(raw_spec, spec_dir))
    if target.exists():
        shutil.rmtree(target)
    project = _SymblProject(openapi=openapi, config=config, custom_template_path=TEMPLATES, tables=tables)
    project.env.globals.update(constraints=Constraints(raw_spec))
    # The stock build prints a progress line to stdout; keep our output to what we say.
    with contextlib.redirect_stdout(io.StringIO()):
        errors = list(project.build())
    if errors:
        details = "\n".join(f"- {e.level.value}: {e.header}\n  {e.detail}" for e in errors)
        raise GenerationError(f"openapi-python-client reported {len(errors)} problem(s):\n{details}")
    cache = target / ".ruff_cache"
    _format(target)
    shutil.rmtree(cache, ignore_errors=True)
    # Provenance (spec version and hash, generator fingerprint) lives in _meta.py only: a
    # header carrying it would change every file on any spec change and bury the real diff.
    _stamp(target, HEADER)
    return target


__all__ = ["BUNDLE_PATH", "OUTPUT_DIR", "GenerationError", "generate_into"]
