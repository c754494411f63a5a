# test: full-stderr
try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note\ntwo")
    raise
