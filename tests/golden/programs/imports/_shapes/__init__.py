"""Shapes package."""
print("init", __name__, __package__)
from .circle import area as circle_area
from . import util
UNIT = 1
