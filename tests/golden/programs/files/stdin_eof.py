# Reading from standard input when there is none: input() raises EOFError.
import sys

lines = sys.stdin.readlines()
print("lines on stdin:", len(lines))
print("read() gives", repr(sys.stdin.read()))
answers = []
for prompt in ["name? ", "age? "]:
    try:
        answers.append(input(prompt))
    except EOFError as e:
        print(f"\nEOFError on {prompt.strip()!r}: {e!r}")
        answers.append(None)
print(answers)
name = answers[0] or "stranger"
print(f"Hello, {name}!")
