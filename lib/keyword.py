"""Keywords (from "Grammar/python.gram") for the modelled CPython version.

3.9 listed '__peg_parser__' as a keyword and had an empty softkwlist;
3.8 had no softkwlist; 'type' became a soft keyword in 3.12."""

import sys as _sys

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

_VERSION = (_sys.version_info[0], _sys.version_info[1])

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]
if _VERSION == (3, 9):
    kwlist.insert(3, '__peg_parser__')

if _VERSION >= (3, 12):
    softkwlist = ['_', 'case', 'match', 'type']
elif _VERSION >= (3, 10):
    softkwlist = ['_', 'case', 'match']
else:
    softkwlist = []

_kwset = frozenset(kwlist)
_softkwset = frozenset(softkwlist)


def iskeyword(s):
    return s in _kwset


def issoftkeyword(s):
    return s in _softkwset
