def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# str.format_map with dicts, dict subclasses and custom mappings
t(lambda: "{a} {b}".format_map({"a": 1, "b": 2}))
class Default:
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, key):
        return self.d[key] if key in self.d else "<" + key + ">"
t(lambda: "{a} {zz}".format_map(Default(a="A")))
class Upper:
    def __getitem__(self, key):
        return key.upper()
t(lambda: "{hello} {world:>7}".format_map(Upper()))
t(lambda: "{x[0]} {x.__class__.__name__}".format_map({"x": "str"}))
t(lambda: "no fields".format_map(None))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map(None))
t(lambda: "{}".format_map({"": 1}))
t(lambda: "{0}".format_map({0: 1}))
t(lambda: "{a}".format_map())
t(lambda: "{a}".format_map({"a": 1}, {}))
t(lambda: "{a}".format_map(mapping={"a": 1}))
t(lambda: str.format_map("{a}", {"a": "unbound"}))
t(lambda: str.format("{}-{}", 1, 2))
t(lambda: str.format())
t(lambda: str.format(1))
