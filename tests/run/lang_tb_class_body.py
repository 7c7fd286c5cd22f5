# Uncaught TypeError from a method called in a class body, and an
# exception inside __init__ reached from a decorator.
def logged(fn):
    def wrapper(*args):
        print("call", fn.__name__)
        return fn(*args)
    return wrapper


class Account:
    @logged
    def __init__(self, balance):
        self.balance = int(balance)


print(Account("10").balance)
Account("ten")
