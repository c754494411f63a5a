"""Helper to provide extensibility for pickle (slotlab).

CPython's copyreg, plus the Python half of object.__reduce_ex__,
object.__reduce__ and (3.11+) object.__getstate__, which slotlab's C
methods call: _object_getstate and _reduce_newobj follow
Objects/typeobject.c (object_getstate_default, reduce_newobj)."""

import sys as _sys

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# object.__getstate__ exists from 3.11 (then _reduce_ex refuses slotted
# objects that only have the default one)
_OBJECT_GETSTATE = _sys.version_info >= (3, 11)
# 3.9+: _reduce_ex skips bases whose __new__ is a built-in's own
_NEW_TYPE_CHECK = _sys.version_info >= (3, 9)

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _is_heap_type(cls):
    return cls.__module__ != "builtins"


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if not _is_heap_type(base):
            break
        if _NEW_TYPE_CHECK:
            new = base.__new__
            if isinstance(new, _new_type) and getattr(new, "__self__", None) is base:
                break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if (_OBJECT_GETSTATE and type(self).__getstate__ is object.__getstate__ and
                getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            names.append("_%s%s" % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# ---- the Python half of object.__reduce_ex__ / __getstate__ ----------------

def _object_getstate_default(obj, required):
    cls = type(obj)
    if required and cls.__itemsize__:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    d = getattr(obj, "__dict__", None)
    state = dict(d) if d else None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _object_getstate(obj, required):
    getstate = getattr(obj, "__getstate__", None)
    if getstate is None:
        return _object_getstate_default(obj, required)
    if _OBJECT_GETSTATE and type(obj).__getstate__ is object.__getstate__:
        return _object_getstate_default(obj, required)
    return getstate()


def _reduce_newobj(obj):
    cls = type(obj)
    if getattr(cls, "__new__", None) is None:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = None, None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
    hasargs = args is not None
    if args is None:
        args = ()
    if not kwargs:
        newobj, newargs = __newobj__, (cls,) + args
    else:
        newobj, newargs = __newobj_ex__, (cls, args, kwargs)
    state = _object_getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _object_reduce_ex(obj, proto):
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)
