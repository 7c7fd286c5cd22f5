seen = {alpha beta}
