with (open("a") as a, open("b") as b):
    pass

with (open("a") as a,
      open("b") as b,):
    pass

with (a, b):
    pass

with (a):
    pass

with (yield):
    pass

with a as (x, y), b as [z]:
    pass

with a as x.attr, b as d[0]:
    pass

with (
    ctx() as c
):
    pass
