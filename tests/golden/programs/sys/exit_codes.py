# Exit codes: sys.exit with an int after printing a summary.
import sys

results = {"passed": 8, "failed": 2, "skipped": 1}
for k, v in results.items():
    print(f"{k}: {v}")
if results["failed"]:
    print(f"{results['failed']} failure(s)", file=sys.stderr)
    sys.exit(3)
print("not reached")
