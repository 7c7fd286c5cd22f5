def show(*srcs):
    for src in srcs:
        try:
            r = eval(src)
        except Exception as e:
            print(src, "!!", type(e).__name__ + ":", e)
        else:
            print(src, "->", repr(r))
show("chr()", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "chr(65)", "chr(True)", "ord(chr(0x10FFFF))", "chr(2**70)")
show("ord()", "ord('')", "ord('ab')", "ord(1)", "ord(b'ab')", "ord(b'a')", "ord(bytearray(b'z'))", "ord('é')", "ord(c='a')")
show("bin()", "bin(1.5)", "bin(5)", "bin(-5)", "bin(0)", "bin(True)", "bin(2**70)")
show("hex(1.5)", "hex(255)", "hex(-255)", "hex('a')", "oct('a')", "oct(8)", "oct(-8)", "oct(0)", "hex(x=1)")
show("ascii()", "ascii('é')", "ascii([1, 'ü'])", "ascii(1, 2)", "repr()", "repr(1, 2)", "repr('a\\n')")
