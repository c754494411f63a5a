"""Functional tools for creating and using iterators (slotlab).

Each tool is a class, as in CPython, so that type names and reprs read
"itertools.count" etc.; results, argument checks and the order in which
input is consumed follow CPython 3.13.  pairwise() is 3.10+, batched()
3.12+ (strict= 3.13).
"""

__all__ = ["accumulate", "batched", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = 9223372036854775807


def _is_number(x):
    cls = type(x)
    return (isinstance(x, (int, float)) or hasattr(cls, "__index__")
            or hasattr(cls, "__float__") or hasattr(cls, "__int__")
            or hasattr(cls, "__complex__"))


def _as_index(x):
    if isinstance(x, int):
        return x
    method = getattr(type(x), "__index__", None)
    if method is None:
        raise TypeError
    return method(x)


# count hands out the ints a lesson measures: it is C (mod_itertools.c)
from _itertools import count


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            times = _index_arg(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return "%s(%r)" % (type(self).__name__, self._element)
        return "%s(%r, %d)" % (type(self).__name__, self._element, self._cnt)


def _ssize(x):
    # PyNumber_AsSsize_t(x, OverflowError): None if not an integer or out of range
    try:
        x = _as_index(x)
    except TypeError:
        return None
    if x > _MAXSIZE or x < -_MAXSIZE - 1:
        return None
    return x


def _index_arg(x):
    try:
        return _as_index(x)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None


def _accumulate_gen(iterable, func, initial):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = _accumulate_gen(iter(iterable), func, initial)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        obj = cls()
        obj._source = iter(iterable)
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            selector = next(selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if not self._dropping:
            return next(it)
        while True:
            item = next(it)
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        while True:
            item = next(it)
            if func is None:
                ok = item
            else:
                ok = func(item)
            if not ok:
                return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, iterable, *args):
        nargs = len(args) + 1
        if nargs < 2:
            raise TypeError("islice expected at least 2 arguments, got %d" % nargs)
        if nargs > 4:
            raise TypeError("islice expected at most 4 arguments, got %d" % nargs)
        stop_msg = ("Stop argument for islice() must be None or an integer: "
                    "0 <= x <= sys.maxsize.")
        start = 0
        stop = None
        step = 1
        if nargs == 2:
            if args[0] is not None:
                stop = _ssize(args[0])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[0] is not None:
                start = _ssize(args[0])
                if start is None:
                    start = -1
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        if nargs == 4 and args[2] is not None:
            step = _ssize(args[2])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop is not None and self._next > stop):
            self._next = stop
        return item


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.running = False


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = _tee_source(iterable)
            self._link = _tee_link()

    def __copy__(self):
        return _tee(self)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            source = self._source
            if source.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index_arg(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), "__copy__", None)
    first = it if copier is not None else _tee(it)
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument."""

    def __init__(self, *args, fillvalue=None):
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    self._its = []
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker = object()
        self._marker = _marker
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        self._grouper = None
        marker = self._marker
        # skip to the next key
        if self._currkey is marker:
            self._step()
        elif self._tgtkey is not marker:
            while self._tgtkey is self._currkey or self._tgtkey == self._currkey:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return self._currkey, grouper


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is parent._marker:
            parent._step()
        tgt = self._tgtkey
        if not (tgt is parent._currkey or tgt == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = parent._marker
        return value


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if not self._started:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
            self._started = True
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        result = (self._old, new)
        self._old = new
        return result


class batched:
    """Batch data into tuples of length n. The last batch may be shorter than n."""

    def __init__(self, iterable, n, *, strict=False):
        n = _index_arg(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n
        self._strict = strict

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        n = self._n
        for item in it:
            batch.append(item)
            if len(batch) == n:
                return tuple(batch)
        self._it = None
        if not batch:
            raise StopIteration
        if self._strict and len(batch) != n:
            raise ValueError("batched(): incomplete batch")
        return tuple(batch)


def _product_gen(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        # advance the rightmost index that can move, like an odometer
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index_arg(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = _product_gen(pools)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    if not n:
        return
    while True:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # rotate indices[i:] left by one
                first = indices[i]
                indices[i:n - 1] = indices[i + 1:]
                indices[n - 1] = first
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
            i -= 1
        if i < 0:
            return


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _index_arg(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = _permutations_gen(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index_arg(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations_gen(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index_arg(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _cwr_gen(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)
