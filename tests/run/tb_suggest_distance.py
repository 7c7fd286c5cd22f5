# Cutoffs: about a third of the characters may change; ties go to the first candidate.
aaa = 1
aab = 2
long_variable_name_number_one = 1
def probe(name):
    try:
        eval(name)
    except NameError as e:
        return e.name
print(probe("aac"))
abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq = 1
abcdefghijklmnopqrstuvwxyzabcdefghijklmnop
