x = 42
name = "Ferr"
pi = 3.14159
items = [1, 2, 3]
d = {"a": 1, "key": "v"}
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{'ü€'!r}")
print(f"{x=}", f"{name=}", f"{x = }", f"{x= }", f"{x =}", f"{pi=:.2f}", f"{name=!s}", f"{name = !r:>10}")
print(f"{x + 1=}", f"{items[1]=}", f"{d['a']=}", f"{len(items)=}", f"{x*2=:#x}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{pi:>{w}}|", f"{name:{'*'}^{w}}|", f"{x:{'+' if x else '-'}}")
print(f"{{}}", f"{{x}}", f"{{{x}}}", f"a{{b", f"}}c")
print(f"{x:}", f"{x!r:}", f"{3.0:}", f"{'s':}")
print(f"{'nested ' + f'{x:>5}'}")
print(f"{x:{'>'}{w}}", f"{x:{w}d}", f"{x:0{w}}")
print(f"""{
x
}""")
print(f"{x,}", f"{x, name}", f"{(lambda: 5)()}", f"{ x }", f"{x if x else 0}")
print(f"{d!r}", f"{items!s:>15}", f"{None}", f"{True:>6}", f"{True!r:>6}")
print(f"{3:c}", f"{-5:+}", f"{1e10:g}", f"{123456789:_}", f"{0.25:%}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, s): return "fmt:" + s
pp = P()
print(f"{pp}", f"{pp!r}", f"{pp!s}", f"{pp:spec}", f"{pp!r:>6}", f"{pp=}", f"{pp=:zz}", f"{pp=!s}")
for bad in ("f'{x!z}'", "f'{x!}'", "f'{}'", "f'{x'", "f'}'", "f'{x:{y:{z}}}'"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__)
print(f"{'a' 'b'}", f"{x}" f"{x}" "lit" f"{{", rf"\n{x}", fr"{x}\t")
print(f"{x:>{w}}" + f"{name:.{p}}")
y = 7
print(f"{y:=^{w}}", f"{-y:=10}", f"{y:#0{w}b}")
print(f"{x!r:^{w}}|", f"{x=:^{w}}|")
print(f"{x:>{w}}" + f"{name:.{p}}")
print(f"{x!r:^{w}}" f"{name:.{p}}")
