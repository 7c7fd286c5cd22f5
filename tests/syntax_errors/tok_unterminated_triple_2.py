data = '''
one
two
