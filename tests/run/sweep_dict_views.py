def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
show("k & {1, 5}", "k | {9}", "k - {1}", "k ^ {1, 9}", "{1, 5} & k", "{9} | k", "{1, 2, 7} - k", "{1, 9} ^ k", "k & [2, 3]", "k | 'x'", "k - 5")
show("i & {(1, 'a')}", "i | {(4, 'd')}", "i - {(1, 'a')}", "i ^ {(1, 'a'), (5, 'e')}", "{(2, 'b')} & i")
show("k == {1, 2, 3}", "k < {1, 2, 3, 4}", "k >= {1}", "k.isdisjoint({7})", "i.isdisjoint([(1, 'a')])", "v == v", "v == d.values()", "len(k)", "len(v)", "2 in k", "'b' in v", "(2, 'b') in i", "[1] in i", "reversed(k).__class__.__name__", "list(reversed(i))")
show("repr(k)", "repr(v)", "repr(i)", "hash(k)", "k.__and__({1})", "k.__rsub__({1, 8})", "type(k).__and__(k, {1})", "v & {1}", "v.__contains__", "bool(k)", "bool({}.keys())")
show("k.mapping if hasattr(k, 'mapping') else 'skip'" if False else "len(list(k))")
