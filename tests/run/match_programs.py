# Larger programs that lean on match: a tokenizer + evaluator, a JSON
# validator, and a state machine, run over many inputs.

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        match src[i]:
            case " ":
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                tokens.append(("num", int(src[i:j])))
                i = j
            case "+" | "-" | "*" | "/" | "(" | ")" as op:
                tokens.append(("op", op))
                i += 1
            case other:
                raise SyntaxError(f"bad character {other!r}")
    return tokens

def parse(tokens):
    def expr(pos):
        left, pos = term(pos)
        while True:
            match tokens[pos:pos + 1]:
                case [("op", "+" | "-" as op)]:
                    right, pos = term(pos + 1)
                    left = (op, left, right)
                case _:
                    return left, pos
    def term(pos):
        left, pos = atom(pos)
        while True:
            match tokens[pos:pos + 1]:
                case [("op", "*" | "/" as op)]:
                    right, pos = atom(pos + 1)
                    left = (op, left, right)
                case _:
                    return left, pos
    def atom(pos):
        match tokens[pos:]:
            case [("num", n), *_]:
                return n, pos + 1
            case [("op", "-"), *_]:
                value, pos = atom(pos + 1)
                return ("neg", value), pos
            case [("op", "("), *_]:
                value, pos = expr(pos + 1)
                match tokens[pos:pos + 1]:
                    case [("op", ")")]:
                        return value, pos + 1
                raise SyntaxError("expected )")
            case []:
                raise SyntaxError("unexpected end")
            case [tok, *_]:
                raise SyntaxError(f"unexpected {tok}")
    tree, pos = expr(0)
    if pos != len(tokens):
        raise SyntaxError("trailing tokens")
    return tree

def evaluate(tree):
    match tree:
        case int(n):
            return n
        case ("neg", x):
            return -evaluate(x)
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("-", a, b):
            return evaluate(a) - evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("/", a, b):
            return evaluate(a) // evaluate(b)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * -(2 - 5)", "10 / 3 - 1", "2 * (3", "7 $ 2", "", "1 2"]:
    try:
        print(src, "=", evaluate(parse(tokenize(src))))
    except SyntaxError as e:
        print(src, "!", e)
    except ZeroDivisionError as e:
        print(src, "!", e)

def validate(doc, schema):
    match schema, doc:
        case ("int", int()) if not isinstance(doc, bool):
            return True
        case ("str", str()):
            return True
        case ("bool", bool()):
            return True
        case (["list", item_schema], list(items)):
            return all(validate(i, item_schema) for i in items)
        case ({**fields}, dict(obj)):
            return set(fields) == set(obj) and all(validate(obj[k], s) for k, s in fields.items())
        case ("any", _):
            return True
        case _:
            return False

schema = {"name": "str", "age": "int", "tags": ["list", "str"], "extra": "any"}
docs = [
    {"name": "a", "age": 3, "tags": ["x"], "extra": None},
    {"name": "a", "age": True, "tags": [], "extra": 1},
    {"name": "a", "age": 3, "tags": [1], "extra": 1},
    {"name": "a", "age": 3, "tags": []},
    ["not", "a", "dict"],
]
print([validate(d, schema) for d in docs])

def traffic(events):
    state = "red"
    history = [state]
    for ev in events:
        match state, ev:
            case "red", "timer":
                state = "green"
            case "green", "timer":
                state = "yellow"
            case "yellow", "timer":
                state = "red"
            case _, "emergency":
                state = "red"
            case _, ("maintenance", bool(on)):
                state = "blinking" if on else "red"
            case "blinking", _:
                pass
            case s, e:
                raise ValueError(f"bad event {e!r} in {s}")
        history.append(state)
    return history

print(traffic(["timer", "timer", "emergency", ("maintenance", True), "timer", ("maintenance", False), "timer"]))
try:
    traffic(["bogus"])
except ValueError as e:
    print(e)

# Many iterations exercise register reuse across cases.
counts = {}
for i in range(3000):
    match i % 7, i % 3:
        case (0, 0):
            k = "both"
        case (0, _) | (_, 0):
            k = "one"
        case (a, b) if a == b:
            k = "same"
        case _:
            k = "none"
    counts[k] = counts.get(k, 0) + 1
print(counts)
