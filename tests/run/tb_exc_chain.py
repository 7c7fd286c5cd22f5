# __cause__, __context__, __suppress_context__ and how chains print.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not convertible") from e
try:
    convert("x")
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b") from None
except IndexError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
try:
    raise ValueError("first")
except ValueError:
    try:
        raise KeyError("second")
    except KeyError:
        convert("y")
