value = obj.1
