f = lambda **kw, x: kw
