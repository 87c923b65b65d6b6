def handler x(event):
    pass
