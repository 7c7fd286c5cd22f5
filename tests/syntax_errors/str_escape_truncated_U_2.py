emoji = "\U1F600"
