# tuple() and tuple reprs
print(tuple(), tuple([1]), tuple('xy'), tuple(range(3)), tuple({1: 2, 3: 4}), tuple(x for x in 'ab'))
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t)
print((), (1,), (1, 2), ((1,),), (((),),), (None, True, 1.5, 'a', [1], {2: 3}))
print(repr((1, 'a')), str(('b',)), repr(tuple([()])))
l = [1]
t2 = (l, l)
l.append(t2)
print(t2)
for bad in (lambda: tuple(5), lambda: tuple(1, 2), lambda: tuple(a=1)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
