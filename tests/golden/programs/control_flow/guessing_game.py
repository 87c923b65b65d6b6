secret = 37
guesses = [50, 25, 37, 40]
lo, hi = 1, 100
for attempt, guess in enumerate(guesses, 1):
    if guess < secret:
        print(f"#{attempt}: {guess} is too low")
        lo = guess + 1
    elif guess > secret:
        print(f"#{attempt}: {guess} is too high")
        hi = guess - 1
    else:
        print(f"#{attempt}: {guess} is right!")
        break
else:
    print("out of guesses")
print("range was", lo, hi)
