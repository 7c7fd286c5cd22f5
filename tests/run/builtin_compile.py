# compile(): modes, code objects, errors
c = compile('1 + 2', 'file.py', 'eval')
print(type(c).__name__, eval(c))
c = compile('x = 5\ny = x * 2', '<s>', 'exec')
ns = {}
exec(c, ns)
print(ns['y'])
c = compile('3 * 3', '<single>', 'single')
exec(c)
c = compile('None', '<single>', 'single')
exec(c)
for args in [('1', '<s>', 'bad'), ('1 +', '<s>', 'eval'), ('x =', 'name.py', 'exec'), (1, 'f', 'exec'),
             ('1', '<s>'), ('1', 1, 'exec'), (c, 'x', 'exec')]:
    try:
        compile(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    compile('a\0b', '<s>', 'exec')
except Exception as e:
    print(type(e).__name__, e)
try:
    compile('def f(:\n  pass', 'mod.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
