# The 4300-digit limit on int <-> str conversion (CPython 3.11+ and the
# 3.8-3.10 security releases), and the sys functions that change it.
import sys

def t(label, f):
    try:
        r = f()
        print(label, "->", r if len(str(r)) < 60 else len(str(r)))
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.get_int_max_str_digits())
t("int('1'*4300)", lambda: len(str(int('1' * 4300))))
t("int('1'*4301)", lambda: int('1' * 4301))
t("int('-' + '1'*5000)", lambda: int('-' + '1' * 5000))
t("int('1_' * 2200 + '1')", lambda: int('1_' * 2200 + '1'))
t("str(10**4299)", lambda: len(str(10**4299)))
t("str(10**4300)", lambda: str(10**4300))
t("repr(-10**5000)", lambda: repr(-10**5000))
t("f-string", lambda: f"{10**5000}")
t("%d", lambda: "%d" % 10**5000)
t("hex ok", lambda: len(hex(10**5000)))
t("int(hex, 16) ok", lambda: int('f' * 6000, 16).bit_length())
t("int(x, 8) ok", lambda: int('7' * 6000, 8).bit_length())
t("int(x, 36)", lambda: int('z' * 5000, 36))
t("set 0", lambda: sys.set_int_max_str_digits(0))
t("unlimited", lambda: len(str(10**5000)))
t("set 640", lambda: sys.set_int_max_str_digits(640))
t("set 700", lambda: sys.set_int_max_str_digits(maxdigits=700))
print(sys.get_int_max_str_digits())
t("str(10**700)", lambda: str(10**700))
t("int('9'*701)", lambda: int('9' * 701))
t("set 639", lambda: sys.set_int_max_str_digits(639))
t("set -1", lambda: sys.set_int_max_str_digits(-1))
t("set '5'", lambda: sys.set_int_max_str_digits('5'))
t("set ()", lambda: sys.set_int_max_str_digits())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
t("back to 4300", lambda: str(10**4300))
