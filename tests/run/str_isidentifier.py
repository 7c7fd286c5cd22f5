# str.isidentifier: XID_Start / XID_Continue, underscore, keywords are identifiers too
for s in ["a", "_", "__init__", "a1", "1a", "", " a", "a b", "class", "None", "é", "日本", "ℕ", "℘", "a·b", "·a", "x\u0301",
          "\u0301x", "Ⅰ", "a-b", "$", "a$", "𝔘𝔫𝔦", "٣", "a٣", "ǅ", "ª", "_1", "a\u200c", "\u2118", "\u212e", "a\u00b7"]:
    print(ascii(s), s.isidentifier())
