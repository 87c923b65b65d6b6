x = None
if x === None:
    pass
