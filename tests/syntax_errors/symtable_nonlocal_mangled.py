def f():
    __x = 1
    class C:
        def m(self):
            nonlocal __x
