"""The package's import graph, read from the source with `ast` (every import counts: module
level, inside functions and under TYPE_CHECKING): no cycles, and dependencies point one way —
ui and cli use view, core, store and export, never the reverse; a feature never imports the
main window."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE_ROOT = Path(__file__).resolve().parents[2] / "desktop"
PACKAGE = SOURCE_ROOT / "policylens"


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(SOURCE_ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


MODULES = module_names()


def resolve(name: str) -> str | None:
    """The package module `name` is in (`a.b.c` when it is a module, else its nearest parent)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [resolve(alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            # `from a import b` imports the module a.b when there is one, else names of a.
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else resolve(base)
                for alias in node.names
            ]
        else:
            continue
        found.update(t for t in targets if t and t != module)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read() -> None:
    assert "policylens.ui.features.compare" in GRAPH["policylens.ui.features"]
    assert "policylens.view.clauses" in GRAPH["policylens.export.pdf"]


def test_no_import_cycle() -> None:
    assert cycles() == []


@pytest.mark.parametrize("layer", ["core", "store", "export", "view"])
def test_lower_layers_never_import_the_interface_or_the_cli(layer: str) -> None:
    upward = {
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        if module.startswith(f"policylens.{layer}")
        for target in targets
        if target.startswith(("policylens.ui", "policylens.cli"))
    }
    assert upward == set()


def test_commands_never_import_the_interface() -> None:
    to_ui = {
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        if module.startswith("policylens.cli.commands")
        for target in targets
        if target.startswith("policylens.ui")
    }
    assert to_ui == set()


def test_only_the_shell_and_the_app_know_the_main_window() -> None:
    importers = {
        module for module, targets in GRAPH.items() if "policylens.ui.shell.main_window" in targets
    }
    allowed = {"policylens.ui.app"}  # starts it
    assert {m for m in importers if not m.startswith("policylens.ui.shell")} <= allowed


def test_features_reach_the_window_only_through_the_host() -> None:
    offending = []
    for module, path in MODULES.items():
        if not module.startswith("policylens.ui"):
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("getattr(window", "getattr(self.window", "type: ignore[attr-defined]"):
            if needle in text:
                offending.append(f"{module}: {needle}")
    assert offending == []
