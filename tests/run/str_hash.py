# hash(str) is SipHash-1-3 keyed by PYTHONHASHSEED (the tests run with 0)
for s in ["", "a", "abc", "hello world", "é", "ÿ", "héllo", "Ā", "日本語", "\uffff", "😀", "a😀", "\U0010ffff",
          "x" * 100, "The quick brown fox jumps over the lazy dog"]:
    print(repr(s), hash(s))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
d = {"b": 1, "a": 2, "é": 3, "日": 4}
print(d, d["é"], "a" in d, sorted(d))
s = {"x", "y", "z", "w"}
print(len(s), "x" in s)
