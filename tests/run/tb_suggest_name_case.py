# A case flip costs less than other edits.
Value = 1
valeu = 2
print(VALUE)
