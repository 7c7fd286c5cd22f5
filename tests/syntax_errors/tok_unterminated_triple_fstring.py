name = "n"
text = f'''Dear {name},
thanks
