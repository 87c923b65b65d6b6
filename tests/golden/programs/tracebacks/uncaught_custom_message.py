# A ValueError raised during parsing escapes to the top level.
def parse_point(text):
    x, y = text.split(",")
    return float(x), float(y)


points = ["1,2", "3.5,-1", "7,oops"]
parsed = []
for p in points:
    parsed.append(parse_point(p))
    print("parsed", parsed[-1])
