import sys
name = sys.argv[0]
print name, len(name)
