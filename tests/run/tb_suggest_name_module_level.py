# At module level, the globals are the candidates; 3.11 has no "forgot to import".
import_me = 1
print(sys.argv)
