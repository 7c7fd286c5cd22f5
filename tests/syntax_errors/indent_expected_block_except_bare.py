try:
    risky()
except:
pass
