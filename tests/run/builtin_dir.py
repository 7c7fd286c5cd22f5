# dir(): instances, classes, modules, no arguments, __dir__
class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith('__')], [n for n in dir(B) if not n.startswith('__')])
print(dir(b) == sorted(dir(b)), '__init__' in dir(b), '__class__' in dir(B), '__dict__' in dir(b))
print(dir(A()))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
import sys
print('argv' in dir(sys), 'path' in dir(sys), dir(sys) == sorted(dir(sys)))
print([n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(float) if not n.startswith('_')])
print([n for n in dir(complex) if not n.startswith('_')])
print([n for n in dir(1) if not n.startswith('_')], [n for n in dir(True) if not n.startswith('_')])
print(len(dir(object)), dir(object))
try:
    dir(1, 2)
except TypeError as e:
    print(e)
