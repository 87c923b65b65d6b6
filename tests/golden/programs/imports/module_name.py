import _named
print(__name__, _named.__name__)
if __name__ == "__main__":
    print("main guard runs")
print(__doc__, _named.__doc__)
