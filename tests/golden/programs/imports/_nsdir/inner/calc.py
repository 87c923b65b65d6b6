from .. import mod
DOUBLE = mod.VALUE * 2
