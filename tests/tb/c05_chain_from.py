# test: full-stderr
class AppError(Exception):
    pass
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise AppError(f"missing {key}") from e
def main():
    load("cfg")
main()
