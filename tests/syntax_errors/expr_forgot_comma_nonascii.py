noms = ["Zoë" "Chloé", ñandú émile]
