call(a, b await)
