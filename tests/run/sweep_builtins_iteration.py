def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("iter()", "iter(1)", "iter(1, 2)", "iter([], 1)", "next(1)", "next()", "next(iter([]))", "next(iter([]), 'd')", "next(iter([5]), 'd')", "next(iter([]), 1, 2)")
show("enumerate()", "enumerate(1)", "enumerate([], 'a')", "list(enumerate(iterable='ab', start=3))", "list(enumerate('ab', 2**70))", "enumerate([], start=1.5)", "enumerate(x=1)")
show("filter(None)", "filter(None, 1)", "list(filter(None, [0, 1, '', 'a']))", "list(filter(len, ['', 'b']))", "filter(None, [], x=1)")
show("map()", "map(len)", "map(len, 1)", "list(map(pow, [2, 3], [2, 2]))", "list(map(len, ['ab'], [1]))", "map(len, [], x=1)")
show("zip(1)", "zip([], 1)", "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))", "list(zip([1, 2], [1, 2], [3], strict=True))", "zip(foo=1)", "list(zip())", "list(zip('ab', range(3)))", "list(zip([1], strict=False))", "list(zip([], [1], strict=True))")
show("reversed(1)", "reversed()", "reversed([], 1)", "list(reversed(range(3)))", "list(reversed('abc'))", "list(reversed({1: 2, 3: 4}))", "reversed({1})", "reversed(seq=[])")
show("sorted()", "sorted(1)", "sorted([], 1)", "sorted([3, 1], reverse=True, key=None)", "sorted([1], foo=1)", "sorted(['b', 'A'], key=str.lower)", "sorted([1, 'a'])", "sorted(iterable=[2, 1])")
