# With `from __future__ import annotations` annotations are not evaluated:
# names used only in annotations do not appear in the symbol tables.
from __future__ import annotations


def f(a: OnlyInAnnotation, *b: AlsoOnly, c: Third = 3) -> ReturnOnly:
    local: LocalAnnotation = a
    return local


class C:
    attr: ClassAnnotation
    value: int = 0

    def method(self) -> C:
        return self


lam: Callable[[int], int] = lambda n: n + 1
