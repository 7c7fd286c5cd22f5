import os

def ok(a, b=2, *c, d, **e):
    return [a for a in c]

class K:
    def m(self):
        return super().m()

def bad():
    y = 1
    global y
