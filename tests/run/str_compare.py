# str comparisons: code point order, mixed types
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("abc", "ab"), ("Z", "a"), ("é", "z"),
         ("日", "本"), ("😀", "\uffff"), ("a\x00", "a"), ("A", "a")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted(["b", "A", "a", "é", "B", "😀", "z", ""]))
print("a" == 1, "a" != 1, "1" == 1, "a" == b"a", "abc" in ["abc"], "a" != None)
for bad in [lambda: "a" < 1, lambda: "a" >= None, lambda: 1 > "a", lambda: "a" <= b"a", lambda: "a" < ["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
