snowman = "\u26"
