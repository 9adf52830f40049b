"""Adding an operation to the spec and regenerating makes it a full client method, with no
change to overrides/: auth, retries and typed errors come with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from generator.bundle import ROOT, SPEC_DIR, bundle
from generator.driver import OUTPUT_DIR, generate_into

NEW_PART = """
paths:
  /v1/conversations/{conversationId}/zz-regeneration-probe:
    get:
      operationId: getZzRegenerationProbe
      tags: [conversations]
      summary: Regeneration probe
      description: An operation no one will add, planted to test regeneration.
      parameters:
        - $ref: "#/components/parameters/conversationId"
      responses:
        "200":
          description: The highlights.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ZzRegenerationProbeList"
              example:
                highlights: [{text: Pricing}]
        "401":
          $ref: "#/components/responses/Unauthorized"
        "404":
          $ref: "#/components/responses/NotFound"
        "500":
          $ref: "#/components/responses/InternalError"
components:
  schemas:
    ZzRegenerationProbeList:
      type: object
      required: [highlights]
      properties:
        highlights:
          type: array
          items:
            type: object
            required: [text]
            properties:
              text:
                type: string
"""

SCRIPT = """
import httpx, pytest
from symbl_api import Symbl, NotFoundError

seen = []
answers = {"n": 0}

def handler(request):
    seen.append((request.method, request.url.path, request.headers.get("authorization")))
    if request.url.path == "/oauth2/token:generate":
        return httpx.Response(200, json={"accessToken": "tok", "expiresIn": 3600})
    if request.url.path.endswith("/999/zz-regeneration-probe"):
        return httpx.Response(404, json={"message": "no such conversation"})
    answers["n"] += 1
    if answers["n"] == 1:
        return httpx.Response(503, json={"message": "busy"})
    return httpx.Response(200, json={"highlights": [{"text": "Pricing"}]})

client = Symbl(app_id="a", app_secret="b", http_client=httpx.Client(transport=httpx.MockTransport(handler)), sleep=lambda s: None)
result = client.conversations.get_zz_regeneration_probe("123")
assert [h.text for h in result.highlights] == ["Pricing"], result
assert client.conversation("123").get_zz_regeneration_probe().highlights[0].text == "Pricing"
try:
    client.conversations.get_zz_regeneration_probe("999")
except NotFoundError as error:
    assert "no such conversation" in str(error)
else:
    raise AssertionError("404 did not raise NotFoundError")
calls = [s for s in seen if s[1].endswith("/123/zz-regeneration-probe")]
assert len(calls) == 3 and all(c[2] == "Bearer tok" for c in calls), seen
print("OK")
"""


def test_a_new_spec_operation_reaches_the_public_client(tmp_path: Path) -> None:
    spec_copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_copy)
    (spec_copy / "parts" / "zz_regeneration_probe.yaml").write_text(NEW_PART, encoding="utf-8")
    bundled = bundle(spec_dir=spec_copy, out=tmp_path / "openapi.yaml")
    generate_into(tmp_path / "generated" / OUTPUT_DIR.name, bundled)
    overrides_before = sorted((p, p.read_bytes()) for p in (ROOT / "overrides").rglob("*.py"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "generated"), str(ROOT / "overrides")])}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "OK"
    assert sorted((p, p.read_bytes()) for p in (ROOT / "overrides").rglob("*.py")) == overrides_before
