(lambda x, *, y=1: x if y else -x)(2)
