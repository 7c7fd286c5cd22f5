import threading
lock = threading.Lock()
with lock
    counter += 1
