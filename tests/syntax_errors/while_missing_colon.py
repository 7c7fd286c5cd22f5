while queue
    queue.pop()
