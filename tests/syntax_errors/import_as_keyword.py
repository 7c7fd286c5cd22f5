import numpy as class
