value = obj.
