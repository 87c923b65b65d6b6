# A hand-rolled command-line parser run on a fixed argument list.
import sys


def parse(argv):
    opts = {"verbose": 0, "output": None, "numbers": []}
    args = iter(argv)
    for arg in args:
        if arg in ("-v", "--verbose"):
            opts["verbose"] += 1
        elif arg.startswith("--output="):
            opts["output"] = arg.split("=", 1)[1]
        elif arg in ("-o", "--output"):
            opts["output"] = next(args, None)
            if opts["output"] is None:
                raise SystemExit(f"{arg} needs a value")
        elif arg == "--":
            opts["numbers"].extend(int(a) for a in args)
        elif arg.startswith("-") and not arg[1:].isdigit():
            raise SystemExit(f"unknown option {arg}")
        else:
            opts["numbers"].append(int(arg))
    return opts


print("script:", sys.argv[0].rsplit("/", 1)[-1], "extra args:", sys.argv[1:])
for argv in (["-v", "3", "4"], ["--output=out.txt", "-v", "-v", "10"], ["-o", "x", "--", "-5", "6"], ["-x"], ["-o"]):
    try:
        print(argv, "->", parse(argv))
    except SystemExit as e:
        print(argv, "-> exit:", e)
opts = parse(["-v", "1", "2", "3"])
if sum(opts["numbers"]) != 6:
    sys.exit(1)
print("sum ok")
sys.exit(parse(["5"])["numbers"][0])
