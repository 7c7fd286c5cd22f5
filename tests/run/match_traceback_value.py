# An __eq__ that raises inside a nested value pattern.
class Bad:
    def __eq__(self, other):
        raise RuntimeError(f"cannot compare with {other!r}")

class K:
    bad = Bad()

def check(v):
    match v:
        case {"a": [1, 2]}:
            return "first"
        case {"a": [1, K.bad]}:
            return "second"

print(check({"a": [1, 2]}))
check({"a": [1, 3]})
