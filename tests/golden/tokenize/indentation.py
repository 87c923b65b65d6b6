# a comment at the top

def f(x):
    if x:
        return 1   # trailing comment
    else:

        return [
            1,
  2,  # inside brackets indentation is free
        ]
    # a comment at a different indentation
        # and another
    value = 1 + \
        2

class C:
	pass
