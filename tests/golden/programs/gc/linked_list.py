def make_list(n):
    head = None
    for i in range(n):
        head = (i, head)
    return head

def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node[1]
    return n

for _ in range(20):
    lst = make_list(5000)
print(length(lst), lst[0])
