import os
path = os.getcwd() extra
