# str dunder methods called directly
s = "hello"
print(s.__len__(), s.__getitem__(1), s.__getitem__(slice(1, 3)), s.__contains__("ell"), s.__add__(" w"))
print(s.__mul__(2), s.__rmul__(2), s.__mod__(()), "%s!".__mod__("x"), s.__format__(">7"), s.__str__(), s.__repr__())
print(s.__eq__("hello"), s.__ne__("x"), s.__lt__("z"), s.__le__("a"), s.__gt__("a"), s.__ge__("hello"))
print(s.__eq__(1), s.__lt__(1), s.__add__(1), s.__mul__("x"), s.__rmod__("x"))
print(s.__hash__() == hash(s), list(s.__iter__()), s.__getnewargs__())
print(str.__len__("abc"), str.upper("abc"), str.__add__("a", "b"), str.join("-", ["a", "b"]))
for bad in [lambda: s.__len__(1), lambda: s.__getitem__(), lambda: str.__len__(5), lambda: s.__format__(1),
            lambda: str.upper(b"x"), lambda: str.upper()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
