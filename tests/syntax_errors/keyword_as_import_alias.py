from os import path as if
