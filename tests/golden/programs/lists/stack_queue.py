def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["(a[b]{c})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))

queue = []
for job in ["build", "test", "deploy"]:
    queue.append(job)
while queue:
    job = queue.pop(0)
    print("running", job)
    if job == "test":
        queue.append("report")
