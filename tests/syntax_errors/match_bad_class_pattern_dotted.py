match event:
    case events.Click(pos=(x, y), button):
        pass
