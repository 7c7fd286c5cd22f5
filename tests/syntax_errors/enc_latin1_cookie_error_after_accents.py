# coding: latin-1
nom = 'café' 'crème' +
