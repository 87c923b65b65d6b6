# Off-by-one in a loop over a list.
xs = [3, 1, 4, 1, 5]
for i in range(len(xs)):
    print(i, xs[i] + xs[i + 1])
