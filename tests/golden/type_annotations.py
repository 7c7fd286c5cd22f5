# Annotations in every position.
from typing import Any, Callable, Optional, TypeVar, Generic

T = TypeVar("T")
count: int
ratio: float = 0.5
names: list[str] = []
lookup: dict[str, "Node"] = {}
handler: Callable[[int, str], Optional[bool]] = lambda a, b: None
union: int | str | None = None
nested: tuple[tuple[int, ...], ...] = ()
literal_annotation: "forward reference" = 1
expression_annotation: 1 + 2 = 3
starred_tuple_annotation: tuple[int, *tuple[str, ...]] = (1,)


class Node(Generic[T]):
    value: T
    children: "list[Node[T]]"
    parent: Optional["Node[T]"] = None
    counter: int = 0

    def __init__(self, value: T, *children: "Node[T]", label: str = "", **meta: Any) -> None:
        self.value: T = value
        self.children = list(children)
        self.meta: dict[str, Any] = meta

    def map(self, fn: Callable[[T], T], /) -> "Node[T]":
        return Node(fn(self.value))

    async def amap(self, fn: "Callable[[T], T]") -> "Node[T]":
        return self.map(fn)


def higher_order(f: Callable[..., int] = len) -> Callable[[str], int]:
    return f


def default_and_annotation(x: int = 1, *, y: "str" = "y") -> None: ...


print(Node(1).map(lambda v: v + 1).value, higher_order()("abc"), Node.__annotations__)
