match value:
    case int() as obj.attr:
        pass
