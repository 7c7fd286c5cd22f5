key = lambda item: item.name if item
