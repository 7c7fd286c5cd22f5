# str + str and f-strings: identity of empty operands, subclasses,
# non-ASCII lengths, and errors.
s = "abc" * 3
t = ""
print((t + s) is s, (s + t) is s, (t + t) is t, len(s + s))


class S(str):
    pass


a, b = S("a"), S("")
print(type(a + "b"), type("a" + a), type(b + "x"), ("x" + b) == "x", type("x" + b))
u = "é€𝄞"
print(len(u + u), len(f"{u}-{u}"), f"{u!r:>12}|{len(u)}", (u + "") is u)
w = 7
print(f"{w}{w:03d}{'':>3}{u}{w!s}", len(f"{u}{w}{u}"))
for bad in (1, None, b"x"):
    try:
        "a" + bad
    except TypeError as e:
        print("TypeError", e)
x = "q"
x += ""
x += "r"
print(x, f"{x=}")
