# Writing a text file then computing wc-like statistics and a reversed copy.
poem = """Tyger Tyger, burning bright,
In the forests of the night;
What immortal hand or eye,
Could frame thy fearful symmetry?
"""
with open("poem.txt", "w", encoding="utf-8") as f:
    f.write(poem)

lines = words = chars = 0
longest = ""
with open("poem.txt", encoding="utf-8") as f:
    for line in f:
        lines += 1
        words += len(line.split())
        chars += len(line)
        if len(line.rstrip()) > len(longest):
            longest = line.rstrip()
print(f"{lines:>4}{words:>5}{chars:>5} poem.txt")
print("longest:", longest)
with open("poem.txt") as src, open("reversed.txt", "w") as dst:
    for line in reversed(src.readlines()):
        dst.write(line[::-1].lstrip("\n") + "\n")
with open("reversed.txt") as f:
    print(f.read(), end="")
with open("poem.txt", "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:5], data.count(b"\n"))
f = open("poem.txt")
print(f.readline(), end="")
print(f.readline().split(), f.closed)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
