# "During handling of the above exception, another exception occurred".
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["fallback"]


print(parse("12"))
parse("twelve")
