f = lambda pass: 1
