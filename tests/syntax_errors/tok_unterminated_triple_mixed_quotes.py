doc = """ends with the wrong quotes'''
value = 3
