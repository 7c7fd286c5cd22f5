class E(Exception):
    def __str__(self):
        return "custom str"
try:
    {}["k"]
except KeyError:
    try:
        raise E() from None
    except E as e:
        print(e.__suppress_context__, repr(e.__context__))
        raise TypeError("outer") from e
