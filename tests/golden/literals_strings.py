# Strings with every prefix, quote style and escape.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw \d+ \n stays'
f = R"RAW \t"
g = u'unicode'
h = U"UNICODE"
i = b'bytes \x00\xff'
j = B"BYTES"
k = br'raw bytes \d'
l = rb"raw bytes \w"
m = Br'\x'
n = bR'\y'
o = RB"\z"
p = rB'''multi
line raw bytes'''
q = 'escapes: \\ \' \" \a \b \f \n \r \t \v \0 \101 \x41 \u0041 \U00000041 \N{LATIN SMALL LETTER A}'
r = "line one\
 continued"
s = ('implicit' "concatenation"
     '''across''' """lines""")
t = b'bytes' b"concat"
u = ''
v = ""
w = ''''''
x = """"quoted" inside"""
y = '''it's fine'''
z = "unknown escape \d is kept"
empty_raw = r''
nested_quotes = "it's" + 'say "hi"'
tab_in_string = "a	b"
long_line = "x" * 3
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z)
print(empty_raw, nested_quotes, tab_in_string, long_line)
