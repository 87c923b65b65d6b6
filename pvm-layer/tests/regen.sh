#!/bin/sh
# Regenerates the expected output of every program in programs/ with CPython:
#   sh pvm-layer/tests/regen.sh
cd "$(dirname "$0")" || exit 1
for f in programs/*.py; do
    base="${f%.py}"
    python3 -S "$f" > "$base.out" 2> "$base.err"
    echo $? > "$base.exit"
    # CPython names the script by its absolute path; keep the files portable.
    sed -i "s#$(pwd)/##g" "$base.err"
done
rm -f strata_basics.txt
