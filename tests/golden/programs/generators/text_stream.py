# Streaming text processing with generator functions and expressions.
DOC = """# Title
Some intro text that spans
two lines.

## Section A
- item one
- item two

## Section B
Closing words, more words, and the end.
"""


def sections(lines):
    title, body = None, []
    for line in lines:
        if line.startswith("#"):
            if title is not None or body:
                yield title, body
            title, body = line.lstrip("#").strip(), []
        elif line.strip():
            body.append(line)
    yield title, body


def word_stream(lines):
    for line in lines:
        for word in line.replace(",", " ").replace(".", " ").split():
            if word != "-":
                yield word.lower()


for title, body in sections(DOC.splitlines()):
    words = list(word_stream(body))
    print(f"{title!r}: {len(body)} lines, {len(words)} words, first={words[:2]}")
lengths = (len(w) for w in word_stream(DOC.splitlines()))
print(max(lengths), sum(1 for _ in word_stream(DOC.splitlines())))
uniq = sorted(set(word_stream(DOC.splitlines())))
print(len(uniq), uniq[:8])
numbered = ((i, l) for i, l in enumerate(DOC.splitlines(), 1) if l.startswith("-"))
print(dict(numbered))
