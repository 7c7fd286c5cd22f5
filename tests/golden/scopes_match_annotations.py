# Match captures, annotations, imports, del, augmented and annotated
# assignment, star targets.
import os.path
import collections.abc as cabc
from typing import List, Optional as Opt

x: int
y: List[int] = []
(paren): int = 1
obj = type("O", (), {})()
obj.attr: str = "a"
y[0:0]: list = []


def annotated(a: int, *args: str, b: Opt[int] = None, **kw: float) -> List[int]:
    local: int = 1
    unevaluated: SomeName
    return [local]


def matcher(command):
    match command:
        case [action, *rest] if rest:
            return action, rest
        case {"key": value, **others}:
            return value, others
        case Point(x=px, y=0) | Point(x=px, y=1):
            return px
        case str() as text:
            return text
        case [1, 2, *_]:
            return None
        case _:
            return os.path.join("a", "b")


def deleter():
    a = b = 1
    a += 2
    del a, b
    first, *middle, last = range(5)
    for i, (j, k) in enumerate([(1, 2)]):
        pass
    return first, middle, last


class Annotated:
    field: int = 0
    other: "Annotated"
    unset: cabc.Mapping
