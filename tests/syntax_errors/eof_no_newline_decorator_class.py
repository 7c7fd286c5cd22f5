@dataclass
class