# re: pos/endpos clipped as CPython's state_init (match past endpos still tries),
# bytearray/memoryview subjects give bytes, str subclasses are matched as str.
import re
print(re.compile('').match('abc', 10), re.compile('').match('abc', 2, 1), re.compile('').search('abc', 5, 1))
print([m.span() for m in re.compile('').finditer('abc', 10)], re.compile('x*').findall('abc', 10), re.compile('').fullmatch('abc', 3, 2))
m = re.compile('').match('abc', 10); print(m.pos, m.endpos)
m = re.compile('a').match('abc', -5, 100); print(m.pos, m.endpos, m.span())
print(re.compile('b').search('abc', -5, -1), re.compile('c').search('abc', 2, 100).pos)
print(re.compile('a|b').findall('abab', 1, 3), re.compile('(a)').split('xaya', 0), re.compile('a').sub('-', 'banana'))
print([m.span() for m in re.compile('a*').finditer('baaac', 1, 4)], re.compile('b').fullmatch('abc', 1, 2))
print(re.compile(b'a+').search(bytearray(b'xaay')), re.compile('.').match('abc', 3, 2))
print(re.compile('x').search('abc', 3, 3), re.compile('').search('abc', 3, 3).span(), re.compile('$').search('abc', 1, 2).span())
m=re.search(b'(a)(b)?', memoryview(b'xab')); print(m.group(), m.groups(), m.group(1), m.span())
m=re.search(b'(a)(b)?', bytearray(b'xab')); print(m.group(), m.groups(), re.sub(b'a', b'c', bytearray(b'aa')), re.split(b'a', bytearray(b'bab')), re.findall(b'a', bytearray(b'aa')))
class S(str): pass
m = re.search('(b)', S('abc')); print(type(m.group(1)).__name__, type(m.string).__name__, re.sub('b', 'x', S('abc')), type(re.sub('b', 'x', S('abc'))).__name__)
print(re.subn('', '-', 'ab'), re.split('(x)?', 'ab'), re.compile('a*').fullmatch('aaa', 1).span())
