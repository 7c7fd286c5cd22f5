# print(): sep, end, file, flush and sys.stdout/sys.stderr objects
import sys
print(1, 2, 3, sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
print()
print(sep='x')
print('to stderr', file=sys.stderr)
print('to stdout', file=sys.stdout, flush=True)
print('x', 'y', file=None)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print('one', 2, [3], sep=', ', end='.', file=c)
print(c.parts)
print(sys.stdout.write('direct\n'), sys.stderr.write('err direct\n'))
sys.stdout.flush()
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.name, sys.stdout.mode, sys.stdout.encoding)
print(type(sys.stdout).__name__, sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
saved = sys.stdout
sys.stdout = Collector()
print('captured', 42)
captured = sys.stdout.parts
sys.stdout = saved
print(captured)
for kw in [{'sep': 1}, {'end': 2}, {'foo': 3}, {'file': 5}]:
    try:
        print('x', **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
