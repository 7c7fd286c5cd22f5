# input() at end of file (stdin is empty for the tests)
import sys
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input(1, 2)
except TypeError as e:
    print(e)
