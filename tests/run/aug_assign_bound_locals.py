def f(n):
    total = 0
    s = ""
    lst = []
    for i in range(n):
        total += i
        s += str(i)
        lst += [i]
        n -= 0
    return total, s, lst, n
print(f(5))
def g():
    x = 1
    try:
        x += "a"
    except TypeError as e:
        print(e)
    return x
print(g())
def h(a):
    a += 1
    del a
    try:
        a += 1
    except UnboundLocalError as e:
        print(e)
h(1)
def k():
    y = 5
    y += (y := 10)
    return y
print(k())
def m():
    for i in range(3):
        q = i
    q += 1
    return q
print(m())
def w():
    z = 1
    z += 1
    z += "x"
w()
