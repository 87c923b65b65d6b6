# Huffman coding with a priority queue of tuples (ties broken by insertion order).
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2


def heappop(h):
    h[0], h[-1] = h[-1], h[0]
    top = h.pop()
    i = 0
    while True:
        small = i
        for c in (2 * i + 1, 2 * i + 2):
            if c < len(h) and h[c] < h[small]:
                small = c
        if small == i:
            return top
        h[i], h[small] = h[small], h[i]
        i = small


def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch, n in sorted(freq.items()):
        heappush(heap, (n, order, ch))
        order += 1
    while len(heap) > 1:
        n1, _, left = heappop(heap)
        n2, _, right = heappop(heap)
        heappush(heap, (n1 + n2, order, (left, right)))
        order += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return freq, codes


text = "this is an example of a huffman tree"
freq, codes = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(f"{ch!r} x{freq[ch]:<2} {codes[ch]}")
encoded = "".join(codes[ch] for ch in text)
print(len(encoded), "bits vs", 8 * len(text), f"({len(encoded) / (8 * len(text)):.1%})")
reverse = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in reverse:
        out.append(reverse[cur])
        cur = ""
print("".join(out) == text, encoded[:40])
