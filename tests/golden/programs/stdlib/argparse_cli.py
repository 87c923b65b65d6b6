# A command-line tool's argument parsing, fed several command lines.
import argparse
import sys

parser = argparse.ArgumentParser(prog="inventory", description="Manage a small inventory.",
                                 epilog="Run 'inventory CMD -h' for a command's options.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--db", default="stock.db", metavar="PATH", help="database file (default: %(default)s)")
parser.add_argument("--dry-run", action="store_true")
sub = parser.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", help="add items")
add.add_argument("name")
add.add_argument("qty", type=int, nargs="?", default=1)
add.add_argument("--tag", action="append", default=[], choices=["food", "tool", "misc"])
rm = sub.add_parser("remove", help="remove items")
rm.add_argument("names", nargs="+")
rm.add_argument("-f", "--force", action="store_true")
report = sub.add_parser("report")
group = report.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true")
group.add_argument("--csv", action="store_true")
report.add_argument("--limit", type=float, default=None)

for argv in (["add", "apples", "5", "--tag", "food", "--tag", "misc"],
             ["-vv", "--db=/tmp/x.db", "remove", "a", "b", "-f"],
             ["--dry-run", "report", "--csv", "--limit", "2.5"],
             ["add", "hammer"]):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

print(parser.format_usage(), end="")
print(parser.format_help())
print(add.format_help())
ns, rest = parser.parse_known_args(["report", "--extra", "1"])
print(ns.command, rest)

# Errors exit with status 2 after printing usage to stderr.
for argv in (["add", "x", "notanumber"], ["report", "--json", "--csv"], ["frobnicate"], []):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sys.stdout.flush()
parser.parse_args(["--version"])
