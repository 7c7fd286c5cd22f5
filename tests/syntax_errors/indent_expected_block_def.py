def compute(a, b):
return a + b
