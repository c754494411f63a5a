# The TypeError/ValueError texts of the built-in functions (CPython 3.13).
import sys
tests = [
 "print(sep=1)", "print(end=1)", "print(x=1)", "print(file=1)", "len()", "len(x=1)", "len(1)",
 "abs('a')", "max()", "max([])", "max(1)", "max(1,2,default=3)", "max([], foo=1)", "min([], key=1)",
 "sum()", "sum('ab')", "sum([],'')", "sum([],b'')", "sum(['a'])", "sum([1],2,3)",
 "sum([1], start=2, x=3)", "sum([1], 2, start=3)", "sum([1], x=3)",
 "sorted()", "sorted([],[])", "sorted([],foo=1)", "sorted(1, foo=1)",
 "isinstance(1,2)", "isinstance(1)", "issubclass(1,int)", "issubclass(int,1)",
 "isinstance(1,(str,(float,3)))", "issubclass(1, (int,))",
 "hasattr(1,2)", "getattr(1,2)", "getattr(1)", "setattr(1,2,3)", "setattr(1)", "delattr(1,2)", "delattr(1)",
 "id()", "hash([])", "round('a')", "round(1.5,'a')", "round()", "round(1,2,3)",
 "divmod(1,0)", "divmod(1.0,0)", "divmod('a',1)", "divmod()",
 "pow(1.0,2,3)", "pow('a',2,3)", "pow(2,'a',3)", "pow(2,3,'a')", "pow(2,-1,4)", "pow(2,3,0)", "pow()", "pow(1)",
 "chr(-1)", "chr(2**100)", "chr('a')", "chr(1.5)", "chr(0x110000)",
 "ord('ab')", "ord(1)", "ord(b'ab')", "ord('')",
 "hex(1.5)", "hex()", "bin('a')", "format(1,2)", "vars(1)", "vars(1,2)", "dir(1,2)",
 "iter(1,2)", "iter()", "iter(len, 1, 2)", "next(1)", "next(iter([]))", "next()",
 "callable()", "repr()", "input(1,2)", "any(1)", "all()",
 "max(1,2,key=3)", "min(1, 'a')", "max(x for x in [])",
 "__import__(1)", "__import__('nonexistent')", "exit(3)", "quit()", "exit('bye')",
 "sys.stdout.write(1)", "sys.stdout.write()",
 "eval(1)", "exec(1)", "eval('1', 1)", "exec('1', 1)", "compile('1', 'f', 'x')",
]
for t in tests:
    try:
        exec(t, {'sys': sys})
    except BaseException as e:
        print(t, '->', type(e).__name__ + ':', e)
