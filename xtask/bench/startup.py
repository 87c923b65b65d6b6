# Start-up: the cost of an empty-ish run.
print('hi')
