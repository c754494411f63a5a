# import ... as, module-level code runs once, module attributes.
import math as m
import _helper_mod as h
import _helper_mod as h2
from _helper_mod import greet as hello
print(m.floor(2.5), m.__name__, h is h2, hello('alias'))
print(h.counter)
h.bump()
from _helper_mod import counter
print(counter, h.counter)
h.bump()
print(counter, h.counter)
import itertools, functools, collections
print(itertools.__name__, functools.__name__, collections.__name__)
def local_import():
    import random as r
    return r.__name__
print(local_import(), 'r' in dir())
import sys as system
print(system.__name__, type(system).__name__)
