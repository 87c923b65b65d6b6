match x:
    case f():
        pass
    case a + 1:
        pass
