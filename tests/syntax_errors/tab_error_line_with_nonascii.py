def grüßen():
	name = "Jürgen"
        return name
