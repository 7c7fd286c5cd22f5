x = 1
if x is 1: pass
if x is not "a": pass
if () is x: pass
y = (1, 2)(3)
assert (x, "msg")
z = [1, 2]["a"]
w = "abc"[1.5]
print("done")
