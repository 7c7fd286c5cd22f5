# bytes/bytearray methods through the type, and descriptor errors
names = sorted(n for n in dir(bytes) if not n.startswith("_"))
print(names)
print(sorted(set(dir(bytearray)) - set(dir(bytes)) - {"__alloc__"}))
ba = bytearray(b"x")
print(ba.__iadd__(b"yz") is ba, ba, ba.__imul__(2), ba)
for n in ["upper", "hex", "decode", "split", "strip", "count"]:
    for t in (bytes, bytearray):
        m = getattr(t, n)
        for args in [(), ("s",), (bytearray(b"x") if t is bytes else b"x",)]:
            try:
                r = m(*args)
                print(t.__name__, n, "->", repr(r))
            except TypeError as e:
                print(t.__name__, n, e)
print(bytes.upper(b"ab"), bytearray.lower(bytearray(b"AB")), bytes.join(b"-", [b"1", b"2"]))
for n in ["append", "extend", "pop", "insert", "remove", "clear", "copy", "reverse"]:
    try:
        getattr(bytearray, n)(b"x")
    except TypeError as e:
        print(n, e)
