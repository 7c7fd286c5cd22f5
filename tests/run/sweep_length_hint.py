def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
it = iter([1, 2, 3])
show("it.__length_hint__()", "next(it)", "it.__length_hint__()", "list(it)", "it.__length_hint__()")
l = [1, 2]
it2 = iter(l)
show("next(it2)", "l.append(9)", "it2.__length_hint__()", "l.clear()", "it2.__length_hint__()")
show("iter((1, 2)).__length_hint__()", "iter(range(0, 10, 3)).__length_hint__()", "iter(range(5, 0)).__length_hint__()")
show("iter('héllo').__length_hint__()", "iter('abc').__length_hint__()", "iter(b'ab').__length_hint__()", "iter(bytearray(3)).__length_hint__()")
d = {1: 2, 3: 4}
di = iter(d)
show("di.__length_hint__()", "next(di)", "di.__length_hint__()", "iter(d.values()).__length_hint__()", "iter(d.items()).__length_hint__()", "reversed(d).__length_hint__()")
s = {1, 2, 3}
si = iter(s)
show("si.__length_hint__()", "next(si) in s", "si.__length_hint__()", "s.add(10)", "si.__length_hint__()")
show("iter([]).__length_hint__(1)")
ri = iter(range(3))
show("list(ri)", "ri.__length_hint__()")
