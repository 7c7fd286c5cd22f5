# SystemExit with a message goes to stderr, status 1; sys.exit(n) sets status.
import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("caught", type(e).__name__, e.args)
print("exiting")
raise SystemExit("fatal: bye")
