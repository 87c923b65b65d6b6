# A set is not a pattern: CPython says "invalid syntax" at the comma, not
# the dictionary display's "':' expected after dictionary key".
def kind(x):
    match x:
        case {1, 2}:
            return "pair"
