# Formatting a bibliography: parsing author names, sorting, and citation styles.
ENTRIES = """\
Knuth, Donald E. | The Art of Computer Programming | 1968 | Addison-Wesley
Abelson, Harold; Sussman, Gerald Jay | Structure and Interpretation of Computer Programs | 1985 | MIT Press
Kernighan, Brian W.; Ritchie, Dennis M. | The C Programming Language | 1978 | Prentice Hall
Nystrom, Robert | Crafting Interpreters | 2021 | Genever Benning
Aho, Alfred V.; Lam, Monica S.; Sethi, Ravi; Ullman, Jeffrey D. | Compilers | 1986 | Addison-Wesley"""


def parse(line):
    authors, title, year, publisher = [p.strip() for p in line.split("|")]
    people = []
    for a in authors.split(";"):
        last, first = [x.strip() for x in a.split(",")]
        people.append((last, first))
    return {"authors": people, "title": title, "year": int(year), "publisher": publisher}


def initials(first):
    return " ".join(part[0] + "." for part in first.replace(".", " ").split())


def apa(e):
    names = [f"{last}, {initials(first)}" for last, first in e["authors"]]
    if len(names) > 2:
        names = [", ".join(names[:-1]) + ",", "& " + names[-1]]
    elif len(names) == 2:
        names = [names[0], "& " + names[1]]
    return f"{' '.join(names)} ({e['year']}). {e['title']}. {e['publisher']}."


def cite(e):
    lasts = [last for last, _ in e["authors"]]
    who = lasts[0] if len(lasts) == 1 else f"{lasts[0]} and {lasts[1]}" if len(lasts) == 2 else f"{lasts[0]} et al."
    return f"({who}, {e['year']})"


entries = sorted((parse(l) for l in ENTRIES.splitlines()), key=lambda e: (e["authors"][0][0], e["year"]))
for i, e in enumerate(entries, 1):
    print(f"[{i}] {apa(e)}")
print(" ".join(cite(e) for e in sorted(entries, key=lambda e: e["year"])))
by_decade = {}
for e in entries:
    by_decade.setdefault(e["year"] // 10 * 10, []).append(e["title"].split()[0])
print({f"{d}s": t for d, t in sorted(by_decade.items())})
