# Every operator and precedence level.
a, b, c = 7, 3, 2
arith = [a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a]
bits = [a & b, a | b, a ^ b, a << c, a >> c]
compare = [a < b, a > b, a == b, a != b, a <= b, a >= b, a in [7], a not in [7], a is b, a is not b]
chained = 1 < a <= 10 != b == 3 > c
boolean = a and b or not c and (a or b)
precedence = a + b * c ** 2 // 3 - ~b % 4 << 1 & 0xFF ^ 3 | 8
power_assoc = 2 ** 3 ** 2
unary_power = -2 ** 2
not_compare = not a == b
conditional = a if b else c if a else b
nested_parens = ((((a))))
matmul_like = [[1]]
tuple_expr = a, b, c
single_tuple = a,
empty_tuple = ()
ellipsis = ...
attribute = a.real.imag
call_chain = str(a).upper().lower()
subscript_chain = [[1, 2], [3, 4]][1][0]
lambda_expr = (lambda x, y=2: x * y)(3)
starred_in_list = [*range(3), *"ab"]
in_comprehension = [x for x in range(10) if x % 2 if x > 2]
string_mult = "ab" * 2 + "c"
implicit_join = "a" "b"
print(arith, bits, compare, chained, boolean, precedence, power_assoc, unary_power)
print(not_compare, conditional, nested_parens, matmul_like, tuple_expr, single_tuple)
print(empty_tuple, ellipsis, attribute, call_chain, subscript_chain, lambda_expr)
print(starred_in_list, in_comprehension, string_mult, implicit_join)


class M:
    def __matmul__(self, other):
        return "matmul"

    def __rmatmul__(self, other):
        return "rmatmul"


m = M()
print(m @ m, 1 @ m)
x = M()
x @= m
print(x)
