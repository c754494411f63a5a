# A user exception whose __str__ builds the message.
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return f'{self.code} {self.reason}'
e = HTTPError(500, 'Server Error')
print(e, e.args, repr(e))
print('raising 404')
raise HTTPError(404, 'Not Found')
