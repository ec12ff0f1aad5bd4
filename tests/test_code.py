"""The package's source: a module-level name bound twice silently replaces the first (a rule's regex, a helper)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

GEO = Path(__file__).resolve().parent.parent / "geo"


def _bound_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", sorted(GEO.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    counts = Counter(_bound_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
