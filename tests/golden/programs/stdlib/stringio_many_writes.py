# In-memory streams written many times (a report built line by line,
# output captured with redirect_stdout): linear, and writes after a seek
# still overwrite and pad as CPython's do.
import contextlib
import io

buf = io.StringIO()
for i in range(20_000):
    buf.write(f"line {i}\n")
text = buf.getvalue()
print(len(text), text[:14].splitlines(), buf.tell())
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    for i in range(5_000):
        print(i, end=" ")
print(len(captured.getvalue()), captured.getvalue()[-12:])
b = io.BytesIO()
for i in range(10_000):
    b.write(b"ab")
print(len(b.getvalue()), b.tell(), b.getbuffer().nbytes, bytes(b.getbuffer()[:4]))
s = io.StringIO("hello world")
s.seek(6)
s.write("WORLD")
s.write("!!")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("x")
print(repr(s.getvalue()), s.read(), s.tell())
s.seek(0)
print(s.readline(), s.read(5), s.truncate(3), repr(s.getvalue()), s.tell())
s.write("END")
print(repr(s.getvalue()))
r = io.BytesIO(b"0123456789")
into = bytearray(4)
print(r.readinto(into), into, r.read(2), r.seek(0, 2), r.write(b"++"), r.getvalue())
