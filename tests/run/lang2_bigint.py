a = 2 ** 200 + 12345
b = 3 ** 120 - 7
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b, a)):
    print(x + y, x - y, x * y % 10**30, x // y, x % y, divmod(x, y), x & y, x | y, x ^ y)
print(a >> 150, a << 10, -a >> 150, (-a) >> 199, (-a) >> 500, a >> 500)
print(pow(a, b, 10**9 + 7), pow(a, -1, 10**9 + 7), pow(-a, 3, 97))
print(str(-(10 ** 50)), repr(10 ** 50 + 1), len(str(7 ** 500)))
print(a == a + 0, a != b, a < b, -a < -b, abs(-a) == a)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100), hash(-1), hash(-2))
print(int(str(a)) == a, int(hex(a), 16) == a, int(bin(-a), 0) == -a, int(oct(a)[2:], 8) == a)
print(f"{a:,}"[:20], f"{a:x}"[:10], f"{-a:_b}"[:12], f"{a:e}", f"{a:.3g}", float(a))
print(round(a, -50), round(-a, -59))
print((10**20) // 3 * 3 + (10**20) % 3 == 10**20)
print((2**64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "little", signed=True))
print(sum(range(10**6)), sum([2**70] * 3), max(2**70, 2**70 + 1), min(-(2**70), 0))
print(2**63, -(2**63), 2**63 - 1, -(2**63) + 1, (2**63) // -1, -(2**63) * -1, 9223372036854775807 + 1)
print(1 << 63, (1 << 64) - 1, ~(1 << 63), (-1) << 63, 3037000500 * 3037000500, -3037000500 * 3037000500)
print(divmod(-(2**63), 1), divmod(2**63 - 1, -1), (-(2**63)) % 3, (-(2**63)) // 3)
print(abs(-(2**63)), -(-(2**63)) - 1, int(-9.3e18), int(9.3e18))
import sys
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
