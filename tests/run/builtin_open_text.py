# open() in text mode: write, read, readline(s), iteration, with, modes
path = '/tmp/ferrython_test_open_text.txt'
with open(path, 'w') as f:
    print(type(f).__name__, f.name == path, f.mode, f.closed, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second: héllo\n'), f.write('third'))
    f.writelines(['\n', 'four\n', 'five\n'])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(5)), repr(f.readline()), f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    f.write('appended\n')
f = open(path)
lines = f.readlines()
f.close()
print(len(lines), lines[-1])
with open(path, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(f.read(), f.encoding)
with open(path, 'w') as f:
    f.write('hello world')
with open(path, 'r+') as f:
    print(f.read(2), f.tell())
for action in [lambda: f.read(), lambda: f.write('x'), lambda: iter(f)]:
    try:
        action()
    except ValueError as e:
        print(type(e).__name__, e)
