if (n := len(items)) > 10
    pass
