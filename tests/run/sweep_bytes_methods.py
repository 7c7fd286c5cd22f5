def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
b = b"Hello, World"
show("b.split()", "b.split(b',')", "b.hex()", "b.hex(':')", "b.hex(':', 2)", "bytes.fromhex('de ad')", "bytes.fromhex('zz')", "b.decode()", "b'\\xff'.decode()", "b'\\xff'.decode('utf-8', 'ignore')", "b.upper()", "b.find(b'o')", "b.find(111)", "b.count(b'l')", "b.replace(b'l', b'L')")
show("b[0]", "b[-1:]", "b[100]", "b + 'a'", "b * 2", "b'%s %d' % (b'x', 3)", "b'a' in b", "97 in b", "300 in b", "'a' in b", "b.startswith(b'He')", "b.isalpha()", "b.title()", "b.center(20, b'*')", "b.strip(b'Hd')", "bytes.maketrans(b'a', b'b')")
ba = bytearray(b"abc")
show("ba.append(100)", "ba", "ba.append(256)", "ba.extend(b'ef')", "ba.pop()", "ba.pop(0)", "ba.insert(0, 120)", "ba.remove(120)", "ba.remove(1)", "ba.reverse()", "ba", "ba.copy()", "ba.clear()", "ba", "bytearray(b'x') + b'y'", "ba.pop()")
show("bytearray(b'ab')[0]", "bytearray(b'ab')[::-1]", "bytearray.fromhex('41 42')", "bytearray(b'abc').decode()", "bytearray(b'abc') == b'abc'", "hash(bytearray())")
