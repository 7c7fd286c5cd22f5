# The suggestion is computed when the traceback is printed.
try:
    undefined_thing
except NameError as e:
    err = e
undefined_thinh = 1
raise err
