register(handler()=callback)
