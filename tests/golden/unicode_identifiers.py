# Non-ASCII identifiers (PEP 3131, NFKC-normalized) and strings.
café = "coffee"
naïve = True
Δ = 0.001
π = 3.14159
日本語 = "Japanese"
переменная = 42
μ = "micro"
ﬁle = "ligature normalizes to file"
ℌ = "script H normalizes to H"
_ñ_ = "underscore"
x١ = 1


class Über:
    größe = 10

    def méthode(self, paramètre=π):
        return paramètre * Δ


emoji = "😀 🎉 👍🏽"
combining = "é"
cjk = "中文字符"
rtl = "שלום عالم"
escapes = "\N{GREEK SMALL LETTER ALPHA}\u00e9\U0001F600"
print(café, naïve, Δ, π, 日本語, переменная, μ, file, H, _ñ_, x١)
print(Über.größe, Über().méthode(), emoji, combining, cjk, rtl, escapes)
print(f"{café!r} {π:.2f} {日本語=}")
