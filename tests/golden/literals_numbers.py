# Integer and float literals in every base and notation.
zero = 0
zeros = 000
plain = 1234567890
grouped = 1_000_000
hex_lower = 0xdeadbeef
hex_upper = 0XDEAD_BEEF
octal = 0o755
octal_upper = 0O7_5_5
binary = 0b1010
binary_upper = 0B_1111_0000
huge = 0x_ffff_ffff_ffff_ffff_ffff_ffff
bigdec = 123456789012345678901234567890

floats = [1.0, 1., .5, 0.0, 00.5, 1e10, 1E-10, 1.5e+3, 1_000.000_1, 3.14_15e1_0]
tiny = 5e-324
inf_ish = 1e400
imag = [1j, 1J, 2.5j, .5j, 1e3j, 1_0j, 0j, 00j]
complex_value = 3 + 4j
negative = -17
positive = +17
inverted = ~0x0F
power = 2 ** -1
attr_access = 1 .real
paren_attr = (1).bit_length()
float_attr = 1.5.is_integer()
print(zero, zeros, plain, grouped, hex_lower, hex_upper, octal, octal_upper)
print(binary, binary_upper, huge, bigdec, floats, tiny, inf_ish, imag)
print(complex_value, negative, positive, inverted, power, attr_access, paren_attr, float_attr)
