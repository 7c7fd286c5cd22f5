try:
    risky()
finally:
    cleanup()
except:
    pass
