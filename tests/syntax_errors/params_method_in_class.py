class Service:
    def start(self, timeout=30, *, retries=3, verbose, **opts, extra):
        pass
