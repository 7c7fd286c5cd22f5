result = func(
    alpha,
    beta,
]
