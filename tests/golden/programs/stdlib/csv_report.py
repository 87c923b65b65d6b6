# A CSV round trip as data scripts do it: write records with DictWriter to
# a file, read them back with DictReader, aggregate, and write a report;
# plus quoting rules, dialects, and the errors of malformed input.
import csv
import io
import os

path = "_strata_csv_report.csv"
orders = [
    {"id": 1, "customer": "Ann Lee", "item": "notebook", "qty": 3, "price": 2.5},
    {"id": 2, "customer": "Bob, Jr.", "item": 'pen "gel"', "qty": 10, "price": 0.99},
    {"id": 3, "customer": "Ann Lee", "item": "desk\nlamp", "qty": 1, "price": 24.0},
    {"id": 4, "customer": "Cy", "item": "", "qty": 0, "price": 0},
]
with open(path, "w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["id", "customer", "item", "qty", "price"])
    writer.writeheader()
    writer.writerows(orders)
with open(path, newline="") as f:
    print(repr(f.read()))

totals = {}
with open(path, newline="") as f:
    reader = csv.DictReader(f)
    print(reader.fieldnames)
    for row in reader:
        totals[row["customer"]] = totals.get(row["customer"], 0) + int(row["qty"]) * float(row["price"])
    print("lines read:", reader.line_num)
for customer, total in sorted(totals.items()):
    print(f"{customer:10} {total:8.2f}")
os.remove(path)

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["plain", "with,comma", 'with "quotes"', "multi\nline", None, 3, 4.5, True])
w.writerow([""])
w.writerow([])
csv.writer(out, quoting=csv.QUOTE_ALL, delimiter=";", lineterminator="\n").writerow(["a", 1, None])
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5, None])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'c"d'])
csv.writer(out, doublequote=False, escapechar="\\", lineterminator="\n").writerow(['say "hi"'])
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()))))

text = 'name, score\nann, 90\n"bob, b", 85\n\n"multi\nline", 70\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(io.StringIO(text), skipinitialspace=True)))
print(list(csv.reader(['"1","two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(["x\ty\tz"], dialect="excel-tab")))

csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n")
print(csv.list_dialects())
rows = [["id", "tags"], [1, "a|b"], [2, "it's"]]
out = io.StringIO()
csv.writer(out, "pipes").writerows(rows)
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()), "pipes")))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote)
csv.unregister_dialect("pipes")


class Semicolons(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(["a;b;'c'"], Semicolons)))
print(list(csv.DictReader(["id,name", "1,ann,extra", "2"], restkey="more", restval="?")))
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-", extrasaction="ignore", lineterminator="\n")
dw.writerow({"a": 1, "zzz": 2})
print(out.getvalue(), end="")
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(sniffed.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))

for bad in [dict(delimiter="::"), dict(quoting=7), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(nope=1)]:
    try:
        csv.reader([], **bad)
    except TypeError as e:
        print("TypeError:", e)
for lines, kw in [(['a,"b'], {"strict": True}), (['a,"b"c'], {"strict": True}), (["a\rb"], {})]:
    try:
        list(csv.reader(lines, **kw))
    except csv.Error as e:
        print("csv.Error:", e)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
try:
    csv.get_dialect("missing")
except csv.Error as e:
    print("csv.Error:", e)
