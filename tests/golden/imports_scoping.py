# Import forms, global, nonlocal, del.
from __future__ import annotations
import os
import os.path
import sys as system, json as j
import collections.abc as cabc
from os import path
from os import path as p, sep
from os import (
    getcwd,
    listdir as ls,
)
from os.path import *
from collections import (OrderedDict)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x, y
        x += 1
        y += 1
        return x, y

    return inner()


def multi_global():
    global a, b
    a = b = 1


def uses_relative_import_syntax():
    if False:
        from . import sibling
        from .. import parent
        from .module import name
        from ...deep.module import other as renamed
        from .... import far
        from . import (one, two,)
    return None


print(bump(), outer(), multi_global(), uses_relative_import_syntax())
x, y, z = 1, 2, [1, 2, 3]
del x
del y, z[0]
del (a), [b]
obj = type("O", (), {})()
obj.attr = 1
del obj.attr
print(os.sep, system.version_info[:2], j.dumps(1), cabc.Mapping, p is path, getcwd() == getcwd(), ls is not None, OrderedDict)
