value = (*items)
