# Exceptions: raise and catch across frames, try/except/else/finally,
# several handlers, exception objects and args, builtin exceptions raised by
# the interpreter (KeyError, IndexError, ZeroDivisionError, ValueError).


def parse(s):
    return int(s)


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero in checked_div")
    return a // b


def deep(n):
    if n == 0:
        raise ValueError("bottom", n)
    return deep(n - 1)


def run(n):
    ok = bad = keys = idx = zero = deep_caught = finals = elses = 0
    d = {i: i for i in range(0, 100, 2)}
    lst = list(range(50))
    inputs = ["12", "x", "7", "", "42", "3.5"]
    for i in range(n):
        try:
            ok += parse(inputs[i % 6])
        except ValueError:
            bad += 1
        try:
            keys += d[i % 100]
        except KeyError as e:
            keys -= e.args[0] % 3
        try:
            idx += lst[i % 60]
        except IndexError:
            idx -= 1
        else:
            elses += 1
        try:
            zero += checked_div(i, i % 4)
        except (ZeroDivisionError, TypeError) as e:
            zero += len(str(e)) % 5
        finally:
            finals += 1
        if i % 10 == 0:
            try:
                deep(20)
            except ValueError as e:
                deep_caught += len(e.args)
    return ok, bad, keys, idx, zero, deep_caught, finals, elses


result = None
for _ in range(3):
    result = run(60000)
print(result)
