# if __name__ == '__main__' and module __name__ values.
import _helper_mod
print('this module:', __name__)
print('helper module:', _helper_mod.__name__)
def main():
    print('main() running')
    return 0
if __name__ == '__main__':
    print('guard taken')
    main()
else:
    print('guard not taken')
if _helper_mod.__name__ == '__main__':
    print('never')
print(__name__ == '__main__', isinstance(__name__, str))
result = [name for name in ('__main__', '_helper_mod') if name == __name__]
print(result)
