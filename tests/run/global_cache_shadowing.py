import builtins
def f():
    return len("abc")
print(f())
len = lambda s: 42          # a global now shadows the builtin
print(f())
del len                     # and the builtin is back
print(f())
builtins.len = lambda s: -1 # the builtins change
print(f())
def g():
    return x
x = 1
print(g())
x = 2
print(g())
builtins.x = 3
print(g())
del x
print(g())
del builtins.x
try:
    g()
except NameError as e:
    print(e)
