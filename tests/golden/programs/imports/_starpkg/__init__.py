__all__ = ["sub", "top"]
top = "top"
