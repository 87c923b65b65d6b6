table = {"a": 1, "b":}
