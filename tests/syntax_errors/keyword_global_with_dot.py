def f():
    global os.path
