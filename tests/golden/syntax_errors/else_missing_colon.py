if ready:
    go()
else stop():
    pass
