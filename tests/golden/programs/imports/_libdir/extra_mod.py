print("extra_mod loaded")
VALUE = 42
