# Names differing far from each end: over 40 bytes after trimming, no match.
a_very_long_identifier_name_that_goes_on_and_on_x = 1
q_very_long_identifier_name_that_goes_on_and_on_y
