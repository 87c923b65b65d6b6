def f(path):
    with open(path) as fh:
        try:
            return fh.read()
        except OSError as e:
            raise ValueError(f"bad {path!r}") from e
