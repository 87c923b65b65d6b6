# A small library system: books, members, loans, with class collaboration.
class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.on_loan_to = None

    def __repr__(self):
        return f"<Book {self.title!r}>"


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def __repr__(self):
        return f"<Member {self.name}>"


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.events = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name):
        self.members[name] = Member(name)
        return self.members[name]

    def lend(self, isbn, name):
        book, member = self.books[isbn], self.members[name]
        if book.on_loan_to:
            raise RuntimeError(f"{book.title} is on loan to {book.on_loan_to.name}")
        if len(member.books) >= member.LIMIT:
            raise RuntimeError(f"{name} has reached the limit of {member.LIMIT}")
        book.on_loan_to = member
        member.books.append(book)
        self.events.append(f"lend {isbn} -> {name}")

    def give_back(self, isbn):
        book = self.books[isbn]
        book.on_loan_to.books.remove(book)
        self.events.append(f"return {isbn} <- {book.on_loan_to.name}")
        book.on_loan_to = None

    def available(self):
        return sorted(b.title for b in self.books.values() if b.on_loan_to is None)


lib = Library()
lib.add(Book("1", "Dune", "Herbert"), Book("2", "Emma", "Austen"), Book("3", "Ulysses", "Joyce"))
ada, bob = lib.join("ada"), lib.join("bob")
for isbn, who in [("1", "ada"), ("1", "bob"), ("2", "ada"), ("3", "ada"), ("3", "bob")]:
    try:
        lib.lend(isbn, who)
    except RuntimeError as e:
        print("refused:", e)
print(ada.books, bob.books, lib.available())
lib.give_back("1")
print(lib.available(), ada.books)
print(lib.events)
