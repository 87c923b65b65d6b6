# Turning titles into URL slugs, and undoing it for display.
def slugify(title, max_len=40):
    out = []
    prev_dash = True
    for ch in title.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    slug = "".join(out).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug


def unslug(slug):
    small = {"a", "an", "the", "of", "and", "in", "on", "to"}
    parts = slug.split("-")
    return " ".join(p if i and p in small else p.capitalize() for i, p in enumerate(parts))


titles = [
    "Hello, World!",
    "  The Art of Computer Programming (Vol. 1) ",
    "Rust & Python: a love story",
    "100% pure -- no additives",
    "Ünïcödé is tricky",
    "A very long title that will certainly need to be truncated at a word boundary",
]
seen = {}
for t in titles:
    s = slugify(t)
    n = seen.get(s, 0)
    seen[s] = n + 1
    if n:
        s = f"{s}-{n + 1}"
    print(f"{s:<42}| {unslug(s)}")
print(slugify("Hello, World!") in seen, slugify("") == "")
