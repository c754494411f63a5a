# A user exception class raised with several args.
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError('age must be non-negative', age)
    return age
print(validate(5))
try:
    validate(-1)
except ValidationError as e:
    print('caught once:', e.args)
print('raising it uncaught')
validate(-42)
