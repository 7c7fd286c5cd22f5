#!/usr/bin/env python3
# vim: set fileencoding=not-a-codec :
x = 1
