print("my name is", __name__)
if __name__ == "__main__":
    print("never printed on import")
else:
    print("imported")
