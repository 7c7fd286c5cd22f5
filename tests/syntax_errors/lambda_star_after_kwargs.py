f = lambda **kw, *a: kw
