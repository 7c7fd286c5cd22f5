título = "café
print(título)
