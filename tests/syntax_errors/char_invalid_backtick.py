x = `ls`
