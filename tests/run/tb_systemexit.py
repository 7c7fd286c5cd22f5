# SystemExit codes: the status and what is printed.
import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
print("exiting")
raise SystemExit(3)
