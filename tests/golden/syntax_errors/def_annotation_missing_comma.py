def connect(host: str port):
    pass
