"""collections.abc: the abstract base classes of containers, from
_collections_abc (as CPython's Lib/collections/abc.py)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
