f"{name!r:>{width}} {value=} {{}}"
