# str.join with lists, tuples, generators, dicts, strings
print(repr(", ".join(["a", "b", "c"])), repr("".join(("x", "y"))), repr("-".join("abc")), repr("-".join([])))
print(repr("|".join(c for c in "héllo")), repr(" ".join({"k1": 1, "k2": 2})), repr("é".join(["a", "b"])))
x = "solo"
print("-".join([x]) is x, repr(", ".join(map(str, range(5)))))
for bad in [lambda: "-".join([1, 2]), lambda: "-".join(["a", None]), lambda: "-".join(5), lambda: "-".join(),
            lambda: "-".join(iterable=["a"]), lambda: "-".join(["a"], ["b"]), lambda: "-".join([b"a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
