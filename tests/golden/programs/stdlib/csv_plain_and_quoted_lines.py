# csv over many lines: plain lines (split at the delimiter) and lines that
# need the full state machine (quotes, escapes, records over several
# lines) read alike; NUL is an ordinary character (3.11); the writer quotes
# only the fields that need it.
import csv
import io

lines = ["a,b,c\n", "\n", "", "x,,\r\n", "1,2\r", 'q,"quoted, comma",z\n', 'in"side,x\n', "tab\tsep\n",
         " sp , ace \n", "trail,\n", ",\n", "a;b,c\n", "nul\0here,x\n", '"q\0",x\n']
print(list(csv.reader(lines)))
print(list(csv.reader(["a;b;c\n", "d;e\n"], delimiter=";")), list(csv.reader(["a, b, c\n"], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,'x'\n"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(["a\\,b,c\n"], escapechar="\\")), list(csv.reader(['a"b,c\n'], quoting=csv.QUOTE_NONE)))
try:
    list(csv.reader(["a\rb,c\n"]))
except csv.Error as e:
    print("Error:", e)
r = csv.reader(["a,b\n", 'c,"multi\n', 'line",d\n', "e\n"])
for row in r:
    print(row, r.line_num)
rows = [[str(i), f"name {i}", f"{i * 1.5}"] for i in range(2000)]
text = io.StringIO()
csv.writer(text).writerows(rows)
back = list(csv.reader(io.StringIO(text.getvalue())))
print(back == rows, len(back), back[-1])
out = io.StringIO()
w = csv.writer(out)
w.writerows([["plain", 1, 2.5, None], ["has,comma", 'has"quote', "new\nline", "cr\rhere"], [""], ["  sp  ", "tab\t"]])
csv.writer(out, quoting=csv.QUOTE_ALL).writerow(["a", 1])
csv.writer(out, delimiter="|", lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC).writerow(["a|b", 1, 2.0, "c"])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"x'])
print(repr(out.getvalue()))
d = csv.DictReader(io.StringIO("name,age\nann,3\nbob,\n"))
print(list(d), d.fieldnames)
