def point((x)):
    pass
