with open('f') as f:
    break
