package broken

import "example.com/app/a"

var X int = "not an int"

func Use() { a.MarkedSecure() }
