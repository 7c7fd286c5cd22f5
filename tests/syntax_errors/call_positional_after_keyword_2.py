def greet(name, greeting):
    return f"{greeting}, {name}"

greet(greeting="hi", "bob")
