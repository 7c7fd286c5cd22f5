if ready:
	for item in queue
		handle(item)
