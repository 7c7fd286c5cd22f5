while count < 10
    count += 1
