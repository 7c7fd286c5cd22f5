# open() in binary mode: bytes in and out, seek/tell, errors
path = '/tmp/ferrython_test_open_binary.bin'
with open(path, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01\x02abc\n'), f.write(bytearray(b'xyz\r\n')), f.write(bytes(range(250, 256))))
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(3), f.tell(), f.readline(), f.readline(), f.read(), f.read())
    print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(4), f.tell(), f.read(2))
with open(path, 'rb') as f:
    print(list(f))
with open(path, 'ab') as f:
    print(type(f).__name__, f.write(b'END'))
with open(path, 'rb') as f:
    data = f.read()
print(len(data), data[-3:])
with open(path, 'r+b') as f:
    print(type(f).__name__, f.read(2))
with open(path, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(type(e).__name__, e)
for args, kw in [(('/nonexistent/dir/file',), {}), (('/tmp',), {}), ((path, 'rw'), {}), ((path, 'rb'), {'encoding': 'utf-8'}),
                 ((path, 'z'), {}), ((path, 'rbt'), {}), ((5.5,), {}), ((path, 'r'), {'newline': 'x'}),
                 ((path, 'wx'), {}), ((path, 'rr'), {})]:
    try:
        open(*args, **kw)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open('/nonexistent/file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args, isinstance(e, OSError))
