"""Strata's importlib.util: find_spec (is a module there, without importing
it) and resolve_name, over the PVM's importer (`_imp`)."""

import sys

import _imp
from importlib.machinery import ModuleSpec

__all__ = ["find_spec", "resolve_name"]


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} (required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name[level:]}" if name[level:] else base


def _spec_of(module):
    # What __spec__ would hold: the importer does not record specs.
    origin = getattr(module, "__file__", None)
    path = getattr(module, "__path__", None)
    spec = ModuleSpec(module.__name__, None, origin=origin, is_package=path is not None)
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def find_spec(name, package=None):
    """Return the spec for the specified module, or None if there is none;
    a parent package is imported first, as CPython does."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    parent_name = fullname.rpartition(".")[0]
    parent = None
    if parent_name and fullname not in sys.modules:
        # (Its import may put the module in sys.modules: os puts os.path,
        # which CPython's start-up has imported already.)
        parent = __import__(parent_name, fromlist=["__path__"])
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        return spec if spec is not None else _spec_of(module)
    if parent_name:
        if not hasattr(parent, "__path__"):
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} while trying to find "
                                      f"{fullname!r}", name=fullname)
    found = _imp.find(fullname, parent)
    if found is None:
        return None
    origin, locations = found
    spec = ModuleSpec(fullname, None, origin=origin, is_package=locations is not None)
    if locations is not None:
        spec.submodule_search_locations = locations
    return spec
