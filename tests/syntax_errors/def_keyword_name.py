def return(x):
    pass
