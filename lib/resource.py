"""Resource usage (slotlab: ru_maxrss is the modelled CPython process's peak
resident set size, in KiB as on Linux)."""
import _resource
from _resource import RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD

_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
           'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock',
           'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage."""
    __slots__ = ()
    n_fields = n_sequence_fields = 16
    n_unnamed_fields = 0

    def __repr__(self):
        body = ', '.join('%s=%r' % (name, value) for name, value in zip(_FIELDS, self))
        return 'resource.struct_rusage(' + body + ')'


def _field(i):
    return property(lambda self: self[i])


for _i, _name in enumerate(_FIELDS):
    setattr(struct_rusage, _name, _field(_i))
del _i, _name


def getrusage(who):
    return struct_rusage(_resource.getrusage(who))


def getpagesize():
    return 4096
