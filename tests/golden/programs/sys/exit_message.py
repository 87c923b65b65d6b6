import sys
def main():
    print("checking input")
    sys.exit("fatal: no input given")
main()
