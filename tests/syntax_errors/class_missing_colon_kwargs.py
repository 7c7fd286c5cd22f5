class Model(Base, metaclass=ABCMeta)
    pass
