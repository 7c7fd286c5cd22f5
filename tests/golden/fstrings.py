# f-strings: conversions, format specs, nesting, self-documenting expressions.
import datetime

name = "Ferrython"
width = 12
precision = 3
value = 3.14159265
items = {"a": 1, "b": 2}
today = datetime.date(2024, 1, 2)

print(f"plain {name}")
print(F"upper prefix {name!r}")
print(rf"raw \d {name}")
print(fr'raw again \n {name!s}')
print(Rf"{name!a}", fR"{name}", FR"{name}", RF"{name}")
print(f"{value:.2f} {value:>{width}.{precision}f} {value:{'<'}{width}}")
print(f"{name=}", f"{value = :.1f}", f"{name = !r:>20}", f"{1 + 2=}")
print(f"{items['a']} {items['b']}" if items else f'{items}')
print(f"{{literal braces}} {{{name}}}")
print(f"{today:%Y-%m-%d} {today!r}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{'nested ' + f'{name}'}")
print(f"{[x for x in range(3)]} {({'k': 1})['k']}")
print(f'{3.5!r:^{width}}|')
print(f"""multi
line {name
} and {value:
>10}""")
print(f"{name:{'*'}^{width + 4}}")
print(f"{'a' 'b'}", f"{(yield_value := 5)}")
print(f"{value!r:}", f"{'':}")
print(f"{ name }", f"{	name	}")
print(f"concatenated " "with plain " f"{name}")
print(f"{3:{'#'}x}", f"{255:#010b}", f"{1234567:,}", f"{0.25:%}")
