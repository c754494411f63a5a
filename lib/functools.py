"""functools for slotlab: reduce, partial, wraps, lru_cache, cache,
cmp_to_key, total_ordering, cached_property.

Behaviour, reprs and messages follow CPython 3.13 (3.8-3.9 said "reduce()
of empty sequence with no initial value").  Unlike CPython's C wrapper,
the lru_cache wrapper here is Python code: each cached call adds a frame,
so deep recursion reaches the recursion limit about twice as early.
"""

import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "cached_property"]

_VERSION = (_sys.version_info[0], _sys.version_info[1])

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
if _VERSION >= (3, 12):
    WRAPPER_ASSIGNMENTS = WRAPPER_ASSIGNMENTS + ("__type_params__",)
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ loses
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial], /) -> value

    Apply a function of two arguments cumulatively to the items of an
    iterable, from left to right."""
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            if _VERSION < (3, 10):
                raise TypeError("reduce() of empty sequence with no initial value")
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments
    and keywords."""

    __slots__ = ("func", "args", "keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if (type(func) is partial and cls is partial
                and not func.__dict__):
            # flatten partial(partial(f, 1), 2) into partial(f, 1, 2)
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords)
        return self

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append("%s=%r" % (k, v))
        cls = type(self)
        module = cls.__module__
        name = cls.__qualname__
        if module == "functools":
            return "functools.%s(%s)" % (name, ", ".join(parts))
        return "%s.%s(%s)" % (module, name, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))


# ---- cmp_to_key -------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    class KeyWrapper:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def _other(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return other.obj

        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None

    return KeyWrapper


# ---- total_ordering ---------------------------------------------------------

def _derived(root, opname):
    # One comparison computed from `root` (and == / !=), as CPython's table.
    def lt_based(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        if opname == "__gt__":
            return not r and self != other
        if opname == "__le__":
            return r or self == other
        return not r                                  # __ge__

    def le_based(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        if opname == "__ge__":
            return not r or self == other
        if opname == "__lt__":
            return r and self != other
        return not r                                  # __gt__

    def gt_based(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        if opname == "__lt__":
            return not r and self != other
        if opname == "__ge__":
            return r or self == other
        return not r                                  # __le__

    def ge_based(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        if opname == "__le__":
            return not r or self == other
        if opname == "__gt__":
            return r and self != other
        return not r                                  # __lt__

    table = {"__lt__": lt_based, "__le__": le_based, "__gt__": gt_based,
             "__ge__": ge_based}
    func = table[root]
    func.__name__ = opname
    return func


_CONVERT = {
    "__lt__": ("__gt__", "__le__", "__ge__"),
    "__le__": ("__ge__", "__lt__", "__gt__"),
    "__gt__": ("__lt__", "__ge__", "__le__"),
    "__ge__": ("__le__", "__gt__", "__lt__"),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = set()
    for op in _CONVERT:
        if getattr(cls, op, None) is not getattr(object, op, None):
            roots.add(op)
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)       # prefers __lt__, then __le__, __gt__, __ge__
    for opname in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, _derived(root, opname))
    return cls


# ---- lru_cache --------------------------------------------------------------

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_KWD_MARK = object()


class _HashedSeq(list):
    """A list that hashes once (the key of a cached call)."""

    __slots__ = ("hashvalue",)

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """Cached function (the object functools.lru_cache returns)."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        result = cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            if maxsize is not None:
                # most recently used goes last
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            # a recursive call already cached it
            return result
        if maxsize is not None and len(cache) >= maxsize:
            del cache[next(iter(cache))]
        cache[key] = result
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _BoundCached(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _BoundCached:
    # the cached function bound to an instance (a method)
    def __init__(self, wrapper, instance):
        self.__func__ = wrapper
        self.__self__ = instance

    def __call__(self, *args, **kwds):
        return self.__func__(self.__self__, *args, **kwds)

    def __getattr__(self, name):
        return getattr(self.__func__, name)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments
        user_function = maxsize
        return _lru_cache_wrapper(user_function, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property --------------------------------------------------------

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r property."
                   % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = ("The '__dict__' attribute on %r instance does not support item "
                       "assignment for caching %r property."
                       % (type(instance).__name__, self.attrname))
                raise TypeError(msg) from None
        return val
