value = f"{x:{y:{z:{w}}}}"
