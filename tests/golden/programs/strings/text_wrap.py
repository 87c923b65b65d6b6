def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines

text = ("Strata is a Python implementation in Rust built as four swappable layers "
        "that mirror how Python runs a program: app, compiler, PVM and OS.")
for width in (20, 35):
    print(f"--- width {width} ---")
    for line in wrap(text, width):
        print(f"|{line:<{width}}|")
