from "os" import path
