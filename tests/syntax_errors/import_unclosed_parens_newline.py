from os import (path,
    sep
import sys
