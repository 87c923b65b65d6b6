# python3's side of `cargo xtask error-parity` (run by xtask/src/error_parity.rs).
#
# argv: ROOT OUT SEED LIMIT; stdin: the corpus files, one relative path a line.
# Draws LIMIT (file, mutation) cases with random.Random(SEED) from the files
# that compile, mutates each source once, and writes every case to OUT:
#
#   #CASE <rel> <mutation>\n#LEN <utf-8 bytes>\n<source>\n#VERDICT <verdict>\n
#
# where <verdict> is `ok`, `later\t<type>\t<msg>` (ast.parse accepts, but
# compile() rejects: a symbol-table or code-generator error, not the parser's)
# or `error\t<type>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>\t<msg>`
# (None as -1, newlines in msg as \n).
import ast, io, os, random, sys, tokenize, warnings

root, out, seed, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = sys.stdin.read().splitlines()
rng = random.Random(seed)
warnings.simplefilter("ignore")

SIGNIFICANT = (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)
INSERTS = [":", "(", ")", "=", ",", "[", "]", "{", "}", ".", "*", "**", "+",
           "if", "else", "for", "in", "not", "def", "class", "return", "import",
           "lambda", "pass", "with", "as", "is", "and", "yield", "await", "try",
           "except", "finally", "while", "from", "None", "True", "x", "1", "'s'"]
MUTATIONS = ["delete", "duplicate", "swap", "insert", "indent", "dedent", "truncate"]

usable = {}


def load(rel):
    """The source and significant tokens of a file python3 compiles, or None."""
    if rel in usable:
        return usable[rel]
    result = None
    try:
        with open(os.path.join(root, rel), "rb") as f:
            data = f.read()
        src = data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])
        if len(src) < 200_000 and "\r" not in src and "\0" not in src:
            compile(src, rel, "exec")
            lines = src.splitlines(keepends=True)
            starts = [0]
            for line in lines:
                starts.append(starts[-1] + len(line))
            toks = []
            for t in tokenize.generate_tokens(io.StringIO(src).readline):
                if t.type in SIGNIFICANT:
                    a = starts[t.start[0] - 1] + t.start[1]
                    b = starts[t.end[0] - 1] + t.end[1]
                    toks.append((a, b))
            if len(toks) > 2:
                result = (src, toks)
    except Exception:
        result = None
    usable[rel] = result
    return result


def mutate(src, toks, kind):
    if kind == "delete":
        a, b = rng.choice(toks)
        return src[:a] + src[b:], "delete %r at %d" % (src[a:b], a)
    if kind == "duplicate":
        a, b = rng.choice(toks)
        return src[:b] + " " + src[a:b] + src[b:], "duplicate %r at %d" % (src[a:b], a)
    if kind == "swap":
        i = rng.randrange(len(toks) - 1)
        (a, b), (c, d) = toks[i], toks[i + 1]
        return src[:a] + src[c:d] + src[b:c] + src[a:b] + src[d:], "swap %r %r at %d" % (src[a:b], src[c:d], a)
    if kind == "insert":
        a, b = rng.choice(toks)
        word = rng.choice(INSERTS)
        at = rng.choice((a, b))
        return src[:at] + " " + word + " " + src[at:], "insert %r at %d" % (word, at)
    lines = src.splitlines(keepends=True)
    if kind == "indent":
        candidates = [i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith("#")]
        i = rng.choice(candidates)
        lines[i] = "    " + lines[i]
        return "".join(lines), "indent line %d" % (i + 1)
    if kind == "dedent":
        candidates = [i for i, l in enumerate(lines) if l[:1] in " \t" and l.strip()]
        if not candidates:
            return None
        i = rng.choice(candidates)
        lines[i] = lines[i].lstrip(" \t")
        return "".join(lines), "dedent line %d" % (i + 1)
    # truncate: at a token's end, or inside a token
    a, b = rng.choice(toks)
    at = rng.choice((b, rng.randrange(a, b + 1)))
    return src[:at], "truncate at %d" % at


def verdict(src, rel):
    try:
        tree = ast.parse(src, rel)
    except SyntaxError as e:
        def num(v):
            return -1 if v is None else v
        msg = str(e.msg).replace("\\", "\\\\").replace("\n", "\\n")
        return "error\t%s\t%d\t%d\t%d\t%d\t%s" % (
            type(e).__name__, num(e.lineno), num(e.offset), num(e.end_lineno), num(e.end_offset), msg)
    except Exception as e:
        return "error\t%s\t-1\t-1\t-1\t-1\t%s" % (type(e).__name__, str(e).replace("\n", "\\n"))
    try:
        compile(tree, rel, "exec")
    except SyntaxError as e:
        return "later\t%s\t%s" % (type(e).__name__, str(e.msg).replace("\n", "\\n"))
    except Exception as e:
        return "later\t%s\t%s" % (type(e).__name__, str(e).replace("\n", "\\n"))
    return "ok"


with open(out + ".tmp", "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
    made = 0
    tries = 0
    while made < limit and tries < limit * 20:
        tries += 1
        rel = rng.choice(files)
        loaded = load(rel)
        kind = rng.choice(MUTATIONS)
        if loaded is None:
            continue
        mutated = mutate(loaded[0], loaded[1], kind)
        if mutated is None:
            continue
        src, what = mutated
        data = src.encode("utf-8", "surrogatepass")
        f.write("#CASE %s %s\n#LEN %d\n" % (rel, what.replace("\n", "\\n"), len(data)))
        f.write(src)
        f.write("\n#VERDICT %s\n" % verdict(src, rel))
        made += 1
os.replace(out + ".tmp", out)
