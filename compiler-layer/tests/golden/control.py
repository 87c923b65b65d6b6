for i in range(3):
    try:
        if 0 < i <= 2 and i != 1:
            continue
    finally:
        print(i)
else:
    x = [j * 2 for j in "ab"]
