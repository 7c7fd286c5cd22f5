class C:
    from os.path import *
