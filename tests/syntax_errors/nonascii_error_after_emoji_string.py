label = "🎉🎉🎉" + )
