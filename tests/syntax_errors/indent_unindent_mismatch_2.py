class A:
    def m(self):
        if self:
            pass
      return 3
