value = obj..name
