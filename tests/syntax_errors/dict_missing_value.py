config = {"name": }
