# Formatting durations and parsing them back ("1h 2m 3s", "01:02:03", ISO-ish).
UNITS = [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]


def human(seconds):
    if seconds == 0:
        return "0s"
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    parts = []
    for name, size in UNITS:
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n}{name}")
    return sign + " ".join(parts)


def clock(seconds):
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    frac = seconds - int(seconds)
    return f"{h:02d}:{m:02d}:{s:02d}" + (f".{round(frac * 1000):03d}" if frac else "")


def parse(text):
    if ":" in text:
        total = 0
        for part in text.split(":"):
            total = total * 60 + float(part)
        return total
    total = 0
    num = ""
    sizes = dict(UNITS)
    for ch in text.replace(" ", ""):
        if ch.isdigit() or ch == ".":
            num += ch
        elif ch in sizes and num:
            total += float(num) * sizes[ch]
            num = ""
        else:
            raise ValueError(f"bad duration {text!r}")
    if num:
        raise ValueError(f"missing unit in {text!r}")
    return total


for s in (0, 59, 60, 3599, 3600, 3661, 86399, 90061, 1234567, -75):
    print(f"{s:>8} {human(s):<16} {clock(abs(s))}")
for t in ["1h 2m 3s", "01:02:03", "2d", "1.5h", "00:00:07.25", "90m", "3x", "12"]:
    try:
        v = parse(t)
        print(f"{t!r:>14} = {v:g}s = {human(int(v))}")
    except ValueError as e:
        print(f"{t!r:>14} ! {e}")
