# Sorting lists of mixed records with multi-level keys and reverse parts.
files = [
    ("report.pdf", 120_000, "2024-03-01"), ("notes.txt", 800, "2024-03-05"),
    ("photo.jpg", 2_400_000, "2024-01-20"), ("draft.txt", 800, "2024-02-11"),
    ("archive.zip", 2_400_000, "2023-12-31"), ("README", 1_200, "2024-03-05"),
]


def ext(name):
    return name.rsplit(".", 1)[1] if "." in name else ""


print([f[0] for f in sorted(files)])
print([f[0] for f in sorted(files, key=lambda f: (-f[1], f[0]))])
print([f[0] for f in sorted(files, key=lambda f: (ext(f[0]), f[2]), reverse=True)])
by_date = sorted(files, key=lambda f: f[2])
by_date.sort(key=lambda f: f[1])
print([(f[1], f[2]) for f in by_date])
names = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20.txt"]


def natural(s):
    out, num = [], ""
    for ch in s.lower():
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append((0, int(num)))
                num = ""
            out.append((1, ch))
    if num:
        out.append((0, int(num)))
    return out


print(sorted(names), sorted(names, key=str.lower), sorted(names, key=natural))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs, reverse=True)
print(nums, sorted(nums, key=lambda x: (x < 0, abs(x))))
