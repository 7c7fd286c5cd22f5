class Child(Base)
    pass
