def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
d = {'a': 1, 'b': 2}
show("d.get('a')", "d.get('z', 0)", "d.get()", "d.setdefault('c', 3)", "d.setdefault('a', 9)", "d.pop('a')", "d.pop('z')", "d.pop('z', None)", "d.popitem()", "d", "d.update({'x': 1}, y=2)", "d", "d.update(1)", "d.update([('k', 'v')])", "d.update([1])")
show("dict.fromkeys('ab')", "dict.fromkeys([1, 2], 0)", "dict.fromkeys()", "d.keys()", "d.values()", "d.items()", "d.copy()", "d | {'n': 1}", "d | 1", "{1: 2} == {1: 2}", "{1: 2} < {1: 2}", "list(reversed({1: 2, 3: 4}))")
show("d['missing']", "d.__getitem__('b')", "d.__contains__('b')", "d.__len__()", "d.clear()", "d", "{}.popitem()", "d.__ior__({'q': 1})", "d", "hash({})", "dict.get({}, 1)", "dict.get(1, 2)")
show("len({1: 1, 1.0: 2, True: 3})", "{1: 1, 1.0: 2}")
