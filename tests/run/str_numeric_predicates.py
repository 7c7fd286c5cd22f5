# isdecimal vs isdigit vs isnumeric across Unicode number kinds
samples = ["0123456789", "٠١٢", "۴", "߂", "४", "৫", "๗", "０９", "𝟎𝟗", "²³¹", "₀₉", "①⑳", "⑴", "⒈", "❶", "½¼¾", "⅓",
           "Ⅰ", "Ⅻ", "ⅰ", "〇", "一", "万", "零", "壱", "𐄇", "𒐀", "፩", "᠐", "𝟘", "🄁", "", "1.5", "-1", "1_0", "x"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
