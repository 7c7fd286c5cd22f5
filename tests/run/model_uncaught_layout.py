class A(list):
    pass
print(A([1]))
class B(dict, A):
    pass
