import argparse
import sys


def build():
    p = argparse.ArgumentParser(prog="tool", description="Process some files.", epilog="Have fun.")
    p.add_argument("files", nargs="*", help="input files")
    p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--mode", choices=["fast", "slow"], default="fast")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--tag", action="append", dest="tags")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    sub = p.add_subparsers(dest="cmd")
    s1 = sub.add_parser("run", help="run it")
    s1.add_argument("target")
    s1.add_argument("--times", type=float, default=1.0)
    return p


p = build()
for argv in [["a.txt", "b.txt", "-n", "5", "-vv"], ["--mode", "slow", "--flag", "--tag", "x", "--tag", "y"],
             ["run", "home", "--times", "2.5"], ["-n5", "--json"], []]:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))
print(p.format_usage(), end="")
print(p.format_help())
for bad in [["-n", "abc"], ["--mode", "medium"], ["--json", "--csv"], ["--unknown"], ["run"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit code", e.code)
ns, rest = p.parse_known_args(["x", "--zzz", "1"])
print(ns.files, rest)
print(sys.argv[0].endswith("argp.py"), len(sys.argv))
p.parse_args(["--help"])
