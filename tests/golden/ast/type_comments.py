def f(a, b):
    # type: (int, str) -> None
    pass

def g(
    a,  # type: int
    b,  # type: str
):
    # type: (...) -> bool
    return True

x = []  # type: List[int]
for i in range(3):  # type: int
    pass
with open("f") as fh:  # type: IO[str]
    pass
y = 1  # type: ignore
z = 2  # type: ignore[attr-defined]
async def h():  # type: () -> None
    async for q in r:  # type: int
        pass
    async with s as t:  # type: T
        pass
