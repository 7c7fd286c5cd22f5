day = 07
