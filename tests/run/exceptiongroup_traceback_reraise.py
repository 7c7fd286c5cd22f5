# A bare exception caught by except* and re-raised escapes wrapped in a
# group whose traceback starts where it left the handler's frame.
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

def process(values):
    for v in values:
        try:
            check(v)
        except* ValueError:
            print("re-raising for", v)
            raise
        except* TypeError:
            print("never")

def main():
    process([1, 2, -3, 4])

main()
