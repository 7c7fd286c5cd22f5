@dataclass class Point:
    x: int
