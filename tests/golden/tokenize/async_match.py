async def f():
    await g()
match x:
    case [1, *rest] if rest:
        pass
    case _:
        pass
