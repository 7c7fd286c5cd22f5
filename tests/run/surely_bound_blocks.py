# Locals that are bound earlier in a block, or loop targets, used as
# stored values and as augmented-assignment subscript objects; and the
# cases where they may still be unbound.

def loops(rows):
    out = []
    for row in rows:
        out.append(None)
        out[-1] = row
        row[0] += 1
        cell = row
        cell[1] -= 1
        holder = [0]
        holder[0] = cell
    return out

print(loops([[1, 2], [3, 4]]))


def while_later(n):
    seen = []
    i = 0
    while i < n:
        if i:
            seen.append(x)
        x = [i]
        x[0] *= 10
        i += 1
    return seen

print(while_later(4))


def maybe(flag):
    if flag:
        v = [1]
    d = {}
    try:
        d["k"] = v
        v[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return d

print(maybe(True), maybe(False))


def deleted():
    w = [5]
    target = [0]
    target[0] = w
    del w
    try:
        target[0] = w
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return target

print(deleted())


def except_name():
    box = [None]
    try:
        raise KeyError("a")
    except KeyError as err:
        box[0] = err
    try:
        box[0] = err
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return repr(box[0])

print(except_name())


def walrus_in_target():
    a = [0, 0]
    k = 1
    b = [10, 20]
    b[(k := 0)] = k
    a[k] += (k := 1)
    return a, b, k

print(walrus_in_target())


def nested_blocks(data):
    total = [0]
    for group in data:
        for item in group:
            total[0] += item
            last = item
        else:
            pass
        if group:
            total.append(last)
    return total

print(nested_blocks([[1, 2], [], [3]]))


def try_handler_flow():
    try:
        t = [1]
        raise ValueError
    except ValueError:
        pass
    t[0] += 1
    try:
        u = undefined_name
    except NameError:
        pass
    res = [0]
    try:
        res[0] = u
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return t, res

print(try_handler_flow())


def self_store():
    s = [1, 2]
    s[0] = s
    return len(s), s[0] is s

print(self_store())


def unbound_aug_subscript():
    if False:
        q = []
    q[0] += 1

unbound_aug_subscript()
