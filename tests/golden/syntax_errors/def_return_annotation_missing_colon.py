def area(w, h) -> float return w * h:
    pass
