#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments, blank lines, backslash and implicit line continuation, semicolons.

x = 1  # trailing comment
# full-line comment

    # an indented comment at top level is fine


y = 1 + \
    2 + \
        3
z = (1 +
     2   # comment inside parentheses
     + 3)
items = [
    1,  # one

    2,  # two (blank line above)
    # comment line inside brackets
    3,
]
mapping = {
    "a": 1,
        "b": 2,   # odd indentation inside brackets is fine
}
if x and \
   y:
    pass
a = 1; b = 2; c = 3;
def f(): return 1
class C: pass
total = a \
+ b
text = "back\
slash"
call = print(
    "arguments"
    ,
    "comma first"
)
assert x, \
    "message"
with open(__file__) as fh, \
     open(__file__) as gh:
    pass
print(x, y, z, items, mapping, a, b, c, f(), C, total, text)
# final comment without code
