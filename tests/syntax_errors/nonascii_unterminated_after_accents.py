présentation = 'Élodie' + 'café
