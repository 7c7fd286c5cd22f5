match command:
    case "go":
    move()
