def connect(host, port=, timeout=10):
    pass
