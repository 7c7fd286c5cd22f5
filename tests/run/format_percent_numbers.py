# %-formatting of numbers: flags, widths, precision, big ints, special floats
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%x", "%#x", "%#08x", "%X", "%#X", "%o", "%#o",
            "%e", "%.2e", "%E", "%f", "%.1f", "%10.3f", "%-10.1f|", "%+.2f", "%g", "%.3g", "%#g", "%G", "%i", "%u"]:
    vals = []
    for v in [0, 7, -7, 255, 10**20, -(10**20), 3.75, -0.0, 1e100, float("inf"), float("-inf"), float("nan"), True]:
        try:
            vals.append(fmt % v)
        except Exception as e:
            vals.append(type(e).__name__ + ": " + str(e))
    print(fmt, vals)
