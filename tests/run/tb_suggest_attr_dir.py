# A custom __dir__ supplies the candidates; a failing one gives none.
class Custom:
    def __dir__(self):
        return ["hello", "world"]
class Broken:
    def __dir__(self):
        raise ValueError("no dir")
try:
    Custom().helo
except AttributeError as e:
    print(e)
try:
    Broken().helo
except AttributeError as e:
    print(e)
Custom().wrld
