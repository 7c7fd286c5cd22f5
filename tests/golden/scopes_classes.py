# Class scopes: methods, super(), __class__, private names, class-level
# names invisible to methods, and DEF_FREE_CLASS.
import functools


class Base:
    attr = 1

    def method(self):
        return self.attr


class Child(Base):
    attr = 2
    __private = 3
    shared = "class"

    def method(self):
        return super().method() + self.__private

    def explicit(self):
        return __class__

    @staticmethod
    def static(__arg):
        __local = __arg
        return __local

    def sees_global(self):
        return shared

    @functools.cached_property
    def prop(self):
        return [attr for attr in range(3)]


def factory(value):
    class Local:
        value_copy = value

        def get(self):
            return value

        def uses_class_name(self):
            return Local

    return Local


def free_in_class(x):
    class Holder:
        x = x
        y = x

        def m(self):
            return x, y

    return Holder


class Outer:
    class Inner:
        def m(self):
            return super()

    def __dunder__(self):
        __x__ = 1
        return __x__
