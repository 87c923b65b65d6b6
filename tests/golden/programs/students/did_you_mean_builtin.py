scores = [88, 92, 79]
print("count:", len(scores))
print("average:", sum(scores) / lenght(scores))
