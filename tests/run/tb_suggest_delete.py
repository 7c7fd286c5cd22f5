# del and setattr failures carry no name, so no suggestion.
class C:
    abd = 1
try:
    del C().abc
except AttributeError as e:
    print(e, e.name)
try:
    object().appendd = 1
except AttributeError as e:
    print(e, e.name)
e = NameError("x")
print(e.name)
del C().abe
