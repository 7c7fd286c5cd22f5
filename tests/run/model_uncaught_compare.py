class A:
    def __lt__(self, other):
        return NotImplemented
class B(A):
    pass
print(len(sorted([B()])))
print(A() < B())
