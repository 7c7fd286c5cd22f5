# iteration, +, *, comparisons, hash, len and bool of bytes/bytearray
b = b"abc"
ba = bytearray(b"xyz")
print(list(b), list(ba), type(iter(b)).__name__, type(iter(ba)).__name__, [c for c in b""])
it = iter(b)
print(next(it), next(it), next(it), next(it, None))
print(b + b"de", b + ba, ba + b, ba + ba, b * 2, 2 * b, ba * 2, b * 0, b * -1, b + bytearray())
print(type(b + ba).__name__, type(ba + b).__name__)
print(b == b"abc", b == bytearray(b"abc"), ba == bytearray(b"xyz"), b != b"abd", b < b"abd", b"" < b"a", b"b" > b"abc",
      b <= ba, ba >= b, b == "abc", b"\xff" > b"\x00")
print(hash(b"") == 0, hash(b"abc") == hash(bytes(bytearray(b"abc"))), hash(b"abc"), hash(b"\x00\xff"))
print(len(b), len(ba), bool(b""), bool(bytearray()), bool(b"\x00"))
print({b"k": 1}[b"k"], b"abc" in {b"abc"}, sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"))
acc = bytearray(b"a")
acc2 = acc
acc += b"b"
print(acc, acc2, acc is acc2)
for bad in [lambda: b + "a", lambda: "a" + b, lambda: b * "x", lambda: b + 1, lambda: b < "a", lambda: hash(ba),
            lambda: b * 1.5, lambda: ba + "x", lambda: b - b, lambda: {ba: 1}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
