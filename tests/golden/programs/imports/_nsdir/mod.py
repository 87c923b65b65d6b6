print("ns mod", __name__, __package__)
VALUE = 7
