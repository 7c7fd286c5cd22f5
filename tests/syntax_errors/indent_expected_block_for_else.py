for x in xs:
    pass
else:
done()
