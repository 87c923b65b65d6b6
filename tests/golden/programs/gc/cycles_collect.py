import gc
gc.collect()
for i in range(1000):
    a = []
    b = [a]
    a.append(b)
    del a, b
print("collected something:", gc.collect() >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
