# Notes that are not strings, and __notes__ that is not a list.
class Unprintable:
    def __str__(self):
        raise RuntimeError("no")
try:
    e = TypeError("t")
    e.__notes__ = ("tuple note", 42, Unprintable())
    raise e
except TypeError as err:
    print(err.__notes__[:2])
e = RuntimeError("outer")
e.__notes__ = [1, "two"]
try:
    raise KeyError("inner")
except KeyError:
    raise e
