# test: full-stderr
averyveryveryveryveryveryveryveryverylongname_x = 1
print(averyveryveryveryveryveryveryveryverylongname_y)
