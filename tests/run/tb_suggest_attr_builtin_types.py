# Methods of builtin types; each error is caught and printed, the last one is not.
for obj, name in [([], "appendd"), ({}, "itemz"), ("s", "uper"), (1, "bit_lenght"), ((), "cont")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj == obj)
"text".splitt()
