# int methods: bit_length, bit_count, as_integer_ratio, conjugate, to_bytes, from_bytes
for n in [0, 1, -1, 5, -5, 255, 256, 2**62, -2**62, 2**63 - 1, 2**100, -(2**100) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
print(True.bit_length(), False.bit_count(), True.as_integer_ratio())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (5).to_bytes())
print((-1).to_bytes(2, 'big', signed=True), (127).to_bytes(1, 'big', signed=True))
print((-128).to_bytes(1, 'little', signed=True), (0).to_bytes(0, 'big'), (2**64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', byteorder='big', signed=True))
print(bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')))
for expr in [
    "(5).bit_length(1)",
    "int.bit_length()",
    "int.bit_length(1.5)",
    "(5).to_bytes(1, 'middle')",
    "(-5).to_bytes(1, 'big')",
    "(300).to_bytes(1, 'big')",
    "(128).to_bytes(1, 'big', signed=True)",
    "(5).to_bytes(-1, 'big')",
    "int.from_bytes('ab', 'big')",
    "int.from_bytes([1, 300], 'big')",
    "int.from_bytes([1, 'a'], 'big')",
    "(5).conjugate(1)",
    "(5).as_integer_ratio(2)",
]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
