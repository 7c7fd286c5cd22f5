send(to="x", from="y")
