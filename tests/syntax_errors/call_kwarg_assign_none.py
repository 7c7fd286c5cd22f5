configure(debug=False, None=0)
