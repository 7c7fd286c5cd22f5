from os import path, *
