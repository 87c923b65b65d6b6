# A word count over log-like lines with re.match, re.search and findall per line.
import re

lines = [
    f"line {i}: the Quick brown fox_{i % 17} jumps over {i * 7 % 101} lazy dogs; mail{i}@ex.com"
    for i in range(10_000)
]
word = re.compile(r"\w+")
num = re.compile(r"\d+")
counts = {}
nums = mails = 0
for line in lines:
    m = re.match(r"line (\d+):", line)
    if m:
        nums += int(m.group(1))
    for w in word.findall(line):
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    if re.search(r"[\w.]+@\w+\.com", line):
        mails += 1
    s = num.search(line, 10)
    if s:
        nums += len(s.group())
print(len(counts), nums, mails, counts["the"])
