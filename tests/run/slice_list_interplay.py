# slice objects used with lists, tuples, strings and ranges
s = slice(1, None, 2)
data = list(range(10))
print(data[s], tuple(data)[s], 'abcdefghij'[s], range(10)[s])
data[s] = ['odd'] * 5
print(data)
del data[s]
print(data)
neg = slice(None, None, -1)
print([1, 2, 3][neg], (1, 2)[neg], range(4)[neg])
idx = slice(2)
print(data[idx], data[slice(-2, None)], data[slice(None, -2)])
print([0, 1, 2][slice(True, None)], [0, 1, 2][slice(None, None, True)])
