# test: full-stderr
import _tb_helper_mod
try:
    _tb_helper_mod.fail(0)
except ZeroDivisionError:
    pass
_tb_helper_mod.fail(1)
