class A:
    @property
def f(self):
    pass
