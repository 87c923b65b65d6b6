__all__ = ["public", "_listed"]
public = 1
_listed = 2
other = 3
