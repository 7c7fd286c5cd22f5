# size limits: OverflowError past Py_ssize_t, MemoryError for results that cannot be allocated
for f in [lambda: 'ab' * 2**40, lambda: b'ab' * 2**40, lambda: bytearray(b'ab') * 2**40, lambda: 'a'.center(2**40), lambda: b'a'.zfill(2**40), lambda: bytes(2**40), lambda: 'ab' * 2**62, lambda: b'ab' * 2**62, lambda: bytearray(b'ab') * 2**62]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: 'a'[2**62], lambda: 'a'[2**63], lambda: 'a'[-2**63], lambda: b'a'[2**62], lambda: 'a'.ljust(2**62), lambda: 'a'.ljust(2**63), lambda: bytes(2**62), lambda: 'a' * -2**63, lambda: 'a' * -2**64]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
