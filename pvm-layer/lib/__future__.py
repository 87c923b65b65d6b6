"""Record of phased-in incompatible language changes.

Strata: CPython's __future__ binds each feature to a _Feature instance;
classes are not in the PVM yet, so here each feature is the tuple
(optional release, mandatory release, compiler flag) that _Feature holds.
"""

all_feature_names = [
    'nested_scopes',
    'generators',
    'division',
    'absolute_import',
    'with_statement',
    'print_function',
    'unicode_literals',
    'barry_as_FLUFL',
    'generator_stop',
    'annotations',
]

__all__ = ["all_feature_names"] + all_feature_names

CO_NESTED = 0x10
CO_GENERATOR_ALLOWED = 0x0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000

nested_scopes = ((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 0x10)
generators = ((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0x0)
division = ((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x20000)
absolute_import = ((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 0x40000)
with_statement = ((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 0x80000)
print_function = ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x100000)
unicode_literals = ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x200000)
barry_as_FLUFL = ((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 0x400000)
generator_stop = ((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 0x800000)
annotations = ((3, 7, 0, 'beta', 1), None, 0x1000000)
