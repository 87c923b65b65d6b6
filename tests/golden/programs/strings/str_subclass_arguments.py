# str methods taking str arguments accept str subclasses; partition returns the
# separator object itself (and the receiver when it is not found); splitlines.
class S(str): pass
class T(str): pass
s = S('abc'); t = s.partition('x'); print(t)
u = 'abc'; t = u.partition('x'); print(t[0] is u, t[1] is t[2], u.rpartition('x')[2] is u, u.rpartition('x'))
sep = 'b'; t = u.partition(sep); print(t[1] is sep, t, u.rpartition('b'), 'abcbd'.rpartition('b'), 'abcbd'.partition('b'))
t = u.partition(T('b')); print(type(t[1]).__name__, type(t[0]).__name__, type(S('xbz').partition('b')[2]).__name__)
for bad in ['', 5, None]:
    try: print('ab'.partition(bad))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: print('ab'.rpartition())
except TypeError as e: print(e)
print('é€x€y'.partition('€'), 'é€x€y'.rpartition('€'), 'key = value'.partition(' = '))
print('a-b-c'.split(T('-')), 'a-b'.replace(T('-'), T('+')), 'abc'.startswith(T('a')), 'x'.join([T('a'), 'b']), 'abcabc'.count(T('b')), 'abc'.find(T('c')), 'a,b'.rsplit(T(',')))
print('  x  '.strip(T(' ')), T('abc').upper(), type(T('abc').upper()).__name__, 'abc'.removeprefix(T('a')), 'q' in T('xqz'))
print('a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\n'.splitlines(), 'x\r\n\r\ny'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'é\nü'.splitlines(True))
