# Standard streams as scripts set them up: sys.stdout.reconfigure(encoding=
# "utf-8"), bytes through sys.stdout.buffer, io.TextIOWrapper over a binary
# stream (a BytesIO holding CSV bytes, or sys.stdout.buffer).
import csv
import io
import sys

sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print("héllo ☃", sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
sys.stdout.flush()
sys.stdout.buffer.write("raw bytes ☃\n".encode())
sys.stdout.buffer.flush()
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable())
data = io.BytesIO("name,city\nZoë,Zürich\nAnn,Oslo\n".encode("utf-8"))
reader = csv.DictReader(io.TextIOWrapper(data, encoding="utf-8", newline=""))
print([row["city"] for row in reader])
latin = io.TextIOWrapper(io.BytesIO(b"caf\xe9\r\nbar\r\n"), encoding="latin-1")
print(latin.readline(), latin.read(), latin.encoding, repr(latin))
out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
print("through a wrapper ✓", file=out)
out.flush()
sink = io.BytesIO()
w = io.TextIOWrapper(sink, encoding="utf-16-le", newline="\r\n")
w.write("a\nb")
w.flush()
print(sink.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    sys.stdout.reconfigure(encoding="klingon")
except LookupError as e:
    print("LookupError:", e)
sys.stdout.reconfigure(encoding="ascii", errors="replace")
print("ascii now: é")
sys.stdout.reconfigure(encoding="utf-8")
print("back: é")
