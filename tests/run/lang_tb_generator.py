# Uncaught error raised inside a generator, through a comprehension
# consuming it, with an attribute error marker.
class Record:
    def __init__(self, name):
        self.name = name


def names(records):
    for r in records:
        yield r.name.upper()


records = [Record("a"), Record("b"), Record(None)]
print([n for n in names(records[:2])])
result = [n for n in names(records)]
