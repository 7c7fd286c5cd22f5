# Decorators (PEP 614 arbitrary expressions) and class definitions.
import functools


def deco(fn):
    return fn


def deco_factory(*args, **kwargs):
    return deco


registry = {"handlers": [deco]}
buttons = [deco, deco]


@deco
def simple():
    pass


@deco_factory(1, key="value")
@functools.lru_cache(maxsize=None)
def stacked(x):
    return x


@registry["handlers"][0]
def subscript_decorator():
    pass


@buttons[0].__call__
def attribute_call_decorator():
    pass


@(lambda fn: fn)
def lambda_decorator():
    pass


@deco if True else None
def conditional_decorator():
    pass


@(x := deco)
def walrus_decorator():
    pass


class Empty:
    pass


class WithBases(Empty, object):
    attribute = 1

    def method(self):
        return self.attribute

    @property
    def prop(self):
        return 2

    @staticmethod
    def static():
        return 3

    @classmethod
    def klass(cls):
        return cls

    class Nested:
        inner: int = 5


class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns)


class WithKeywords(WithBases, metaclass=Meta, flag=True):
    """Docstring."""


@deco
class DecoratedClass(*[object], **{}):
    x, y = 1, 2


class Parens():
    pass


print(simple(), stacked(3), WithBases().method(), WithBases().prop, WithBases.static())
print(WithBases.klass(), WithBases.Nested.inner, WithKeywords.__doc__, DecoratedClass.x)
