*f(), b = items
