MAX_ATTEMPTS = 3
attempts = 0
while attempts < MAX_ATTEMPS:
    attempts += 1
