def last_function():
    return "no trailing newline"


print(last_function())
if True:
    print("ends inside an indented block")