# builtins over sets: len, bool, min, max, sum, sorted, any, all, list, tuple
s = {5, 3, 9, 1}
print(len(s), bool(s), bool(set()), min(s), max(s), sum(s), sorted(s), any(s), all(s), all({0, 1}))
print(list(s), tuple(s), sorted(frozenset([3, -1, 2]), reverse=True), list(map(lambda x: x * 2, {1, 2})))
print(len(frozenset()), max(frozenset([7])), sum(set()), sorted({(2, 1), (1, 2)}))
print(set(sorted(s)) == s, [x for x in s if x > 3])
