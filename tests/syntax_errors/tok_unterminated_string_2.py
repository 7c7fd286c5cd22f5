names = ['alice', 'bob', 'carol]
