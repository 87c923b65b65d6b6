# Full justification of a paragraph, and centred headings.
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out


text = ("Python is an easy to learn, powerful programming language. It has "
        "efficient high-level data structures and a simple but effective "
        "approach to object-oriented programming.")
for width in (30, 44):
    print("+" + "-" * width + "+")
    print("|" + "Justified".center(width) + "|")
    print("|" + f"{width} columns".center(width, ".") + "|")
    for line in justify(text.split(), width):
        print("|" + line + "|")
    print("+" + "-" * width + "+")
