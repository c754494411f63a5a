# test: full-stderr
import _tb_bad_syntax
