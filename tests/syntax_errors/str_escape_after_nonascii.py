label = "naïve \u00e"
