mood = 😀
