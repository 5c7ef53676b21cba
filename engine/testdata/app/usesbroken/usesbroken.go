package usesbroken

import (
	"example.com/app/a"
	"example.com/app/broken"
)

func Use() {
	broken.Use()
	a.MarkedSecure()
}
