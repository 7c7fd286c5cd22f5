def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
s = "Hello, World"
show("s.split()", "s.split(',', 1)", "s.split(sep=None, maxsplit=0)", "s.split('')", "s.rsplit('o', 1)", "s.partition('o')", "s.rpartition('x')", "s.partition('')", "s.find('o', 5)", "s.index('z')", "s.rindex('o')", "s.count('l', 3, -1)")
show("s.replace('l', 'L', 2)", "s.replace('', '-')", "s.startswith(('He', 'x'))", "s.endswith('ld', 0, 5)", "s.startswith(1)", "s.upper()", "s.lower()", "s.swapcase()", "s.title()", "'ab cd'.capitalize()", "'ß'.upper()", "'ﬁ'.casefold()")
show("s.center(20, '*')", "s.ljust(3)", "s.rjust(15, 'ab')", "s.zfill(15)", "'-5'.zfill(4)", "s.strip('Hd')", "s.lstrip(None)", "s.rstrip(1)", "'\\t a\\n'.strip()", "'a\\tb'.expandtabs(4)")
show("', '.join(['a', 'b'])", "''.join([1])", "'x'.join('abc')", "s.isalpha()", "'123'.isdigit()", "'½'.isnumeric()", "'²'.isdecimal()", "'abc'.isidentifier()", "' '.isspace()", "'Ab'.istitle()", "'\\x7f'.isprintable()", "'é'.isascii()")
show("s.encode()", "'é'.encode('ascii')", "'é'.encode('ascii', 'replace')", "'é'.encode('latin-1')", "s.encode(encoding='utf-8')[:4]", "'a{0}b{x}'.format(1, x=2)", "'{:>5}'.format('a')", "'{0!r}'.format('a')", "'{'.format()", "'%s-%d' % ('a', 3)", "'%(a)s' % {'a': 1}")
show("'abc'.removeprefix('ab')", "'abc'.removesuffix('bc')", "str.maketrans({'a': 'b'})", "'abc'.translate({97: 'x', 98: None})", "'a\\nb\\r\\nc'.splitlines()", "'a\\nb'.splitlines(True)", "s[::-1]", "s[1:100]", "s[100]", "s * -1", "'a' < 'b'", "'a' + 1")
