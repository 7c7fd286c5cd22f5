# __init_subclass__, __set_name__ and class keywords
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name='bee'):
    pass
class C(B):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name, type(Plugin.__dict__['__init_subclass__']).__name__)
try:
    class D(object, flag=True):
        pass
except TypeError as e:
    print(e)
try:
    class E(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
class Model:
    first = Field()
    second = Field()
print(Model.first.name, Model.second.name, Model.first.owner)
Dyn = type('Dyn', (Plugin,), {}, name='dynamic')
print(Dyn.plugin_name, Plugin.registry[-1])
print(object.__init_subclass__())
