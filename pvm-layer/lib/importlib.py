"""A pure Python implementation of import.

Strata: import_module(), reload() and invalidate_caches(), written over
__import__ and _imp (the PVM owns the import protocol); importlib.util has
find_spec, importlib.machinery ModuleSpec.
"""

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

import _imp


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            msg = ("the 'package' argument is required to perform a relative "
                   "import for {!r}")
            raise TypeError(msg.format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    # A non-empty fromlist makes __import__ return the named module itself.
    return __import__(name[level:], {'__package__': package, '__name__': package}, None, ['__name__'], level)


def invalidate_caches():
    """Nothing to invalidate: Strata's finders keep no caches."""


def reload(module):
    """Reload the module and return it: its body runs again in its own
    namespace, from the source found now."""
    return _imp.reload(module)
