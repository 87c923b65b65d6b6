# Splitting and quoting command lines as tools that run commands do:
# shlex.split with quotes, escapes and comments, quote/join for building
# safe command strings, and the shlex lexer itself.
import shlex

for line in [
    'ls -la "My Documents" /tmp',
    "grep -r 'hello world' src/ --include=*.py",
    r'echo a\ b "c \"d\" e" f',
    "cmd --opt=value # a comment",
    '  spaces   between   words  ',
    "mixed'quo'\"tes\"",
    "",
]:
    print(repr(line), "->", shlex.split(line))

print(shlex.split("cmd --opt=value # a comment", comments=True))
print(shlex.split(r"C:\path\file", posix=False))
for word in ["simple", "with space", "it's", "$HOME", "", "a\"b", "safe-_.,:/@%+="]:
    print(repr(word), "->", shlex.quote(word))
args = ["cp", "my file.txt", "backup dir/", "--suffix=~"]
command = shlex.join(args)
print(command)
print(shlex.split(command) == args)

lexer = shlex.shlex("a = b + 'c d' ; e", punctuation_chars=True)
print(list(lexer))
lexer = shlex.shlex("key=value other=thing", posix=True)
lexer.whitespace_split = True
print(list(lexer))
lexer = shlex.shlex("one two three")
print(lexer.get_token(), lexer.get_token())
lexer.push_token("pushed")
print(lexer.get_token(), lexer.get_token(), repr(lexer.get_token()))

for bad in ['unterminated "quote', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
