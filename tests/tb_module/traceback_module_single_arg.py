import traceback, sys
try:
    raise ValueError("solo")
except ValueError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception_only(e))
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(e, limit=None, file=sys.stdout, chain=False)
