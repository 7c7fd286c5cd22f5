# a comment
print("a")
    # indented comments are fine
    print("b")
