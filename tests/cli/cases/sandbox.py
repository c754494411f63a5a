# slotlab's sandbox: every way out of the lesson's folder is refused with a
# message that says slotlab forbids it.
def t(code):
    try:
        exec(code)
        print("ALLOWED:", code)
    except BaseException as e:
        print(code, "->", type(e).__name__ + ":", e)

t("open('sandbox.py')")
t("open('out.txt', 'w')")
t("open('/etc/passwd')")
t("import os")
t("import os.path")
t("import subprocess")
t("import socket")
t("import ctypes")
t("import shutil")
t("import pathlib")
t("import importlib")
t("import io")
t("__import__('os')")
t("exec('import os')")
t("eval('__import__(\"subprocess\")')")
t("exec(compile('open(\"x\", \"w\")', 'f', 'exec'))")
t("import builtins; builtins.open('x', 'a')")
t("__import__('../secret')")
t("__import__('/etc/passwd')")
t("import sys; sys.path.insert(0, '/'); import etc")
t("import escape_link")
t("import a_directory")
t("import helper_mod; print(helper_mod.VALUE)")
