# How uncaught exceptions print: empty message, str() failing, KeyError repr.
class Quiet(Exception):
    pass
class BadStr(Exception):
    def __str__(self):
        raise ValueError("bad")
for e in (Quiet(), BadStr(), KeyError("key"), KeyError(""), Exception("")):
    try:
        raise e
    except Exception as caught:
        try:
            print(type(caught).__name__, repr(str(caught)))
        except ValueError as v:
            print(type(caught).__name__, "str failed:", v)
raise BadStr()
