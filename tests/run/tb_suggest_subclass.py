# Only exactly NameError / AttributeError get suggestions; explicit name/obj work.
class MyNameError(NameError):
    pass
try:
    raise MyNameError("x", name="prnt")
except NameError as e:
    print(repr(e), e.name)
raise AttributeError("custom message", name="appendd", obj=[])
