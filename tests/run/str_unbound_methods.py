# str methods called through the type, and their descriptor errors
names = ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map",
         "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
         "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip",
         "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"]
for n in names:
    m = getattr(str, n)
    for args in [(), (5,), (b"x",)]:
        try:
            m(*args)
            print(n, args, "ok")
        except TypeError as e:
            print(n, args, e)
print(str.upper("abc"), str.center("a", 5, "-"), str.split("a b"), str.replace("aa", "a", "b"), str.zfill("7", 3))
print(sorted(n for n in dir(str) if not n.startswith("_")) == sorted(names + ["maketrans"]))
print([n for n in ["__len__", "__getitem__", "__contains__", "__mod__", "__rmod__", "__mul__", "__rmul__", "__add__",
                   "__format__", "__iter__", "__hash__", "__eq__", "__lt__", "__sizeof__", "__getnewargs__"] if n in dir(str)])
