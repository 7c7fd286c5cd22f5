text = "prefix \u12G4 suffix"
