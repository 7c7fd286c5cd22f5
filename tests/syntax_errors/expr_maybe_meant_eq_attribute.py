if obj.flag = True:
    pass
