try:
    risky()
except Exception as self.error:
    pass
