# Comparing texts as review and test tools do: unified and context diffs,
# ndiff with intraline hints, SequenceMatcher opcodes and ratios, and
# close matches for "did you mean" suggestions.
import difflib

old = """def greet(name):
    print("Hello", name)
    return True

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punctuation="!"):
    print("Hello", name + punctuation)
    return True

greet("world")
greet("again")
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")))
print("".join(difflib.context_diff(old, new, fromfile="old", tofile="new", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])))

matcher = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(matcher.ratio(), 4), round(matcher.quick_ratio(), 4), round(matcher.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in matcher.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(matcher.get_matching_blocks())
print(matcher.find_longest_match(0, 29, 0, 38))

words = ["apple", "apply", "ape", "maple", "happy", "pineapple"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("aple", words, n=2, cutoff=0.7))
print(difflib.get_close_matches("zzz", words))

junk = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "abcd")
print(round(junk.ratio(), 4))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"))
for line in difflib.unified_diff(["x"], ["y"], lineterm=""):
    print(line)
