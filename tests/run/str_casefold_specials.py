# case mappings of characters whose mappings expand or are special
chars = "ßẞﬀﬁﬂﬃﬄﬅﬆŉǰΐΰևẖẗẘẙẚᾀᾈᾳᾼῃῌῳῼİıſͅΣσςǄǅǆǇǈǉǊǋǌǱǲǳ"
for c in chars:
    print(ascii(c), ascii(c.lower()), ascii(c.upper()), ascii(c.title()), ascii(c.casefold()), ascii(c.swapcase()),
          ascii(c.capitalize()), c.islower(), c.isupper(), c.istitle())
words = ["ﬁnal ßtraße", "ǆungla ǈj", "ΌΣΟΣ ΣΟΦΌΣ", "iİıI", "ᾳᾳ ᾼᾼ", "hello\u0345world"]
for w in words:
    print(ascii(w.title()), ascii(w.capitalize()), ascii(w.swapcase()), ascii(w.casefold()), ascii(w.upper()), ascii(w.lower()))
