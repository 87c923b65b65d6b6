print("util", __name__, __package__)
