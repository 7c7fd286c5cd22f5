# Set ordering of bytes keys depends on hash(bytes) (PYTHONHASHSEED=0 in the tests)
items = [b"", b"a", b"ab", b"abc", b"\x00", b"\xff\xfe", b"hello", b"world", bytes(range(10))]
print(set(items))
print({b: i for i, b in enumerate(items)})
print(frozenset(bytes([i]) for i in range(20)))
print([hash(b) for b in items])
print(hash(b"abc") == hash("abc".encode()), hash(b"a") != hash("a"))
