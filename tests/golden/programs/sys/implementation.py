# sys.implementation, which version checks and platform-style reports read.
import sys

impl = sys.implementation
print(impl.name, impl.version[:2], impl.version.major, impl.hexversion == sys.hexversion)
print(type(impl).__name__, sorted(k for k in vars(impl) if k != "cache_tag"))
if impl.name == "cpython" and sys.version_info >= (3, 11):
    print("running on a 3.11 CPython-compatible interpreter")
