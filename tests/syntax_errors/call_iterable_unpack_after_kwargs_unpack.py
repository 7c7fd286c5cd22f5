opts = {"sep": ","}
args = ["a", "b"]
print(**opts, *args)
