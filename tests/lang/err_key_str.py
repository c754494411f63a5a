# KeyError with a str key.
config = {'host': 'localhost', 'port': 8080}
print(config['host'], config['port'])
print(config.get('user', 'nobody'))
for key in ('host', 'port'):
    print(key, '=', config[key])
print(sorted(config), len(config))
print('looking up a missing key')
print(config['user'])
print('never reached')
