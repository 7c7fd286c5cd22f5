class C(,):
    pass
