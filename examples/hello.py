"""A small program to try the front end on: `ferrython -X dump=ast examples/hello.py`."""


def greet(name: str, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


if __name__ == "__main__":
    for who in ["world", "Ferrython"]:
        print(greet(who))
