# `yield x` of a local (one quickened instruction): values, the sent
# value coming back, an unbound local, its traceback's line number.
def count(n):
    i = 0
    while i < n:
        sent = yield i
        if sent is not None:
            i = sent
        else:
            i += 1


g = count(10)
print(next(g), next(g), g.send(7), next(g), list(g))


def maybe(flag):
    if flag:
        value = "set"
    try:
        yield value
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        yield "recovered"


print(list(maybe(True)), list(maybe(False)))


def unbound_escapes():
    del_me = 1
    del del_me
    yield del_me


try:
    next(unbound_escapes())
except UnboundLocalError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("escaped:", e, "at line", tb.tb_lineno)


def pairs(items):
    for item in items:
        pair = (item, item * 2)
        yield pair


print(dict(pairs(range(4))), sum(x for x, _ in pairs([1, 2, 3])))
