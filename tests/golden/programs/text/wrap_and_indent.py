# Word wrapping with indentation and hanging indents, by hand.
def wrap(text, width, initial="", subsequent=""):
    lines = []
    line = initial
    empty = True
    for word in text.split():
        candidate = line + ("" if empty else " ") + word
        if len(candidate) > width and not empty:
            lines.append(line)
            line = subsequent + word
        else:
            line = candidate
        empty = False
    lines.append(line)
    return lines


para = ("Beautiful is better than ugly. Explicit is better than implicit. "
        "Simple is better than complex. Complex is better than complicated. "
        "Flat is better than nested. Sparse is better than dense.")
for line in wrap(para, 40):
    print(f"{line:<40}|")
print()
for line in wrap(para, 50, initial="  * ", subsequent="    "):
    print(line)
print()
for i, chunk in enumerate(wrap(para, 30, initial="Zen: ", subsequent=" " * 5)):
    print(f"{i:02} {chunk!r}")
print(max(len(l) for l in wrap(para, 25)) <= 25)
