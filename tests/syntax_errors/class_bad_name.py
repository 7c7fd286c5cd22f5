class 3D:
    pass
