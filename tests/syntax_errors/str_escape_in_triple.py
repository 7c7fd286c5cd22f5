doc = """
Line one
Line \x4 two
"""
