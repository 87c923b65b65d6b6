#!/bin/sh
# Regenerates the expected listings from CPython 3.11 (never edit them by hand):
#   NAME.out = `python3 -m tokenize NAME.py`, NAME.exact.out = `... -e`;
#   on failure the file holds "error:" + the stderr line without "NAME.py:".
cd "$(dirname "$0")" || exit 1
for py in *.py; do
    base="${py%.py}"
    for mode in out exact.out; do
        flag=""; [ "$mode" = exact.out ] && flag="-e"
        if ! python3 -m tokenize $flag "$py" > "$base.$mode" 2> /tmp/tokenize_err.$$; then
            printf 'error:%s\n' "$(sed "s|^$py:||" /tmp/tokenize_err.$$)" > "$base.$mode"
        fi
    done
done
rm -f /tmp/tokenize_err.$$
