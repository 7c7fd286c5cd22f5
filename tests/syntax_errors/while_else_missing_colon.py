def drain(queue):
    while queue:
        queue.pop()
    else
        return None
