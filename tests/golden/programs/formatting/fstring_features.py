# f-string features: expressions, conversions, nested specs, = debugging.
name = "Ada"
langs = ["python", "rust"]
score = 0.9375
width, prec = 10, 2
user = {"id": 7, "tags": ["x", "y"]}
print(f"{name!r} {name!s} {name!a} {'naïve'!a}")
print(f"{score:.{prec}f} {score:>{width}.3} {score:{width}.{prec}%}")
print(f"{len(langs)} langs: {', '.join(l.title() for l in langs)}")
print(f"{user['id']:03d} {user['tags'][-1]} {user.get('missing', '-')}")
print(f"{name=} {score=:.2f} {len(langs)=} {1 + 2 = }")
print(f"{{literal braces}} {'{'}{'}'}")
print(f"{3.0:g} {1e-10:g} {123456789:,} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|{'fill':*^10}|{-42:=+8}|")
print(f"{42:b} {42:o} {42:x} {42:X} {42:#b} {42:#o} {42:#X} {42:c}")
print(f"{True} {None} {[1, 'a']} {(1,)} {dict(a=1)}")
nested = [[1, 2], [3, 4]]
print(f"{[x * 10 for row in nested for x in row]}")
print(f"{'multi' 'part'} {name.upper()[::-1]} {name if score > 0.5 else 'nobody'}")
print(f"""{
    name
}""", f"{'a' if True else 'b'}")
