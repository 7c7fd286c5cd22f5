import os
os.chmod("f", 0o9)
