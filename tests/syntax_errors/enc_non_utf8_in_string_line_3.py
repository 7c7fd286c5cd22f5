import os
x = 1
y = 'résumé'
