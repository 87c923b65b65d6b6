import _half_b
DONE = True
