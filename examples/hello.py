"""A small program: `ferrython examples/hello.py`; `-X dump=ast|symtable|bytecode` shows each stage."""


def greet(name: str, punctuation: str = "!") -> str:
    return f"Hello, {name}{punctuation}"


if __name__ == "__main__":
    for who in ["world", "Ferrython"]:
        print(greet(who))
