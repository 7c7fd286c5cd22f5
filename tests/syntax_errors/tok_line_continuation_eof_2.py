import os
total = 1 + \
