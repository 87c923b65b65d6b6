# SystemExit with a message raised from an except block, after finally runs.
import sys
def main():
    try:
        return int(sys.argv[1])
    except IndexError:
        raise SystemExit("usage: prog N") from None
    finally:
        print("done")
main()
