def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
s = {1, 2, 3}
show("s.add(4)", "s.discard(9)", "s.remove(9)", "s.pop() in (1, 2, 3, 4)", "s.union([5])", "s.intersection({1, 2}, [2])", "s.difference([2])", "s.symmetric_difference([2, 9])", "s.issubset(range(10))", "s.issuperset([])", "s.isdisjoint([100])", "s.copy() == s")
show("s | [1]", "s & {1}", "s - 1", "s ^ {1}", "s <= s", "s < s", "{1} < {1, 2}", "s.update([7], [8])", "s.intersection_update([7, 8, 9])", "s", "s.difference_update([7])", "s", "s.symmetric_difference_update([1])", "s", "set().pop()")
f = frozenset([1, 2])
show("f | {3}", "f.union([4])", "hash(f) == hash(frozenset([2, 1]))", "f.add", "frozenset() is frozenset()", "f.copy() is f", "{f: 1}[frozenset([1, 2])]", "set([1]) == frozenset([1])", "type(f | {3}).__name__", "type({3} | f).__name__", "{[]}", "set.add({1}, [])")
show("sorted({'b', 'a'})", "len(set('hello'))", "set.union()", "set.union({1})", "set.__or__({1}, 2)")
