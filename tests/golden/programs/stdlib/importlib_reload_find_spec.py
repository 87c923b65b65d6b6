# importlib.reload (a module's body run again, in its own namespace, from
# its source as it is now) and importlib.util.find_spec (whether a module
# is there, without importing it: the optional-dependency check).
import importlib
import importlib.util
import os
import shutil
import sys
import tempfile

root = tempfile.mkdtemp()
try:
    sys.path.insert(0, root)
    os.makedirs(os.path.join(root, "plugins", "extra"))
    for path, text in [("settings.py", "LEVEL = 1\nCOUNT = 0\n"), ("plugins/__init__.py", ""),
                       ("plugins/extra/__init__.py", "X = 1\n")]:
        with open(os.path.join(root, path), "w") as f:
            f.write(text)
    import settings
    print(settings.LEVEL)
    settings.COUNT = 5
    with open(os.path.join(root, "settings.py"), "w") as f:
        f.write("LEVEL = 2\nEXTRA = 'new'\n")
    again = importlib.reload(settings)
    print(again is settings, settings.LEVEL, settings.EXTRA, settings.COUNT)
    for name in ["json", "math", "settings", "plugins", "plugins.extra", "nope", "plugins.nope", "collections.abc", "os.path"]:
        spec = importlib.util.find_spec(name)
        print(name, spec is not None, spec and spec.name, spec and spec.submodule_search_locations is not None,
              spec and spec.parent)
    print("plugins.extra" in sys.modules, importlib.util.find_spec(".extra", "plugins").name)
    print(importlib.util.resolve_name("..b", "pkg.sub.mod"), importlib.util.resolve_name("x", None))
    try:
        importlib.util.find_spec("settings.x")
    except ModuleNotFoundError as e:
        print(e)
    try:
        importlib.reload(42)
    except TypeError as e:
        print(e)
    fallback = "numpy" if importlib.util.find_spec("numpy") else "pure python"
    print("using", fallback)
finally:
    shutil.rmtree(root)
