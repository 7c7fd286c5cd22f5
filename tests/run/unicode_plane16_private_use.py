# Characters U+10FF00..U+10FFFF (􏽁􏿿) in a source file, in exec/eval
# strings and in SyntaxError texts: plain characters, as in CPython.
s = "􏽁b􏿿"
print(len(s), [hex(ord(c)) for c in s])
t = '''􏼀
􏽁'''
print(len(t), ascii(t))
print(ascii(f"{s}-􏽁"))
print(ascii(r"􏿿\n"), ascii(u"􏽁"))
print(ascii(eval("'􏽁' + '􏿿'")))
exec("x = '􏼀􏽁'  # 􏿿\nprint(len(x), ascii(x))")
print(ascii(repr(chr(0x10ff41))), ascii(str(chr(0x10ffff))))
for bad in ["'􏽁' +", "x = '􏽁􏿿' $", "'􏽁􏽁' 1"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset, ascii(e.text.rstrip("\n")))
print(ascii(compile("'􏽁'", "<c>", "eval").co_consts))
