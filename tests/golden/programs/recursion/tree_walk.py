def insert(tree, key):
    if tree is None:
        return [key, None, None]
    if key < tree[0]:
        tree[1] = insert(tree[1], key)
    else:
        tree[2] = insert(tree[2], key)
    return tree

def inorder(tree):
    return [] if tree is None else inorder(tree[1]) + [tree[0]] + inorder(tree[2])

def height(tree):
    return 0 if tree is None else 1 + max(height(tree[1]), height(tree[2]))

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(inorder(root), height(root))

def show(tree, depth=0):
    if tree is not None:
        show(tree[2], depth + 1)
        print("    " * depth + str(tree[0]))
        show(tree[1], depth + 1)
show(root)
