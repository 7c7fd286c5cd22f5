# Set and dict ordering of str keys depends on hash(str) (PYTHONHASHSEED=0 in the tests)
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango", "é", "日本", "😀", ""]
print(set(words))
print({w: len(w) for w in words})
s = set()
for w in words:
    s.add(w)
    s.add(w.upper())
print(s)
print(frozenset("abcdefghijklmnop"))
print(set("hello world"))
print({c * 3 for c in "qwertyuiop"})
print([hash(w) % 64 for w in words])
