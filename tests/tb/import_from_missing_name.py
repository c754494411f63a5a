# test: full-stderr
from _tb_helper_mod import fial
