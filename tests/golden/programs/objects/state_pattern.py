# The state pattern: a document workflow with one class per state.
class State:
    name = "?"

    def submit(self, doc):
        raise ValueError(f"cannot submit from {self.name}")

    def approve(self, doc):
        raise ValueError(f"cannot approve from {self.name}")

    def reject(self, doc, reason):
        raise ValueError(f"cannot reject from {self.name}")

    def __repr__(self):
        return self.name


class Draft(State):
    name = "draft"

    def submit(self, doc):
        doc.state = Review()


class Review(State):
    name = "review"

    def approve(self, doc):
        doc.approvals += 1
        if doc.approvals >= 2:
            doc.state = Published()

    def reject(self, doc, reason):
        doc.notes.append(reason)
        doc.approvals = 0
        doc.state = Draft()


class Published(State):
    name = "published"


class Document:
    def __init__(self, title):
        self.title, self.state, self.approvals, self.notes = title, Draft(), 0, []

    def do(self, action, *args):
        try:
            getattr(self.state, action)(self, *args)
            return f"{action:<8} -> {self.state}"
        except ValueError as e:
            return f"{action:<8} !! {e}"


doc = Document("spec")
for step in [("approve",), ("submit",), ("approve",), ("reject", "typos"), ("submit",),
             ("approve",), ("approve",), ("submit",)]:
    print(doc.do(*step))
print(doc.state, doc.notes, doc.approvals, isinstance(doc.state, State))
