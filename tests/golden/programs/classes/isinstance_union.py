print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int))
