# Two patterns side by side: "invalid syntax", without the expression
# grammar's "Perhaps you forgot a comma?".
match point:
    case [x y]:
        pass
