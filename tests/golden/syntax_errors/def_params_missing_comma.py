def connect(host port):
    pass
