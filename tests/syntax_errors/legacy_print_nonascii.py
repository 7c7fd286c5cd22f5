print "¡hola, señor!"
