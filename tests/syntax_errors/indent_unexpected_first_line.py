  import sys
