plot(
    xs,
    color="red",
    ys,
)
