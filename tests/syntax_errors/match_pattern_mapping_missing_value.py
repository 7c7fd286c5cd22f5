match value:
    case {"a": }:
        pass
