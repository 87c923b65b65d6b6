import sys, io

def run_menu():
    items = {}
    while True:
        try:
            line = input("cmd> ")
        except EOFError:
            print("\nbye")
            break
        parts = line.split()
        if not parts:
            continue
        cmd, *args = parts
        if cmd == "add":
            name, qty = args[0], int(args[1])
            items[name] = items.get(name, 0) + qty
            print(f"added {qty} {name}")
        elif cmd == "list":
            for k, v in sorted(items.items()):
                print(f"  {k:<10}{v:>5}")
        elif cmd == "quit":
            print("quitting")
            break
        else:
            print(f"unknown command: {cmd!r}", file=sys.stderr)

sys.stdin = io.StringIO("add apple 3\nadd pear 2\n\nadd apple 4\nfrob\nlist\nquit\nlist\n")
run_menu()
sys.stdin = io.StringIO("add x 1\nlist")
run_menu()
sys.stdin = io.StringIO("5\n1 2 3 4 5\nhello world\n3.5\n")
n = int(input())
nums = list(map(int, input().split()))
s = input("Enter text: ")
f = float(sys.stdin.readline())
print(n, nums, sum(nums) / n, s.title(), f * 2)
sys.stdin = io.StringIO("line one\nline two\n\nline four")
for i, line in enumerate(sys.stdin):
    print(i, repr(line.rstrip("\n")))
sys.stdin = io.StringIO("3\n10\nabc\n-2\n")
total = 0
for _ in range(3):
    raw = input("Number: ")
    try:
        total += int(raw)
    except ValueError:
        print(f"Invalid input: {raw!r}")
print("total", total)
sys.stdin = io.StringIO("a b c\nd e\n")
print(sys.stdin.read().split())
sys.stdin = sys.__stdin__
print(repr(sys.stdin.read()))
try:
    input("last> ")
except EOFError as e:
    print("EOFError", repr(str(e)))
print("x", "y", sep="", end="!\n")
print("a", 1, None, [1, "b"], sep=" | ")
print(*range(5), sep=", ", end=".\n")
print()
print("", end="")
print("no newline", end="")
print(" continued")
print("err line", file=sys.stderr)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), flush=True)
sys.stderr.write("direct err\n")
x = input("final: ")
