blob = b"""
ünïcode
"""
