seed = 7
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % k
alpha = "ab\u00e9\u4e2dz"
for trial in range(400):
    h = "".join(alpha[rnd(len(alpha))] for _ in range(rnd(41)))
    n = "".join(alpha[rnd(len(alpha))] for _ in range(1 + rnd(4)))
    print(h.find(n), h.rfind(n), h.count(n), n in h, h.index(n) if n in h else -9,
          h.partition(n)[0] == h[:max(h.find(n), 0)] if n in h else h.partition(n), h.rpartition(n)[2][:3], h.replace(n, "-")[:8])
long = "xy" * 300 + "needle" + "xy" * 300
print(long.find("needle"), long.rfind("xyx"), long.count("yx"), "needle" in long, long.count("needlex"))
print("aaaa".count("aa"), "aaaaa".count("aa"), "abc".find("", 1), "abc".rfind(""), "".count(""), "abc".count(""))
