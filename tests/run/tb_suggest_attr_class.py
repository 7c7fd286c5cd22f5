# Type objects, and the dunder names a function has.
class Config:
    timeout = 3
def f():
    pass
try:
    f.__nam__
except AttributeError as e:
    print(e)
Config.timout
