words = ["", "a", "A", "hello world", "HELLO wORLD", "it's a dog's life", "o'neil mc2x 3rd", "x1y2 z_a-b", "  lead", "ÀB cd", "ǅungla", "ß straße", "ﬁne", "abc\tdef\nghi", "MiXeD123cAsE"]
for w in words:
    print(repr(w), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.lower()), repr(w.upper()), w.istitle())
class S(str): pass
print(type(S("ab").title()), S("ab cd").title(), S("x").upper())
print("a".upper() is "A".upper(), "q".title())
