point = (x, y=1)
